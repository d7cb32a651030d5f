import type { Tenant } from '@tenantkit/core';
import { describe, expect, test } from 'vitest';
import { buildTenantListView, createTenantSearch } from './tenant-list-view.js';
import { tenantInitials } from './tenant-initials.js';

const tenant = (
  id: string,
  name = id,
  kind: Tenant['kind'] = 'organization',
  role: string | null = null,
): Tenant => ({
  id,
  name,
  role,
  channels: [],
  kind,
});

const ids = (view: ReturnType<typeof buildTenantListView>) =>
  view.sections.map(({ kind, tenants }) => [kind, tenants.map(({ id }) => id)]);

describe('buildTenantListView', () => {
  const tenants = [tenant('a'), tenant('me', 'Me', 'personal'), tenant('b'), tenant('c')];

  test('personal first, then organizations, in token order', () => {
    const view = buildTenantListView({ tenants, matches: null, activeTenantId: 'a', limit: 10 });
    expect(ids(view)).toEqual([
      ['personal', ['me']],
      ['organizations', ['a', 'b', 'c']],
    ]);
    expect(view).toMatchObject({ matchCount: 4, hiddenCount: 0, first: { id: 'me' } });
  });

  test('pinned and recent lead without a query, ignore unknown ids and never repeat a tenant', () => {
    const view = buildTenantListView({
      tenants,
      matches: null,
      activeTenantId: 'a',
      limit: 10,
      pinnedIds: ['c', 'ghost', '__proto__'],
      recentIds: ['c', 'b'],
    });
    expect(ids(view)).toEqual([
      ['pinned', ['c']],
      ['recent', ['b']],
      ['personal', ['me']],
      ['organizations', ['a']],
    ]);
  });

  test('cuts the list at the limit but always keeps the active tenant', () => {
    const view = buildTenantListView({ tenants, matches: null, activeTenantId: 'c', limit: 2 });
    expect(ids(view)).toEqual([
      ['personal', ['me']],
      ['organizations', ['a', 'c']],
    ]);
    expect(view.hiddenCount).toBe(1);
  });

  test('with a query lists only the matches, without pinned or recent sections', () => {
    const view = buildTenantListView({
      tenants,
      matches: [tenants[2]!],
      activeTenantId: 'a',
      limit: 10,
      pinnedIds: ['c'],
    });
    expect(ids(view)).toEqual([['organizations', ['b']]]);
    expect(view.matchCount).toBe(1);
  });
});

describe('createTenantSearch', () => {
  const tenants = [
    tenant('mueller', 'Müller GmbH'),
    tenant('team-1', 'Acme', 'organization', 'admin'),
    tenant('İstanbul', 'İstanbul Ofisi'),
  ];

  test('an empty or blank query does not filter', () => {
    const search = createTenantSearch(tenants, 'en');
    expect(search('')).toBeNull();
    expect(search('   ')).toBeNull();
  });

  test.each([
    ['muller', ['mueller']],
    ['MÜLLER', ['mueller']],
    ['team-1', ['team-1']],
    ['ADMIN', ['team-1']],
    ['gmbh', ['mueller']],
    ['zzz', []],
  ])('%j finds %j', (query, expected) => {
    expect(createTenantSearch(tenants, 'de')(query)?.map(({ id }) => id)).toEqual(expected);
  });

  test('folds case by the locale', () => {
    expect(createTenantSearch(tenants, 'tr')('istanbul')?.map(({ id }) => id)).toEqual([
      'İstanbul',
    ]);
  });
});

describe('tenantInitials', () => {
  test.each([
    ['Acme Corp', 'AC'],
    ['team-1', 'T1'],
    ['globex', 'G'],
    ['  ', '?'],
    ['😀 Smile', '😀S'],
    ['élan vital', 'ÉV'],
  ])('%j → %j', (name, initials) => {
    expect(tenantInitials(name)).toBe(initials);
  });
});
