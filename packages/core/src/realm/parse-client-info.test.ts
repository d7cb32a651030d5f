import { describe, expect, test } from 'vitest';
import { MAX_CLIENT_INFO_LENGTH, parseClientInfo } from './parse-client-info.js';

const info = {
  id: 'abc',
  strategies: [
    { name: 'auth0', connections: [{ name: 'Username-Password-Authentication' }] },
    {
      name: 'samlp',
      connections: [
        {
          name: 'acme',
          display_name: 'Acme (EU) SSO',
          domain: 'Acme.com',
          domain_aliases: ['acme.de', 'Bücher.de'],
        },
      ],
    },
    { name: 'google-oauth2', connections: [{ name: 'google-oauth2' }] },
  ],
};
const expected = [
  { name: 'Username-Password-Authentication', kind: 'password' },
  {
    name: 'acme',
    kind: 'sso',
    displayName: 'Acme (EU) SSO',
    domains: ['acme.com', 'acme.de', 'xn--bcher-kva.de'],
  },
];

describe('parseClientInfo', () => {
  test('reads plain JSON', () => {
    expect(parseClientInfo(JSON.stringify(info))).toEqual(expected);
  });

  test('reads the JSONP script, parentheses inside strings included', () => {
    expect(parseClientInfo(`\n Auth0.setClient(${JSON.stringify(info)});\n`)).toEqual(expected);
    expect(parseClientInfo(`Auth0.setClient (${JSON.stringify(info)})`)).toEqual(expected);
  });

  test.each([
    ['trailing code', `Auth0.setClient(${JSON.stringify(info)});alert(1)`],
    ['trailing code on a new line', `Auth0.setClient(${JSON.stringify(info)});\nalert(1);`],
    ['a second argument', `Auth0.setClient(${JSON.stringify(info)}, alert(1));`],
    ['a call as the argument', 'Auth0.setClient(alert(1));'],
    ['leading code', `alert(1);Auth0.setClient(${JSON.stringify(info)});`],
    ['another callee', `Evil.setClient(${JSON.stringify(info)});`],
    ['an unclosed call', `Auth0.setClient(${JSON.stringify(info)}`],
    ['a JavaScript object literal', 'Auth0.setClient({ strategies: [] });'],
    ['plain JSON followed by junk', `${JSON.stringify(info)} alert(1)`],
    ['an array', '[]'],
    ['strategies that are not an array', '{"strategies":{"0":{"name":"samlp"}}}'],
    ['an empty text', ''],
    ['HTML', '<html>Not found</html>'],
  ])('rejects %s', (_, text) => {
    expect(parseClientInfo(text)).toBeUndefined();
  });

  test('rejects a response far larger than any client info', () => {
    expect(
      parseClientInfo(`{"strategies":[],"x":"${'a'.repeat(MAX_CLIENT_INFO_LENGTH)}"}`),
    ).toBeUndefined();
  });

  test('skips entries of the wrong shape and keeps the rest', () => {
    const text = JSON.stringify({
      strategies: [
        null,
        'samlp',
        { name: 42, connections: [] },
        { name: 'okta', connections: 'acme' },
        {
          name: 'okta',
          connections: [
            null,
            { name: 7, domain: 'evil.com' },
            { name: '', domain: 'evil.com' },
            {
              name: 'acme',
              domain: ['acme.com'],
              domain_aliases: [1, null, 'acme.de', 'not a domain', {}],
              display_name: 3,
            },
            { name: 'acme', domain: 'shadow.com' },
          ],
        },
      ],
    });
    expect(parseClientInfo(text)).toEqual([{ name: 'acme', kind: 'sso', domains: ['acme.de'] }]);
  });

  test('__proto__ keys neither pollute prototypes nor reach the result', () => {
    const text =
      '{"__proto__":{"polluted":1},"strategies":[{"__proto__":{"polluted":2},"name":"oidc","connections":[{"name":"x","domain":"x.com","__proto__":{"polluted":3}}]}]}';
    const result = parseClientInfo(text);
    expect(result).toEqual([{ name: 'x', kind: 'sso', domains: ['x.com'] }]);
    expect(Object.keys(result?.[0] ?? {})).toEqual(['name', 'kind', 'domains']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('every enterprise strategy is SSO and only auth0 is a database', () => {
    const strategies = [
      'samlp',
      'oidc',
      'okta',
      'waad',
      'adfs',
      'google-apps',
      'ad',
      'pingfederate',
      'office365',
      'auth0',
      'github',
      'email',
      'sms',
    ];
    const text = JSON.stringify({
      strategies: strategies.map((name) => ({ name, connections: [{ name: `c-${name}` }] })),
    });
    const kinds = Object.fromEntries((parseClientInfo(text) ?? []).map((c) => [c.name, c.kind]));
    expect(kinds).toEqual({
      ...Object.fromEntries(strategies.slice(0, 9).map((name) => [`c-${name}`, 'sso'])),
      'c-auth0': 'password',
    });
  });
});
