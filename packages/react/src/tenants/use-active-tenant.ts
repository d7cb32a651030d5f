import type { Tenant, TenantStoreSnapshot } from '@tenantkit/core';
import { useTenantSelector } from './use-tenant-selector.js';

const selectActiveTenant = (snapshot: TenantStoreSnapshot): Tenant | null => snapshot.activeTenant;

/**
 * The tenant the user is acting in, or `null` when they have none. Re-renders
 * only when the active tenant changes. Throws when used outside `<TenantProvider>`.
 *
 * @example
 * ```tsx
 * const tenant = useActiveTenant();
 * return <h1>{tenant?.name}</h1>;
 * ```
 */
export function useActiveTenant(): Tenant | null {
  return useTenantSelector('useActiveTenant', selectActiveTenant);
}
