import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseEmail } from '../email/parse-email.js';
import { createDirectoryResolver } from './create-directory-resolver.js';
import type { Directory, DirectoryConnection } from './directory.js';

const db: DirectoryConnection = { name: 'db', kind: 'password' };

function resolverFor(connections: DirectoryConnection[], extra: Partial<Directory> = {}) {
  return createDirectoryResolver({
    connections: [...connections, db],
    defaultConnection: 'db',
    ...extra,
  });
}

const acme = createDirectoryResolver({
  connections: [
    {
      name: 'acme-okta',
      kind: 'sso',
      domains: ['acme.com'],
      includeSubdomains: true,
      displayName: 'Acme',
    },
    { name: 'globex-saml', kind: 'sso', domains: ['globex.com', 'globex.co.uk'] },
    { name: 'books', kind: 'sso', domains: ['Bücher.de'] },
    { name: 'initech-db', kind: 'password', domains: ['initech.com'] },
    { name: 'unused-sso', kind: 'sso' },
    db,
  ],
  defaultConnection: 'db',
});

describe('createDirectoryResolver: matching', () => {
  test('an exact domain resolves to its SSO connection', async () => {
    expect(await acme('ana@globex.co.uk')).toEqual({
      kind: 'sso',
      domain: 'globex.co.uk',
      connection: 'globex-saml',
      connections: [{ name: 'globex-saml' }],
    });
  });

  test('the display name travels with the connection', async () => {
    expect(await acme('ana@acme.com')).toEqual({
      kind: 'sso',
      domain: 'acme.com',
      connection: 'acme-okta',
      displayName: 'Acme',
      connections: [{ name: 'acme-okta', displayName: 'Acme' }],
    });
  });

  test('the domain matches whatever its case', async () => {
    expect(await acme('Ana@ACME.COM')).toMatchObject({ kind: 'sso', domain: 'acme.com' });
  });

  test('an unclaimed domain resolves to the default password connection', async () => {
    expect(await acme('bob@example.org')).toEqual({
      kind: 'password',
      domain: 'example.org',
      connection: 'db',
    });
  });

  test('a subdomain matches only a connection that includes subdomains', async () => {
    expect(await acme('ana@eu.acme.com')).toMatchObject({
      kind: 'sso',
      connection: 'acme-okta',
      domain: 'eu.acme.com',
    });
    expect(await acme('ana@a.b.eu.acme.com')).toMatchObject({
      kind: 'sso',
      connection: 'acme-okta',
    });
    expect(await acme('ana@eu.globex.com')).toEqual({
      kind: 'password',
      domain: 'eu.globex.com',
      connection: 'db',
    });
  });

  test('a parent domain never matches a subdomain claim', async () => {
    const resolve = resolverFor([
      { name: 'eu', kind: 'sso', domains: ['eu.acme.com'], includeSubdomains: true },
    ]);
    expect(await resolve('ana@acme.com')).toMatchObject({ kind: 'password' });
  });

  test.each([
    'ana@evil-acme.com',
    'ana@acme.com.evil.io',
    'ana@xacme.com',
    'ana@acme.co',
    'ana@acme.community',
  ])('%s is not acme.com', async (email) => {
    expect(await acme(email)).toMatchObject({ kind: 'password', connection: 'db' });
  });

  test('a password connection that claims a domain receives it', async () => {
    expect(await acme('ana@initech.com')).toEqual({
      kind: 'password',
      domain: 'initech.com',
      connection: 'initech-db',
    });
  });

  test('a connection without domains never matches', async () => {
    const results = await Promise.all(['a@unused-sso.com', 'a@example.com'].map((e) => acme(e)));
    expect(results.map((r) => r.kind === 'sso' && r.connection)).toEqual([false, false]);
  });

  test('an internationalised domain in the config matches its punycode and Unicode spellings', async () => {
    expect(await acme('ana@xn--bcher-kva.de')).toMatchObject({ kind: 'sso', connection: 'books' });
    expect(await acme('ana@BÜCHER.de')).toMatchObject({
      kind: 'sso',
      connection: 'books',
      domain: 'xn--bcher-kva.de',
    });
  });

  test('a Cyrillic look-alike of acme.com is another domain', async () => {
    const realm = await acme('ana@\u0430cme.com');
    expect(realm).toEqual({ kind: 'password', domain: 'xn--cme-5cd.com', connection: 'db' });
  });

  test('the most specific SSO claim wins', async () => {
    const resolve = resolverFor([
      { name: 'acme', kind: 'sso', domains: ['acme.com'], includeSubdomains: true },
      { name: 'acme-eu', kind: 'sso', domains: ['eu.acme.com'] },
    ]);
    expect(await resolve('ana@eu.acme.com')).toMatchObject({ connection: 'acme-eu' });
    expect(await resolve('ana@fr.eu.acme.com')).toMatchObject({ connection: 'acme' });
  });

  test('an SSO claim beats a password claim on the same domain and below it', async () => {
    const resolve = resolverFor([
      { name: 'acme-db', kind: 'password', domains: ['acme.com', 'eu.acme.com'] },
      { name: 'acme', kind: 'sso', domains: ['acme.com'], includeSubdomains: true },
    ]);
    expect(await resolve('ana@acme.com')).toMatchObject({ kind: 'sso', connection: 'acme' });
    expect(await resolve('ana@eu.acme.com')).toMatchObject({ kind: 'sso', connection: 'acme' });
  });

  test('a password claim with subdomains covers them', async () => {
    const resolve = resolverFor([
      { name: 'acme-db', kind: 'password', domains: ['acme.com'], includeSubdomains: true },
    ]);
    expect(await resolve('ana@eu.acme.com')).toEqual({
      kind: 'password',
      domain: 'eu.acme.com',
      connection: 'acme-db',
    });
  });

  test('shared SSO domains offer every connection, in directory order', async () => {
    const resolve = resolverFor(
      [
        { name: 'acme-okta', kind: 'sso', domains: ['acme.com'], displayName: 'Okta' },
        { name: 'acme-azure', kind: 'sso', domains: ['ACME.com'] },
      ],
      { allowSharedSsoDomains: true },
    );
    expect(await resolve('ana@acme.com')).toEqual({
      kind: 'sso',
      domain: 'acme.com',
      connection: 'acme-okta',
      displayName: 'Okta',
      connections: [{ name: 'acme-okta', displayName: 'Okta' }, { name: 'acme-azure' }],
    });
  });

  test('a connection may list one domain twice in different spellings', async () => {
    const resolve = resolverFor([{ name: 'acme', kind: 'sso', domains: ['acme.com', 'ACME.COM'] }]);
    expect(await resolve('ana@acme.com')).toMatchObject({ connections: [{ name: 'acme' }] });
  });
});

