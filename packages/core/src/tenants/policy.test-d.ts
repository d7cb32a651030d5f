import { describe, expectTypeOf, test } from 'vitest';
import { can } from './permissions.js';
import { definePolicy, type PermissionOf, type Policy } from './policy.js';
import type { Tenant } from './tenant.js';

declare const tenant: Tenant | null;
declare const fromConfig: Record<string, string[]>;

const policy = definePolicy({
  admin: ['settings:write', 'members:invite'],
  user: ['channels:read'],
});

describe('policy types', () => {
  test('the declared permissions become a union type', () => {
    expectTypeOf<PermissionOf<typeof policy>>().toEqualTypeOf<
      'settings:write' | 'members:invite' | 'channels:read'
    >();
    expectTypeOf(policy.permissionsOf('admin')).toEqualTypeOf<
      readonly ('settings:write' | 'members:invite' | 'channels:read')[]
    >();
  });

  test('can accepts only permissions the policy declares', () => {
    expectTypeOf(can(tenant, { permission: 'settings:write' }, policy)).toEqualTypeOf<boolean>();
    // @ts-expect-error: not declared by the policy
    can(tenant, { permission: 'settings:read' }, policy);
    // @ts-expect-error: not declared by the policy
    policy.allows(tenant, 'billing:read');
  });

  test('a permission needs a policy; roles and channels do not', () => {
    can(tenant, { role: ['admin', 'user'], channel: 'channel-1' });
    // @ts-expect-error: a permission cannot be checked without a policy
    can(tenant, { permission: 'settings:write' });
  });

  test('a policy built from runtime data accepts any permission name', () => {
    const loaded = definePolicy(fromConfig);
    expectTypeOf(loaded).toEqualTypeOf<Policy>();
    can(tenant, { permission: 'anything' }, loaded);
  });
});
