import type { Tenant } from '@tenantkit/core';
import { createTenant } from './create-tenant.js';

/**
 * The tenants of the seed users that the dev identity provider, the demo, the
 * stories and the end-to-end tests share:
 *
 * - `employee` (employee@example.com) switches between teams: `team-1` as
 *   `admin` with every channel (`*`), `team-2` as `employee` with `channel-1`
 *   and `channel-2`.
 * - `user` (user@example.com) has a personal account (`personal`, role `full`)
 *   and two organizations: `company1` as `user`, `company2` as `admin`.
 *
 * @example
 * ```tsx
 * <MockTenantProvider tenants={seedTenants.employee} activeTenantId="team-2">
 *   <InviteButton />
 * </MockTenantProvider>
 * ```
 */
export const seedTenants: {
  readonly employee: readonly Tenant[];
  readonly user: readonly Tenant[];
} = {
  employee: [
    createTenant({ id: 'team-1', role: 'admin', channels: ['*'] }),
    createTenant({ id: 'team-2', role: 'employee', channels: ['channel-1', 'channel-2'] }),
  ],
  user: [
    createTenant({ id: 'personal', role: 'full' }),
    createTenant({ id: 'company1', role: 'user' }),
    createTenant({ id: 'company2', role: 'admin' }),
  ],
};
