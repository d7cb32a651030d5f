import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasChannel } from './permissions.js';
import { DEFAULT_ORGANIZATIONS_CLAIM, DEFAULT_TENANTS_CLAIM, readTenants } from './read-tenants.js';

const CLAIM = DEFAULT_TENANTS_CLAIM;
const ORGS = DEFAULT_ORGANIZATIONS_CLAIM;

/** Claims as the browser gets them: decoded from the token's JSON. */
function fromJson(claims: unknown): unknown {
  return JSON.parse(JSON.stringify(claims));
}

describe('readTenants: tenant map shapes', () => {
  test('reads teams with roles and channels (the employee seed)', () => {
    const claims = fromJson({
      sub: 'auth0|employee',
      [CLAIM]: {
        'team-1': { role: 'admin', channels: ['*'] },
        'team-2': { role: 'employee', channels: ['channel-1', 'channel-2'] },
      },
    });
    expect(readTenants(claims)).toEqual([
      { id: 'team-1', name: 'team-1', role: 'admin', channels: ['*'], kind: 'organization' },
      {
        id: 'team-2',
        name: 'team-2',
        role: 'employee',
        channels: ['channel-1', 'channel-2'],
        kind: 'organization',
      },
    ]);
  });

  test('marks the id `personal` as the personal account and keeps claim order', () => {
    const claims = fromJson({
      [CLAIM]: {
        company1: { role: 'user' },
        personal: { role: 'full' },
        company2: { role: 'admin' },
      },
    });
    expect(readTenants(claims).map(({ id, kind, role }) => [id, kind, role])).toEqual([
      ['company1', 'organization', 'user'],
      ['personal', 'personal', 'full'],
      ['company2', 'organization', 'admin'],
    ]);
  });

  test('personalIds accepts a list of exact ids', () => {
    const claims = fromJson({ [CLAIM]: { me: {}, personal: {}, ME: {} } });
    const kinds = readTenants(claims, { personalIds: ['me'] }).map(({ id, kind }) => [id, kind]);
    expect(kinds).toEqual([
      ['me', 'personal'],
      ['personal', 'organization'],
      ['ME', 'organization'],
    ]);
  });

  test('personalIds accepts a predicate, and only `true` counts', () => {
    const claims = fromJson({ [CLAIM]: { 'user-1': {}, 'org-1': {} } });
    const predicate = (id: string) =>
      id.startsWith('user-') ? true : ('yes' as unknown as boolean);
    expect(readTenants(claims, { personalIds: predicate }).map(({ kind }) => kind)).toEqual([
      'personal',
      'organization',
    ]);
  });

  test('uses the entry name for display, the id otherwise', () => {
    const claims = fromJson({
      [CLAIM]: { 'team-1': { name: 'Team One' }, 'team-2': { name: '' } },
    });
    expect(readTenants(claims).map(({ name }) => name)).toEqual(['Team One', 'team-2']);
  });

  test('reads the compact tuple form [role, channels, name]', () => {
    const claims = fromJson({
      [CLAIM]: {
        'team-1': ['admin', ['*']],
        'team-2': ['employee', ['channel-1'], 'Team 2'],
        'team-3': [null],
      },
    });
    expect(readTenants(claims)).toEqual([
      { id: 'team-1', name: 'team-1', role: 'admin', channels: ['*'], kind: 'organization' },
      {
        id: 'team-2',
        name: 'Team 2',
        role: 'employee',
        channels: ['channel-1'],
        kind: 'organization',
      },
      { id: 'team-3', name: 'team-3', role: null, channels: [], kind: 'organization' },
    ]);
  });

  test('reads a bare role string as the entry', () => {
    const claims = fromJson({ [CLAIM]: { personal: 'full', company1: 'user', company2: '' } });
    expect(readTenants(claims).map(({ id, role, channels }) => [id, role, channels])).toEqual([
      ['personal', 'full', []],
      ['company1', 'user', []],
      ['company2', null, []],
    ]);
  });

  test('reads the configured claim only', () => {
    const claims = fromJson({
      [CLAIM]: { 'team-1': { role: 'admin' } },
      'https://example.com/workspaces': { 'ws-1': { role: 'viewer' } },
    });
    expect(
      readTenants(claims, { claim: 'https://example.com/workspaces' }).map(({ id }) => id),
    ).toEqual(['ws-1']);
  });

  test('parses a claim that arrives as JSON text', () => {
    const claims = { [CLAIM]: JSON.stringify({ 'team-1': { role: 'admin', channels: ['*'] } }) };
    expect(readTenants(claims)).toEqual([
      { id: 'team-1', name: 'team-1', role: 'admin', channels: ['*'], kind: 'organization' },
    ]);
  });

  test('lists integer-like ids first, as JavaScript orders object keys', () => {
    const claims = fromJson({ [CLAIM]: { beta: {}, '20': {}, alpha: {}, '3': {} } });
    expect(readTenants(claims).map(({ id }) => id)).toEqual(['3', '20', 'beta', 'alpha']);
  });
});

