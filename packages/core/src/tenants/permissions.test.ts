import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { can, hasChannel, hasRole } from './permissions.js';
import { definePolicy } from './policy.js';
import type { Tenant } from './tenant.js';

function tenant(role: string | null, channels: readonly string[] = []): Tenant {
  return { id: 'team-1', name: 'Team 1', role, channels, kind: 'organization' };
}

const admin = tenant('admin', ['*']);
const employee = tenant('employee', ['channel-1', 'channel-2']);

describe('hasRole', () => {
  test('compares roles exactly', () => {
    expect(hasRole(admin, 'admin')).toBe(true);
    expect(hasRole(admin, 'Admin')).toBe(false);
    expect(hasRole(tenant('Admin'), 'admin')).toBe(false);
    expect(hasRole(tenant(' admin'), 'admin')).toBe(false);
  });

  test('accepts a list of roles; an empty list matches nothing', () => {
    expect(hasRole(employee, ['admin', 'employee'])).toBe(true);
    expect(hasRole(employee, ['admin', 'owner'])).toBe(false);
    expect(hasRole(employee, [])).toBe(false);
  });

  test('a tenant without a role, or no tenant, has no role', () => {
    expect(hasRole(tenant(null), 'null')).toBe(false);
    expect(hasRole(tenant(null), [''])).toBe(false);
    expect(hasRole(null, 'admin')).toBe(false);
    expect(hasRole(undefined, ['admin'])).toBe(false);
  });
});

describe('hasChannel', () => {
  test('a "*" entry grants every channel', () => {
    expect(hasChannel(admin, 'channel-1')).toBe(true);
    expect(hasChannel(admin, 'anything at all')).toBe(true);
    expect(hasChannel(admin, '*')).toBe(true);
  });

  test('other entries are literal: "channel-*" is not a pattern', () => {
    const wildcardLooking = tenant('user', ['channel-*']);
    expect(hasChannel(wildcardLooking, 'channel-1')).toBe(false);
    expect(hasChannel(wildcardLooking, 'channel-*')).toBe(true);
  });

  test('checking "*" itself needs a "*" entry', () => {
    expect(hasChannel(employee, '*')).toBe(false);
    expect(hasChannel(employee, 'channel-2')).toBe(true);
    expect(hasChannel(employee, 'channel-3')).toBe(false);
  });

  test('the empty channel, a non-string channel and a missing tenant are never granted', () => {
    expect(hasChannel(admin, '')).toBe(false);
    expect(hasChannel(admin, 1 as unknown as string)).toBe(false);
    expect(hasChannel(null, 'channel-1')).toBe(false);
    expect(hasChannel({ ...admin, channels: '*' as unknown as string[] }, 'channel-1')).toBe(false);
  });

  test('matches the rule "* or exact entry" for any channel list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constant('*'))),
        fc.string({ minLength: 1 }),
        (channels, channel) => {
          expect(hasChannel(tenant('user', channels), channel)).toBe(
            channels.includes('*') || channels.includes(channel),
          );
        },
      ),
    );
  });
});

describe('can', () => {
  const policy = definePolicy({ admin: ['settings:write'], employee: ['channels:read'] });

  test('a check with no parts holds for a tenant and never for no tenant', () => {
    expect(can(employee, {})).toBe(true);
    expect(can(null, {})).toBe(false);
    expect(can(undefined, {})).toBe(false);
  });

  test('every given part must hold', () => {
    expect(can(employee, { role: 'employee', channel: 'channel-1' })).toBe(true);
    expect(can(employee, { role: 'employee', channel: 'channel-3' })).toBe(false);
    expect(can(employee, { role: 'admin', channel: 'channel-1' })).toBe(false);
    expect(can(admin, { role: ['owner', 'admin'], channel: 'billing' })).toBe(true);
  });

  test('permissions come from the policy', () => {
    expect(can(admin, { permission: 'settings:write' }, policy)).toBe(true);
    expect(can(employee, { permission: 'settings:write' }, policy)).toBe(false);
    expect(can(employee, { role: 'employee', permission: 'channels:read' }, policy)).toBe(true);
  });

  test('a permission without a policy is denied', () => {
    const untypedCan = can as (tenant: Tenant, check: object) => boolean;
    expect(untypedCan(admin, { permission: 'settings:write' })).toBe(false);
  });

  test('a part that is present but undefined fails closed instead of being skipped', () => {
    const untypedCan = can as (tenant: Tenant, check: object | null) => boolean;
    expect(untypedCan(admin, { role: undefined })).toBe(false);
    expect(untypedCan(admin, { channel: undefined })).toBe(false);
    expect(untypedCan(admin, null)).toBe(false);
  });
});
