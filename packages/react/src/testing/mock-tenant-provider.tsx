import type { Tenant } from '@tenantkit/core';
import { TenantProvider, type TenantProviderProps } from '../tenants/tenant-provider.js';

/**
 * Props of {@link MockTenantProvider}: the tenants themselves, the one to start
 * in, and the `<TenantProvider>` props a test may want to watch or steer.
 *
 * @example
 * ```tsx
 * const props: MockTenantProviderProps = { tenants: seedTenants.user, activeTenantId: 'company2' };
 * ```
 */
export interface MockTenantProviderProps extends Pick<
  TenantProviderProps,
  | 'value'
  | 'onValueChange'
  | 'onActiveTenantRemoved'
  | 'policy'
  | 'onSwitchRequest'
  | 'switchingTenantId'
  | 'children'
> {
  /** The signed-in user's tenants (`seedTenants.employee`, or built with `createTenant`). None by default. */
  readonly tenants?: readonly Tenant[];
  /** The tenant to start in; the first one when absent. */
  readonly activeTenantId?: string;
}

const noTenants: readonly Tenant[] = [];

/**
 * A `<TenantProvider>` for tests and stories: the tenants are given directly
 * (no token, no identity provider), the active tenant lives in memory only (no
 * `localStorage` shared between tests), and switches are local. Everything
 * below it — `useTenant`, `useActiveTenant`, `useTenants`, `usePermission`,
 * `<Can>`, `<TenantSwitcher>` — behaves as in the app. A new `tenants` list
 * works like a token refresh (a removed active tenant falls back to the first).
 *
 * @example
 * ```tsx
 * render(
 *   <MockTenantProvider tenants={seedTenants.employee} activeTenantId="team-2">
 *     <InviteButton />
 *   </MockTenantProvider>,
 * );
 * expect(screen.queryByRole('button', { name: 'Invite' })).toBeNull(); // employees cannot invite
 * ```
 */
export function MockTenantProvider({
  tenants = noTenants,
  activeTenantId,
  ...props
}: MockTenantProviderProps) {
  return (
    <TenantProvider
      {...props}
      tenants={tenants}
      storage={null}
      {...(activeTenantId !== undefined && { defaultValue: activeTenantId })}
    />
  );
}