describe('readTenants: grants nothing that is not stated', () => {
  test('an entry without role or channels has role null and no channels', () => {
    expect(readTenants(fromJson({ [CLAIM]: { 'team-1': {} } }))).toEqual([
      { id: 'team-1', name: 'team-1', role: null, channels: [], kind: 'organization' },
    ]);
  });

  test('keeps roles exactly: no trimming, no case folding', () => {
    const claims = fromJson({
      [CLAIM]: { a: { role: 'Admin' }, b: { role: ' admin ' }, c: { role: 'ADMIN' } },
    });
    expect(readTenants(claims).map(({ role }) => role)).toEqual(['Admin', ' admin ', 'ADMIN']);
  });

  test('a role that is not a string is no role', () => {
    const roles = [42, true, ['admin'], { name: 'admin' }, null, ''];
    const claims = fromJson({
      [CLAIM]: Object.fromEntries(roles.map((role, index) => [`t${index}`, { role }])),
    });
    expect(readTenants(claims).map(({ role }) => role)).toEqual(roles.map(() => null));
  });

  test('drops channel entries that are not non-empty strings', () => {
    const claims = fromJson({
      [CLAIM]: { 't-1': { channels: ['channel-1', 7, null, ['*'], { id: '*' }, '', 'channel-2'] } },
    });
    expect(readTenants(claims)[0]?.channels).toEqual(['channel-1', 'channel-2']);
  });

  test('channels that are not a list grant no channel, not even the string "*"', () => {
    const claims = fromJson({
      [CLAIM]: { a: { channels: '*' }, b: { channels: { 0: '*' } }, c: ['admin', '*'] },
    });
    const tenants = readTenants(claims);
    expect(tenants.map(({ channels }) => channels)).toEqual([[], [], []]);
    expect(tenants.some((tenant) => hasChannel(tenant, 'channel-1'))).toBe(false);
  });

  test('skips entries of other types: they do not make the user a member', () => {
    const claims = fromJson({ [CLAIM]: { a: 1, b: true, c: null, d: { role: 'user' } } });
    expect(readTenants(claims).map(({ id }) => id)).toEqual(['d']);
  });

  test('skips entries that are not plain objects (class instances, maps, boxed values)', () => {
    const nullPrototype = Object.assign(Object.create(null) as object, { role: 'admin' });
    const claims = {
      [CLAIM]: {
        date: new Date(0),
        map: new Map([['role', 'admin']]),
        boxed: new String('admin'),
        inherited: Object.create({ role: 'admin' }) as object,
        plain: nullPrototype,
      },
    };
    expect(readTenants(claims).map(({ id, role }) => [id, role])).toEqual([['plain', 'admin']]);
  });

  test('never takes a role or channels from a polluted Object.prototype', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.role = 'admin';
    prototype.channels = ['*'];
    prototype['https://tenantkit.dev/tenants'] = { injected: { role: 'admin' } };
    try {
      expect(readTenants(fromJson({ sub: 'x' }))).toEqual([]);
      expect(readTenants(fromJson({ [CLAIM]: { 'team-1': {} } }))).toEqual([
        { id: 'team-1', name: 'team-1', role: null, channels: [], kind: 'organization' },
      ]);
    } finally {
      delete prototype.role;
      delete prototype.channels;
      delete prototype['https://tenantkit.dev/tenants'];
    }
  });

  test('reads nothing from a map that only inherits entries', () => {
    const inherited = Object.create({ 'team-1': { role: 'admin' } }) as object;
    expect(readTenants({ [CLAIM]: inherited })).toEqual([]);
  });
});