describe('createDirectoryResolver: hostile and malformed emails', () => {
  test.each([
    ['a second @', 'a@acme.com@evil.io'],
    ['a fullwidth at sign', 'ana\uff20acme.com'],
    ['a soft hyphen in the domain', 'ana@ac\u00adme.com'],
    ['a zero-width space in the domain', 'ana@ac\u200bme.com'],
    ['a trailing dot', 'ana@acme.com.'],
    ['a comma list', 'ana@acme.com,bob@acme.com'],
    ['no at sign', 'acme.com'],
    ['an empty string', ''],
  ])('%s is an invalid email, never acme', async (_, email) => {
    expect(await acme(email)).toEqual({ kind: 'unknown', domain: '', reason: 'invalid-email' });
  });

  test('input that is not a string resolves instead of throwing', async () => {
    expect(await acme(42 as unknown as string)).toMatchObject({
      kind: 'unknown',
      reason: 'invalid-email',
    });
  });

  test('an already aborted signal rejects with its reason', async () => {
    const reason = new Error('gone');
    await expect(acme('ana@acme.com', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });
});

describe('createDirectoryResolver: setup errors name the option', () => {
  test.each<[string, unknown, RegExp]>([
    [
      'a domain that does not parse',
      { connections: [db, { name: 'x', kind: 'sso', domains: ['acme.com', 'not a domain'] }] },
      /directory\.connections\[1\]\.domains\[1\]/,
    ],
    [
      'a wildcard domain',
      { connections: [db, { name: 'x', kind: 'sso', domains: ['*.acme.com'] }] },
      /directory\.connections\[1\]\.domains\[0\].*includeSubdomains/,
    ],
    [
      'a trailing-dot domain',
      { connections: [{ name: 'x', kind: 'sso', domains: ['acme.com.'] }, db] },
      /directory\.connections\[0\]\.domains\[0\]/,
    ],
    [
      'a duplicate connection name',
      { connections: [db, { name: 'db', kind: 'sso' }] },
      /directory\.connections\[1\]\.name/,
    ],
    [
      'an unknown kind',
      { connections: [db, { name: 'x', kind: 'social' }] },
      /directory\.connections\[1\]\.kind/,
    ],
    [
      'an empty name',
      { connections: [{ name: '', kind: 'sso' }, db] },
      /directory\.connections\[0\]\.name/,
    ],
    [
      'domains that are not an array',
      { connections: [db, { name: 'x', kind: 'sso', domains: 'acme.com' }] },
      /directory\.connections\[1\]\.domains/,
    ],
    ['connections that are not an array', { connections: {} }, /directory\.connections/],
    [
      'a domain claimed by two SSO connections',
      {
        connections: [
          db,
          { name: 'a', kind: 'sso', domains: ['acme.com'] },
          { name: 'b', kind: 'sso', domains: ['Acme.com'] },
        ],
      },
      /directory\.connections\[2\]\.domains\[0\].*allowSharedSsoDomains/,
    ],
    [
      'a domain claimed by two password connections',
      {
        connections: [
          db,
          { name: 'a', kind: 'password', domains: ['acme.com'] },
          { name: 'b', kind: 'password', domains: ['acme.com'] },
        ],
      },
      /directory\.connections\[2\]\.domains\[0\]/,
    ],
  ])('%s', (_, directory, message) => {
    expect(() =>
      createDirectoryResolver({
        ...(directory as Omit<Directory, 'defaultConnection'>),
        defaultConnection: 'db',
      }),
    ).toThrow(message);
  });

  test.each(['missing', 'acme'])(
    'a default connection that is %s or not a password connection',
    (name) => {
      const connections: DirectoryConnection[] = [
        db,
        { name: 'acme', kind: 'sso', domains: ['acme.com'] },
      ];
      expect(() => createDirectoryResolver({ connections, defaultConnection: name })).toThrow(
        /directory\.defaultConnection/,
      );
    },
  );

  test('shared SSO domains across a subdomain claim and an exact claim are not a conflict', () => {
    expect(() =>
      resolverFor([
        { name: 'a', kind: 'sso', domains: ['acme.com'], includeSubdomains: true },
        { name: 'b', kind: 'sso', domains: ['eu.acme.com'] },
      ]),
    ).not.toThrow();
  });
});

describe('createDirectoryResolver: scale', () => {
  test('resolves correctly among 100,000 domains (speed is measured by npm run bench)', async () => {
    const connections: DirectoryConnection[] = Array.from({ length: 1_000 }, (_, i) => ({
      name: `sso-${i}`,
      kind: 'sso',
      domains: Array.from({ length: 100 }, (_, j) => `d${j}.company-${i}.com`),
      includeSubdomains: i % 2 === 0,
    }));
    const resolve = resolverFor(connections);
    expect(await resolve('ana@d7.company-998.com')).toMatchObject({ connection: 'sso-998' });
    expect(await resolve('ana@x.d7.company-997.com')).toMatchObject({ kind: 'password' });
  });
});

describe('createDirectoryResolver: property', () => {
  const ssoDirectory: DirectoryConnection[] = [
    { name: 'exact', kind: 'sso', domains: ['ab.co', 'xn--bcher-kva.de'] },
    { name: 'deep', kind: 'sso', domains: ['ba.co'], includeSubdomains: true },
    { name: 'pw', kind: 'password', domains: ['aa.co'], includeSubdomains: true },
  ];
  const resolve = resolverFor(ssoDirectory);
  const exact = new Set(['ab.co', 'xn--bcher-kva.de']);
  const withSubdomains = ['ba.co'];

  // Labels near the configured ones make generated domains collide with, nest
  // under and brush past them (`ab.co`, `xab.co`, `ba.co.ab.co`, `аb.co`).
  const label = fc.oneof(
    {
      arbitrary: fc.constantFrom(
        'ab',
        'ba',
        'aa',
        'xab',
        'xba',
        'ab-x',
        'bücher',
        'B\u00dcCHER',
        '\u0430b',
      ),
      weight: 6,
    },
    { arbitrary: fc.stringMatching(/^[abü\u0430x\u00ad-]{1,4}$/), weight: 1 },
  );
  const domain = fc
    .tuple(
      fc.array(label, { minLength: 0, maxLength: 3 }),
      fc.constantFrom('co', 'co', 'de', 'CO', 'co.uk', 'co.'),
    )
    .map(([labels, tld]) => [...labels, tld].join('.'));
  const local = fc.oneof(
    { arbitrary: fc.constantFrom('ana', 'A.b'), weight: 6 },
    { arbitrary: fc.stringMatching(/^[a-z.@,]{0,3}$/), weight: 1 },
  );

  test('only configured SSO domains and their declared subdomains resolve to sso', async () => {
    await fc.assert(
      fc.asyncProperty(local, domain, async (user, host) => {
        const email = `${user}@${host}`;
        const realm = await resolve(email);
        const parsed = parseEmail(email);
        const isSso =
          parsed.ok &&
          (exact.has(parsed.domain) ||
            withSubdomains.some((d) => parsed.domain === d || parsed.domain.endsWith(`.${d}`)));
        expect(realm.kind === 'sso').toBe(isSso);
        if (!parsed.ok) expect(realm).toMatchObject({ kind: 'unknown', reason: 'invalid-email' });
      }),
      { numRuns: 2_000 },
    );
  });
});
