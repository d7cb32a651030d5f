import { isRecord } from '../internal/is-record.js';
import type { Tenant } from './tenant.js';

/**
 * What each role may do, declared by the app (the token carries only the role).
 * Create one with {@link definePolicy}.
 *
 * @example
 * ```ts
 * const policy: Policy<'settings:write'> = definePolicy({ admin: ['settings:write'], user: [] });
 * policy.permissionsOf('admin'); // ['settings:write']
 * policy.allows(tenant, 'settings:write'); // true only when tenant.role === 'admin'
 * ```
 */
export interface Policy<Permission extends string = string> {
  /** The declared roles, in declaration order. */
  readonly roles: readonly string[];
  /** Every declared permission, once each, in declaration order. */
  readonly permissions: readonly Permission[];
  /** The permissions of a role: `[]` for `null` and for roles the policy does not declare. */
  permissionsOf(role: string | null): readonly Permission[];
  /** Whether the tenant's role grants `permission`; `false` without a tenant or a role. */
  allows(tenant: Tenant | null | undefined, permission: Permission): boolean;
}

/**
 * The permission names a policy declares, as a union type, for props and helpers
 * that take a permission.
 *
 * @example
 * ```ts
 * const policy = definePolicy({ admin: ['settings:write'], user: ['channels:read'] });
 * type Permission = PermissionOf<typeof policy>; // 'settings:write' | 'channels:read'
 * ```
 */
export type PermissionOf<P> = P extends Policy<infer Permission> ? Permission : never;

/**
 * Declares which permissions each role grants, for apps whose tokens carry a role
 * per tenant ("company roles"). Roles and permissions are compared exactly; a role
 * the policy does not declare grants nothing, and keys such as `constructor` or
 * `__proto__` are looked up as plain strings, never through a prototype. There is
 * no inheritance and no wildcard: share permissions by spreading lists, as below.
 * The permission names become a type, so `can(tenant, { permission }, policy)`
 * accepts only declared names.
 *
 * Throws a `TypeError` naming the role when a value is not a list of non-empty strings.
 *
 * @example
 * ```ts
 * const member = ['channels:read'] as const;
 * const policy = definePolicy({
 *   user: member,
 *   admin: [...member, 'settings:write', 'members:invite'],
 * });
 * policy.allows(tenant, 'settings:write'); // true when tenant.role === 'admin'
 * ```
 */
export function definePolicy<const Roles extends Readonly<Record<string, readonly string[]>>>(
  roles: Roles,
): Policy<Roles[keyof Roles][number]> {
  type Permission = Roles[keyof Roles][number];
  if (!isRecord(roles)) {
    throw new TypeError(
      'definePolicy: `roles` must be an object mapping each role to its permissions.',
    );
  }
  const byRole = new Map<string, readonly Permission[]>();
  const grants = new Map<string, ReadonlySet<string>>();
  const all = new Set<Permission>();
  for (const role of Object.keys(roles)) {
    const list: unknown = (roles as Record<string, unknown>)[role];
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item !== '')) {
      throw new TypeError(
        `definePolicy: role \`${role}\` must map to a list of non-empty permission names.`,
      );
    }
    const permissions = Object.freeze([...new Set(list as Permission[])]);
    byRole.set(role, permissions);
    grants.set(role, new Set(permissions));
    for (const permission of permissions) all.add(permission);
  }
  const none: readonly Permission[] = Object.freeze([]);
  return Object.freeze({
    roles: Object.freeze([...byRole.keys()]),
    permissions: Object.freeze([...all]),
    permissionsOf: (role: string | null) =>
      (typeof role === 'string' ? byRole.get(role) : undefined) ?? none,
    allows(tenant: Tenant | null | undefined, permission: Permission) {
      const role = tenant?.role;
      return typeof role === 'string' && grants.get(role)?.has(permission) === true;
    },
  });
}
