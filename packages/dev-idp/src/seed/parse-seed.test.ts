import { describe, expect, test } from 'vitest';
import { readDefaultSeed } from './load-seed.js';
import { parseSeed } from './parse-seed.js';
import type { SeedDocument } from './seed.js';

const minimal: SeedDocument = {
  connections: [
    { type: 'database', name: 'users', passwordPolicy: 'fair' },
    { type: 'sso', name: 'acme', displayName: 'Acme', domains: ['Acme.test'] },
  ],
  clients: [
    { clientId: 'app', callbacks: ['http://localhost:3000/'], connections: ['users', 'acme'] },
  ],
  users: [{ email: 'a@example.com', connection: 'users', password: 'Password1' }],
};

function errorsOf(document: unknown): readonly string[] {
  const result = parseSeed(document);
  return result.ok ? [] : result.errors;
}

describe('parseSeed', () => {
  test('accepts the default seed, with its generated tenants and demo accounts', async () => {
    const result = parseSeed(await readDefaultSeed());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { seed } = result;
    const many = seed.users.find((user) => user.email === 'many@example.com');
    expect(Object.keys(many?.app_metadata.tenants as object)).toHaveLength(1001);
    expect((many?.app_metadata.tenants as Record<string, unknown>)['tenant-0001']).toEqual({
      role: 'member',
      channels: ['channel-1'],
    });
    expect(seed.users.map((user) => user.email)).toEqual(
      expect.arrayContaining(['employee@example.com', 'user@example.com', 'ana@acme.test']),
    );
    const domains = seed.connections.flatMap((c) => (c.type === 'sso' ? c.domains : []));
    expect(domains).toEqual(
      expect.arrayContaining(['acme.test', 'globex.test', 'globex-corp.test', 'initech.test']),
    );
  });

  test('fills in defaults: policy, strategy, names, stable ids, canonical domains', () => {
    const result = parseSeed(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.seed.namespace).toBe('https://tenantkit.dev/');
    expect(result.seed.connections[1]).toMatchObject({ strategy: 'oidc', domains: ['acme.test'] });
    expect(result.seed.clients[0]).toMatchObject({ name: 'app', logoutUrls: [], webOrigins: [] });
    const [user] = result.seed.users;
    expect(user?.id).toMatch(/^auth0\|[0-9a-f]{24}$/u);
    expect(parseSeed(minimal)).toEqual(result);
  });

  test('names the field of every problem', () => {
    const errors = errorsOf({
      connections: [
        { type: 'database', name: 'users', passwordPolicy: 'strong' },
        { type: 'sso', name: 'acme', domains: ['not a domain'] },
        { type: 'ldap', name: 'users' },
      ],
      clients: [
        {
          clientId: 'app',
          callbacks: ['/relative', 'http://localhost:3000/#x'],
          webOrigins: ['http://localhost:3000/'],
          connections: ['nope'],
        },
      ],
      users: [
        { email: 'a@example.com', connection: 'users', password: 'Password1' },
        { email: 'b@example.com', connection: 'users' },
        { email: 'c@example.com', connection: 'missing', password: 'x' },
        { email: 'not-an-email', connection: 'users', password: 'Password1' },
        { email: 'a@example.com', connection: 'users', password: 'Password1', emial: 'typo' },
      ],
      organizations: [{ id: 'acme', name: 'Acme Corp', members: ['z@example.com'] }],
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'connections[0].passwordPolicy: must be one of none, low, fair, good, excellent',
        'connections[1].displayName: required',
        expect.stringMatching(/^connections\[1\]\.domains\[0\]: not a domain/u),
        'connections[2].type: must be "database" or "sso"',
        'clients[0].callbacks[0]: must be an absolute http(s) URL without a fragment',
        'clients[0].callbacks[1]: must be an absolute http(s) URL without a fragment',
        expect.stringMatching(/^clients\[0\]\.webOrigins\[0\]: must be an origin/u),
        'clients[0].connections[0]: no connection is named "nope"',
        'users[1].password: required for users of the database connection "users"',
        'users[2].connection: no connection is named "missing"',
        expect.stringMatching(/^users\[3\]\.email: not an email/u),
        'users[4].emial: unknown field',
        'users[4].email: another user of "users" already has this email',
        'organizations[0].id: must be "org_" followed by letters and digits',
        expect.stringMatching(/^organizations\[0\]\.name: use lowercase letters/u),
        'organizations[0].members[0]: no user has the email "z@example.com"',
      ]),
    );
  });

  test('checks passwords against their connection policy, and keeps SSO users password-free', () => {
    const errors = errorsOf({
      ...minimal,
      users: [
        { email: 'weak@example.com', connection: 'users', password: 'password' },
        { email: 'ana@acme.test', connection: 'acme', password: 'Password1' },
        { email: 'bob@elsewhere.test', connection: 'acme' },
        { email: 'eve@acme.test', connection: 'users', password: 'Password1' },
      ],
    });
    expect(errors).toEqual([
      'users[0].password: needs a lowercase letter, an uppercase letter and a digit (password policy "fair" of "users")',
      'users[1].password: SSO users sign in at their identity provider ("acme"): remove the password',
      'users[2].email: must be on a domain of "acme" (acme.test)',
      'users[3].email: acme.test signs in with the SSO connection "acme"; database users cannot use it',
    ]);
  });

  test('rejects a namespace Auth0 would drop, and a document that is not an object', () => {
    expect(errorsOf({ ...minimal, namespace: 'https://auth0.com/' })).toEqual([
      expect.stringMatching(/^namespace: .*Auth0 domain/u),
    ]);
    expect(errorsOf([])).toEqual(['(seed): must be an object']);
  });

  test('validates generated tenants', () => {
    const errors = errorsOf({
      ...minimal,
      users: [
        {
          email: 'a@example.com',
          connection: 'users',
          password: 'Password1',
          generateTenants: { count: 0 },
        },
      ],
    });
    expect(errors).toEqual([
      'users[0].generateTenants.count: must be a whole number from 1 to 10000',
    ]);
  });
});
