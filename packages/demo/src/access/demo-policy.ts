import { definePolicy, type PermissionOf } from '@tenantkit/core';

const member = ['messages:write'] as const;

/**
 * What each role of the seed may do. A role the policy does not name (say,
 * a typo in the token) grants nothing.
 *
 * @example
 * ```tsx
 * <Can permission="members:invite" policy={demoPolicy}>…</Can>
 * ```
 */
export const demoPolicy = definePolicy({
  admin: [...member, 'members:invite', 'settings:write'],
  full: [...member, 'members:invite'],
  employee: member,
  user: member,
  member,
});

/**
 * A permission of {@link demoPolicy}.
 *
 * @example
 * ```ts
 * const permission: DemoPermission = 'members:invite';
 * ```
 */
export type DemoPermission = PermissionOf<typeof demoPolicy>;
