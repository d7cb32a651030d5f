import { describe, expect, test } from 'vitest';
import { definePolicy } from './policy.js';
import type { Tenant } from './tenant.js';

function withRole(role: string | null): Tenant {
  return { id: 'company1', name: 'Company 1', role, channels: [], kind: 'organization' };
}

const member = ['channels:read'] as const;
const policy = definePolicy({
  user: member,
  admin: [...member, 'settings:write', 'members:invite'],
  viewer: [],
});

describe('definePolicy', () => {
  test('lists the permissions of each declared role', () => {
    expect(policy.permissionsOf('admin')).toEqual([
      'channels:read',
      'settings:write',
      'members:invite',
    ]);
    expect(policy.permissionsOf('user')).toEqual(['channels:read']);
    expect(policy.permissionsOf('viewer')).toEqual([]);
  });

  test('lists roles and every permission once, in declaration order', () => {
    expect(policy.roles).toEqual(['user', 'admin', 'viewer']);
    expect(policy.permissions).toEqual(['channels:read', 'settings:write', 'members:invite']);
  });

  test("allows exactly what the tenant's role declares", () => {
    expect(policy.allows(withRole('admin'), 'settings:write')).toBe(true);
    expect(policy.allows(withRole('user'), 'channels:read')).toBe(true);
    expect(policy.allows(withRole('user'), 'settings:write')).toBe(false);
    expect(policy.allows(withRole('viewer'), 'channels:read')).toBe(false);
  });

  test('unknown roles, other cases, no role and no tenant grant nothing', () => {
    expect(policy.allows(withRole('Admin'), 'settings:write')).toBe(false);
    expect(policy.allows(withRole('owner'), 'channels:read')).toBe(false);
    expect(policy.allows(withRole(null), 'channels:read')).toBe(false);
    expect(policy.allows(null, 'channels:read')).toBe(false);
    expect(policy.permissionsOf('owner')).toEqual([]);
    expect(policy.permissionsOf(null)).toEqual([]);
  });

  test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'a tenant role %s is never looked up through a prototype',
    (role) => {
      expect(policy.permissionsOf(role)).toEqual([]);
      expect(policy.allows(withRole(role), 'channels:read')).toBe(false);
    },
  );

  test('a role named __proto__ declared as an own key is an ordinary role', () => {
    const roles = JSON.parse('{"__proto__":["billing:read"],"user":[]}') as Record<
      string,
      string[]
    >;
    const fromJson = definePolicy(roles);
    expect(fromJson.roles).toEqual(['__proto__', 'user']);
    expect(fromJson.allows(withRole('__proto__'), 'billing:read')).toBe(true);
    expect(fromJson.allows(withRole('user'), 'billing:read')).toBe(false);
  });

  test('ignores a later change to the declared lists', () => {
    const roles = { admin: ['settings:write'] };
    const snapshot = definePolicy(roles);
    roles.admin.push('members:invite');
    expect(snapshot.allows(withRole('admin'), 'members:invite')).toBe(false);
  });

  test('misconfigured roles throw a TypeError naming the role', () => {
    const define = definePolicy as (roles: unknown) => unknown;
    expect(() => define({ admin: 'settings:write' })).toThrow(/role `admin`/);
    expect(() => define({ admin: ['settings:write', ''] })).toThrow(/role `admin`/);
    expect(() => define({ admin: [42] })).toThrow(/role `admin`/);
    expect(() => define([['admin', ['x']]])).toThrow(/`roles`/);
    expect(() => define(null)).toThrow(/`roles`/);
  });
});
