import { type AccessCheck, can, type Policy, type TenantStoreSnapshot } from '@tenantkit/core';
import { useTenantContext } from './tenant-context.js';
import { useTenantSelector } from './use-tenant-selector.js';

/**
 * Whether the user may do something in the active tenant: every part of `check`
 * must hold (`role`, `channel` — a `'*'` channel grants all — and `permission`,
 * looked up in `policy` or else the provider's `policy`). `false` without an
 * active tenant, for unknown roles, for a part given as `undefined`, and for a
 * permission with no policy. The component re-renders only when the answer
 * changes, not on every switch. Throws when used outside `<TenantProvider>`.
 *
 * @example
 * ```tsx
 * const canInvite = usePermission({ role: ['admin', 'owner'], channel: 'channel-1' });
 * const canEdit = usePermission({ permission: 'settings:write' });
 * ```
 */
export function usePermission<Permission extends string = string>(
  check: AccessCheck<NoInfer<Permission>>,
  policy?: Policy<Permission>,
): boolean {
  const context = useTenantContext('usePermission');
  const effectivePolicy = policy ?? (context.policy as Policy<Permission> | undefined);
  // A fresh selector each render is fine: it returns a boolean, so the component
  // re-renders only when the answer flips.
  const select = (snapshot: TenantStoreSnapshot): boolean =>
    can(snapshot.activeTenant, check, effectivePolicy);
  return useTenantSelector('usePermission', select);
}