describe('readTenants: hostile input', () => {
  test.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'team-1'],
    ['a number', 42],
    ['an array', [{ [CLAIM]: { 'team-1': { role: 'admin' } } }]],
    ['a function', () => ({ [CLAIM]: { 'team-1': {} } })],
  ])('claims that are %s give no tenants', (_label, claims) => {
    expect(readTenants(claims)).toEqual([]);
  });

  test.each([
    ['an array of entries', [{ id: 'team-1', role: 'admin' }]],
    ['a number', 1],
    ['null', null],
    ['text that is not JSON', '{team-1: admin}'],
    ['JSON text of an array', '["team-1"]'],
  ])('a tenant claim that is %s gives no tenants', (_label, value) => {
    expect(readTenants({ [CLAIM]: value })).toEqual([]);
  });

  test('does not parse JSON text above 100 KB', () => {
    const text = JSON.stringify({ 'team-1': { role: 'admin', padding: 'x'.repeat(110_000) } });
    expect(readTenants({ [CLAIM]: text })).toEqual([]);
  });

  test('treats constructor, toString and hasOwnProperty as ordinary ids with only their stated roles', () => {
    const claims = JSON.parse(
      '{"https://tenantkit.dev/tenants":{"constructor":{"role":"viewer"},"toString":{},"hasOwnProperty":["admin"]}}',
    ) as unknown;
    expect(readTenants(claims).map(({ id, role }) => [id, role])).toEqual([
      ['constructor', 'viewer'],
      ['toString', null],
      ['hasOwnProperty', 'admin'],
    ]);
  });

  test('skips the id __proto__ and empty ids without polluting anything', () => {
    const text =
      '{"https://tenantkit.dev/tenants":{"__proto__":{"role":"admin","polluted":true},"":{"role":"admin"},"ok":{}}}';
    const tenants = readTenants(JSON.parse(text));
    expect(tenants.map(({ id }) => id)).toEqual(['ok']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });

  test('a getter that throws yields no tenants instead of an exception', () => {
    const map = { 'team-1': { role: 'admin' } };
    Object.defineProperty(map, 'team-2', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(readTenants({ [CLAIM]: map })).toEqual([]);
  });

  test('a Proxy whose traps throw yields no tenants', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    );
    expect(readTenants({ [CLAIM]: hostile })).toEqual([]);
    expect(readTenants(hostile)).toEqual([]);
  });

  test('ignores a sparse channel list that claims billions of entries, without walking it', () => {
    const channels: unknown[] = [];
    channels.length = 2 ** 32 - 1;
    channels[0] = '*';
    expect(
      readTenants({ [CLAIM]: { 'team-1': { role: 'admin', channels } } })[0]?.channels,
    ).toEqual([]);
  });

  test('survives deeply nested JSON text and deeply nested entries', () => {
    const text = `{"team-1":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    expect(readTenants({ [CLAIM]: text })).toEqual([
      { id: 'team-1', name: 'team-1', role: null, channels: [], kind: 'organization' },
    ]);
    let nested: unknown = 'admin';
    for (let depth = 0; depth < 10_000; depth += 1) nested = { role: nested };
    expect(readTenants({ [CLAIM]: { deep: nested } })).toEqual([
      { id: 'deep', name: 'deep', role: null, channels: [], kind: 'organization' },
    ]);
  });
});

describe('readTenants: Auth0 Organizations', () => {
  const options = { organizationsClaim: ORGS };

  test('lists the organizations claim with display names, roles and orgId', () => {
    const claims = fromJson({
      org_id: 'org_abc',
      [ORGS]: [
        { id: 'org_abc', name: 'acme', display_name: 'Acme Inc.', role: 'admin' },
        { id: 'org_def', name: 'globex' },
        { id: 'org_ghi' },
      ],
    });
    expect(readTenants(claims, options)).toEqual([
      {
        id: 'org_abc',
        name: 'Acme Inc.',
        role: 'admin',
        channels: [],
        kind: 'organization',
        orgId: 'org_abc',
      },
      {
        id: 'org_def',
        name: 'globex',
        role: null,
        channels: [],
        kind: 'organization',
        orgId: 'org_def',
      },
      {
        id: 'org_ghi',
        name: 'org_ghi',
        role: null,
        channels: [],
        kind: 'organization',
        orgId: 'org_ghi',
      },
    ]);
  });

  test("adds the token's own organization, without a role, when the list lacks it", () => {
    const claims = fromJson({ org_id: 'org_abc', org_name: 'acme' });
    expect(readTenants(claims, options)).toEqual([
      {
        id: 'org_abc',
        name: 'acme',
        role: null,
        channels: [],
        kind: 'organization',
        orgId: 'org_abc',
      },
    ]);
  });

  test('ignores org_id unless organizations are turned on', () => {
    expect(readTenants(fromJson({ org_id: 'org_abc', [ORGS]: [{ id: 'org_def' }] }))).toEqual([]);
  });

  test('puts the tenant map first and keeps the first of repeated ids', () => {
    const claims = fromJson({
      [CLAIM]: { personal: { role: 'full' }, org_abc: { role: 'user' } },
      [ORGS]: [
        { id: 'org_abc', role: 'admin' },
        { id: 'org_def', role: 'user' },
        { id: 'org_def', role: 'admin' },
      ],
      org_id: 'org_def',
    });
    expect(readTenants(claims, options).map(({ id, role, kind }) => [id, role, kind])).toEqual([
      ['personal', 'full', 'personal'],
      ['org_abc', 'user', 'organization'],
      ['org_def', 'user', 'organization'],
    ]);
  });

  test('skips malformed organizations and ignores a list that is not an array', () => {
    const list = [
      null,
      'org_abc',
      { name: 'no-id' },
      { id: 7 },
      { id: '' },
      { id: '__proto__' },
      { id: 'org_ok', role: 5 },
    ];
    expect(
      readTenants(fromJson({ [ORGS]: list }), options).map(({ id, role }) => [id, role]),
    ).toEqual([['org_ok', null]]);
    expect(readTenants(fromJson({ [ORGS]: { org_abc: { role: 'admin' } } }), options)).toEqual([]);
  });
});

describe('readTenants: setup errors', () => {
  test('an empty claim name throws a TypeError naming the option', () => {
    expect(() => readTenants({}, { claim: '' })).toThrow(/`claim`/);
    expect(() => readTenants({}, { organizationsClaim: 7 as unknown as string })).toThrow(
      /`organizationsClaim`/,
    );
  });

  test('personalIds of the wrong type throws a TypeError naming the option', () => {
    expect(() => readTenants({}, { personalIds: 'personal' as unknown as string[] })).toThrow(
      /`personalIds`/,
    );
    expect(() => readTenants({}, { personalIds: [1] as unknown as string[] })).toThrow(
      /`personalIds`/,
    );
  });
});

describe('readTenants: scale', () => {
  const map: Record<string, unknown> = {};
  for (let index = 0; index < 10_000; index += 1) {
    map[`team-${index}`] = {
      role: index % 2 === 0 ? 'admin' : 'employee',
      channels: ['channel-1', 'channel-2'],
      name: `Team ${index}`,
    };
  }
  const claims = fromJson({ [CLAIM]: map });

  test('reads 10,000 tenants completely and in order', () => {
    const tenants = readTenants(claims);
    expect(tenants).toHaveLength(10_000);
    expect(tenants[9_999]).toEqual({
      id: 'team-9999',
      name: 'Team 9999',
      role: 'employee',
      channels: ['channel-1', 'channel-2'],
      kind: 'organization',
    });
  });
});

describe('readTenants: properties', () => {
  const dangerousKey = fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'role',
    'channels',
    '',
    ' team-1 ',
    'team-1',
    'TEAM-1',
    '*',
  );
  const key = fc.oneof(dangerousKey, fc.string());
  const role = fc.oneof(fc.string(), fc.constantFrom('admin', 'Admin', ''), fc.anything());
  const channels = fc.oneof(
    fc.array(fc.oneof(fc.string(), fc.constant('*'), fc.anything())),
    fc.anything(),
  );
  const entry = fc.oneof(
    fc.record({ role, channels, name: fc.anything() }, { requiredKeys: [] }),
    fc.tuple(role, channels, fc.anything()),
    fc.string(),
    fc.dictionary(key, fc.anything()),
    fc.anything(),
  );
  const tenantMap = fc.dictionary(key, entry, { maxKeys: 20 });

  /** Every string anywhere in a value: nothing read may come from elsewhere. */
  function stringsIn(
    value: unknown,
    found = new Set<string>(),
    seen = new Set<object>(),
  ): Set<string> {
    if (typeof value === 'string') found.add(value);
    else if (typeof value === 'object' && value !== null && !seen.has(value)) {
      seen.add(value);
      for (const ownKey of Reflect.ownKeys(value)) {
        if (typeof ownKey === 'string') found.add(ownKey);
        stringsIn(Object.getOwnPropertyDescriptor(value, ownKey)?.value, found, seen);
      }
    }
    return found;
  }

  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  test('never throws, and always returns well-formed tenants', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ [CLAIM]: fc.oneof(tenantMap, fc.anything()) })),
        (claims) => {
          const tenants = readTenants(claims, { organizationsClaim: ORGS });
          expect(Array.isArray(tenants)).toBe(true);
          for (const tenant of tenants) {
            expect(
              typeof tenant.id === 'string' && tenant.id !== '' && tenant.id !== '__proto__',
            ).toBe(true);
            expect(
              tenant.role === null || (typeof tenant.role === 'string' && tenant.role !== ''),
            ).toBe(true);
            expect(
              tenant.channels.every((channel) => typeof channel === 'string' && channel !== ''),
            ).toBe(true);
          }
        },
      ),
    );
  });

  test('never returns a role, channel or id absent from the input', () => {
    fc.assert(
      fc.property(tenantMap, (map) => {
        const claims = { [CLAIM]: map };
        const stated = stringsIn(claims);
        for (const tenant of readTenants(claims)) {
          expect(stated.has(tenant.id)).toBe(true);
          if (tenant.role !== null) expect(stated.has(tenant.role)).toBe(true);
          for (const channel of tenant.channels) expect(stated.has(channel)).toBe(true);
        }
      }),
    );
  });

  test("grants a channel only if the tenant's own entry lists it or '*'", () => {
    fc.assert(
      fc.property(tenantMap, fc.string({ minLength: 1 }), (map, channel) => {
        for (const tenant of readTenants({ [CLAIM]: map })) {
          if (!hasChannel(tenant, channel)) continue;
          const entry: unknown = Object.getOwnPropertyDescriptor(map, tenant.id)?.value;
          const listed: unknown = Array.isArray(entry)
            ? entry[1]
            : (entry as { channels?: unknown }).channels;
          expect(Array.isArray(listed) && (listed.includes('*') || listed.includes(channel))).toBe(
            true,
          );
        }
      }),
    );
  });

  test('keeps every non-empty role string exactly', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (id, roleName) => {
        fc.pre(id !== '__proto__');
        const [tenant] = readTenants(fromJson({ [CLAIM]: { [id]: { role: roleName } } }));
        expect(tenant?.role).toBe(roleName);
      }),
    );
  });

  test('never pollutes Object.prototype, whatever JSON the claim holds', () => {
    const hostileJson = fc
      .dictionary(
        fc.oneof(dangerousKey, fc.string()),
        fc.oneof(fc.jsonValue(), fc.dictionary(dangerousKey, fc.jsonValue())),
      )
      .map((value) => JSON.stringify(value).replaceAll('"constructor"', '"__proto__"'));
    fc.assert(
      fc.property(hostileJson, fc.boolean(), (text, asText) => {
        readTenants({ [CLAIM]: asText ? text : JSON.parse(text) }, { organizationsClaim: ORGS });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      }),
    );
  });
});
