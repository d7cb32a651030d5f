import type { Tenant } from '@tenantkit/core';
import { describe, expect, test } from 'vitest';
import { checks, explainGate } from './gates.js';

const team = (role: string | null, channels: readonly string[]): Tenant => ({
  id: 'team',
  name: 'Team',
  role,
  channels,
  kind: 'organization',
});

describe('explainGate', () => {
  test('says which part of a check fails, and why', () => {
    const employee = team('employee', ['channel-1', 'channel-2']);
    expect(explainGate(employee, checks.teamSettings)).toEqual({
      allowed: false,
      reasons: ['role “employee”; needs admin'],
    });
    expect(explainGate(employee, { channel: 'channel-3' })).toEqual({
      allowed: false,
      reasons: ['channels channel-1, channel-2; not channel-3'],
    });
    expect(explainGate(employee, checks.write)).toEqual({
      allowed: true,
      reasons: ['role “employee” grants messages:write'],
    });
  });

  test('a "*" channel grants every channel; an admin passes the admin gates', () => {
    const admin = team('admin', ['*']);
    expect(explainGate(admin, { channel: 'channel-3' })).toEqual({
      allowed: true,
      reasons: ['channels “*”: every channel'],
    });
    expect(explainGate(admin, checks.invite).allowed).toBe(true);
  });

  test('a tenant without role or channels, or no tenant, is denied everything', () => {
    const bare = team(null, []);
    expect(explainGate(bare, checks.write)).toEqual({
      allowed: false,
      reasons: ['no role does not grant messages:write'],
    });
    expect(explainGate(bare, { channel: 'general' }).reasons).toEqual([
      'no channels in this tenant',
    ]);
    expect(explainGate(null, checks.write)).toEqual({
      allowed: false,
      reasons: ['no active tenant'],
    });
  });
});
