import type { Tenant, TenantKind } from '@tenantkit/core';

/**
 * What {@link createTenant} needs: an id, and whatever the test cares about.
 *
 * @example
 * ```ts
 * const input: TenantInput = { id: 'team-1', role: 'admin', channels: ['*'] };
 * ```
 */
export interface TenantInput {
  readonly id: string;
  /** Defaults to the id, as `readTenants` does for a token that names none. */
  readonly name?: string;
  /** Defaults to `null`: no role, so nothing is granted unless the test says so. */
  readonly role?: string | null;
  /** Defaults to none; `['*']` grants every channel. */
  readonly channels?: readonly string[];
  /** Defaults to `'personal'` for the id `personal`, else `'organization'` (as `readTenants`). */
  readonly kind?: TenantKind;
  /** Makes it an Auth0 Organization: switching to it is a new login. */
  readonly orgId?: string;
}

/**
 * A {@link Tenant} for tests and stories, with the defaults `readTenants`
 * gives a token that states only the id: no role, no channels.
 *
 * @example
 * ```ts
 * const admin = createTenant({ id: 'team-1', role: 'admin', channels: ['*'] });
 * const guest = createTenant({ id: 'team-3', name: 'Guests' }); // role null, channels []
 * ```
 */
export function createTenant(input: TenantInput): Tenant {
  const { id, name = id, role = null, channels = [], orgId } = input;
  const kind = input.kind ?? (id === 'personal' ? 'personal' : 'organization');
  return { id, name, role, channels, kind, ...(orgId !== undefined && { orgId }) };
}

const defaultRoles = ['admin', 'member', 'viewer'] as const;

/**
 * `count` organizations (`tenant-00001`, "Tenant 00001", …) with roles cycling
 * through admin, member and viewer, and channels alternating between all and
 * `channel-1`: for tests and stories of users in many tenants. `customize`
 * changes any field of the tenant at `index`.
 *
 * @example
 * ```ts
 * const tenants = createTenants(10_000);
 * const named = createTenants(3, (index) => ({ name: ['Acme', 'Globex', 'Initech'][index] }));
 * ```
 */
export function createTenants(
  count: number,
  customize: (index: number) => Partial<TenantInput> = () => ({}),
): Tenant[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new TypeError('createTenants: `count` must be a whole number of at least 0.');
  }
  const width = Math.max(5, String(count).length);
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(width, '0');
    return createTenant({
      id: `tenant-${number}`,
      name: `Tenant ${number}`,
      role: defaultRoles[index % defaultRoles.length] ?? null,
      channels: index % 2 === 0 ? ['*'] : ['channel-1'],
      ...customize(index),
    });
  });
}
