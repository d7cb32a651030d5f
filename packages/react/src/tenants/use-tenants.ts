import type { Tenant, TenantStoreSnapshot } from '@tenantkit/core';
import { useTenantSelector } from './use-tenant-selector.js';

const selectTenants = (snapshot: TenantStoreSnapshot): readonly Tenant[] => snapshot.tenants;

/**
 * Every tenant of the signed-in user, in token order. Re-renders only when the
 * list changes (a token refresh that changes nothing keeps the same list).
 * Throws when used outside `<TenantProvider>`.
 *
 * @example
 * ```tsx
 * const tenants = useTenants();
 * return <p>{tenants.length} workspaces</p>;
 * ```
 */
export function useTenants(): readonly Tenant[] {
  return useTenantSelector('useTenants', selectTenants);
}
