import type { SelectTenantResult, Tenant, TenantStoreSnapshot } from '@tenantkit/core';
import { useMemo } from 'react';
import { useSwitchingTenantId, useTenantContext } from './tenant-context.js';
import { useActiveTenant } from './use-active-tenant.js';
import { useTenantSelector } from './use-tenant-selector.js';

/**
 * What {@link useTenant} returns.
 *
 * @example
 * ```tsx
 * const { tenant, switchingTo }: UseTenantResult = useTenant();
 * ```
 */
export interface UseTenantResult {
  /** The active tenant, or `null` when the user has none. */
  readonly tenant: Tenant | null;
  /**
   * Makes another of the user's tenants active: locally, or through the identity
   * provider when the provider's `onSwitchRequest` takes over (Auth0 Organizations).
   * Returns `{ ok: false, error: 'unknown-tenant' }` for an id that is not a tenant.
   */
  readonly switchTenant: (tenantId: string) => SelectTenantResult;
  /** The tenant a switch handled elsewhere is heading to (a redirect under way), else `null`. */
  readonly switchingTo: Tenant | null;
}

/**
 * The active tenant with the means to change it. Re-renders when the active
 * tenant or a pending switch changes. Throws when used outside `<TenantProvider>`.
 *
 * @example
 * ```tsx
 * const { tenant, switchTenant } = useTenant();
 * return <button onClick={() => switchTenant('team-2')}>Leave {tenant?.name}</button>;
 * ```
 */
export function useTenant(): UseTenantResult {
  const { switchTenant } = useTenantContext('useTenant');
  const switchingId = useSwitchingTenantId('useTenant');
  const tenant = useActiveTenant(); // inside the provider: the line above checked it
  const selectSwitchingTo = useMemo(() => selectTenantById(switchingId), [switchingId]);
  const switchingTo = useTenantSelector('useTenant', selectSwitchingTo);
  return useMemo(
    () => ({ tenant, switchTenant, switchingTo }),
    [tenant, switchTenant, switchingTo],
  );
}

function selectTenantById(id: string | null): (snapshot: TenantStoreSnapshot) => Tenant | null {
  if (id === null) return () => null;
  // Looked up once per snapshot, not on every render of a long list.
  let last: TenantStoreSnapshot | null = null;
  let found: Tenant | null = null;
  return (snapshot) => {
    if (snapshot !== last) {
      last = snapshot;
      found = snapshot.tenants.find((tenant) => tenant.id === id) ?? null;
    }
    return found;
  };
}
