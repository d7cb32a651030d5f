import { isRecord } from '../internal/is-record.js';
import type { Policy } from './policy.js';
import type { Tenant } from './tenant.js';

/**
 * What {@link can} checks. Every part given must hold; a part that is present but
 * not a valid value (say `role: undefined` from plain JavaScript) fails the check
 * instead of being skipped.
 *
 * @example
 * ```ts
 * const billing: AccessCheck = { role: ['admin', 'owner'], channel: 'billing' };
 * if (can(activeTenant, billing)) showBillingLink();
 * ```
 */
export interface AccessCheck<Permission extends string = never> {
  /** The tenant's role must be this one, or one of these. */
  readonly role?: string | readonly string[];
  /** The tenant must have this channel (see {@link hasChannel}). */
  readonly channel?: string;
  /** The policy must grant the tenant's role this permission; needs a policy. */
  readonly permission?: Permission;
}

/**
 * Whether the tenant's role is `role`, or one of `role` when given a list.
 * Roles are compared exactly: `'Admin'` is not `'admin'`. A tenant without a role
 * has none of them, and an empty list matches nothing.
 *
 * @example
 * ```ts
 * hasRole(tenant, ['admin', 'owner']);
 * ```
 */
export function hasRole(
  tenant: Tenant | null | undefined,
  role: string | readonly string[],
): boolean {
  const own = tenant?.role;
  if (typeof own !== 'string') return false;
  if (typeof role === 'string') return own === role;
  return Array.isArray(role) && role.includes(own);
}

/**
 * Whether the tenant may use `channel`. A `'*'` entry in the tenant's channels
 * grants every channel; every other entry is literal, so `'channel-*'` grants only
 * a channel named `channel-*`, and checking `'*'` itself succeeds only through a
 * `'*'` entry. The empty channel is never granted.
 *
 * @example
 * ```ts
 * hasChannel(tenant, 'channel-2');
 * ```
 */
export function hasChannel(tenant: Tenant | null | undefined, channel: string): boolean {
  const channels: unknown = tenant?.channels;
  if (typeof channel !== 'string' || channel === '' || !Array.isArray(channels)) return false;
  return channels.includes('*') || channels.includes(channel);
}

/**
 * Whether the tenant passes every part of `check`. Without a tenant the answer is
 * always `false`; with one, a check with no parts is `true` (being in the tenant is
 * all it asks). A `permission` is looked up in `policy` and is `false` without one
 * (the types require the policy, and accept only permissions it declares).
 *
 * @example
 * ```ts
 * can(tenant, { role: 'admin', channel: 'channel-1' });
 * can(tenant, { permission: 'settings:write' }, policy);
 * ```
 */
export function can<Permission extends string = never>(
  tenant: Tenant | null | undefined,
  check: AccessCheck<NoInfer<Permission>>,
  policy?: Policy<Permission>,
): boolean {
  if (typeof tenant !== 'object' || tenant === null) return false;
  if (!isRecord(check)) return false;
  if (Object.hasOwn(check, 'role') && !hasRole(tenant, check.role as string | readonly string[])) {
    return false;
  }
  if (Object.hasOwn(check, 'channel') && !hasChannel(tenant, check.channel as string)) return false;
  if (Object.hasOwn(check, 'permission')) {
    return policy !== undefined && policy.allows(tenant, check.permission as Permission);
  }
  return true;
}
