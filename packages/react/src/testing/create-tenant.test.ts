import { readTenants } from '@tenantkit/core';
import { describe, expect, test } from 'vitest';
import { createTenant, createTenants } from './create-tenant.js';
import { seedTenants } from './seed-tenants.js';

describe('createTenant', () => {
  test('fills in what readTenants gives a token that states only the id', () => {
    expect(createTenant({ id: 'team-3' })).toEqual(
      readTenants({ 'https://tenantkit.dev/tenants': { 'team-3': {} } })[0],
    );
    expect(createTenant({ id: 'personal' }).kind).toBe('personal');
  });

  test('keeps what it is given', () => {
    expect(
      createTenant({
        id: 'org',
        name: 'Org',
        role: 'admin',
        channels: ['*'],
        kind: 'organization',
        orgId: 'org_1',
      }),
    ).toEqual({
      id: 'org',
      name: 'Org',
      role: 'admin',
      channels: ['*'],
      kind: 'organization',
      orgId: 'org_1',
    });
  });
});

describe('createTenants', () => {
  test('numbers the tenants and cycles roles and channels', () => {
    const tenants = createTenants(10_000);
    expect(tenants).toHaveLength(10_000);
    expect(new Set(tenants.map(({ id }) => id)).size).toBe(10_000);
    expect(tenants[0]).toEqual({
      id: 'tenant-00001',
      name: 'Tenant 00001',
      role: 'admin',
      channels: ['*'],
      kind: 'organization',
    });
    expect(tenants.slice(1, 3).map(({ role, channels }) => [role, channels])).toEqual([
      ['member', ['channel-1']],
      ['viewer', ['*']],
    ]);
  });

  test('customize changes any field, and ids stay sortable past 99,999', () => {
    expect(
      createTenants(2, (index) => ({ name: ['Acme', 'Globex'][index] ?? '' })).map(
        ({ name }) => name,
      ),
    ).toEqual(['Acme', 'Globex']);
    expect(createTenants(100_000).at(-1)?.id).toBe('tenant-100000');
    expect(createTenants(100_000)[0]?.id).toBe('tenant-000001');
  });

  test('refuses a count that is not a whole number', () => {
    expect(() => createTenants(-1)).toThrow('`count`');
    expect(() => createTenants(1.5)).toThrow('`count`');
  });
});

test('seedTenants are what the seed users’ tokens say', () => {
  expect(seedTenants.employee).toEqual(
    readTenants({
      'https://tenantkit.dev/tenants': {
        'team-1': { role: 'admin', channels: ['*'] },
        'team-2': { role: 'employee', channels: ['channel-1', 'channel-2'] },
      },
    }),
  );
  expect(seedTenants.user.map(({ id, role, kind }) => [id, role, kind])).toEqual([
    ['personal', 'full', 'personal'],
    ['company1', 'user', 'organization'],
    ['company2', 'admin', 'organization'],
  ]);
});
