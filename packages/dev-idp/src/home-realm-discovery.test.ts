import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDevIdp, type DevIdp } from './start-dev-idp.js';
import { APP } from './test-support/protocol-client.js';

let idp: DevIdp;

beforeAll(async () => {
  idp = await startDevIdp({ port: 0 });
});

afterAll(async () => {
  await idp.stop();
});

function webFinger(resource: string, origin = APP): Promise<Response> {
  const url = new URL('/.well-known/webfinger', idp.url);
  url.searchParams.set('resource', resource);
  url.searchParams.set('rel', 'http://openid.net/specs/connect/1.0/issuer');
  return fetch(url, { headers: { origin } });
}

describe('WebFinger', () => {
  test('answers 200 for an SSO domain and 404 for any other, with CORS for the app', async () => {
    for (const domain of ['acme.test', 'globex-corp.test', 'initech.test', 'ACME.test']) {
      const response = await webFinger(`urn:auth0:discovery:domain:${domain}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(APP);
      expect(response.headers.get('content-type')).toContain('application/jrd+json');
      expect(await response.json()).toMatchObject({ links: [{ href: idp.issuer }] });
    }
    for (const domain of ['example.com', 'sub.acme.test', 'gmail.com']) {
      const response = await webFinger(`urn:auth0:discovery:domain:${domain}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    }
  });

  test('rejects a malformed resource and gives other origins no CORS', async () => {
    expect((await webFinger('acct:ana@acme.test')).status).toBe(400);
    expect((await webFinger('urn:auth0:discovery:domain:not a domain')).status).toBe(400);
    const other = await webFinger('urn:auth0:discovery:domain:acme.test', 'http://evil.test');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('client info', () => {
  async function clientInfo(clientId: string): Promise<Record<string, unknown>> {
    const response = await fetch(new URL(`/client/${clientId}.js`, idp.url), {
      headers: { origin: APP },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/javascript');
    const text = await response.text();
    const match = /^Auth0\.setClient\((.*)\);$/su.exec(text);
    expect(match).not.toBeNull();
    return JSON.parse(match?.[1] ?? '') as Record<string, unknown>;
  }

  test("lists the application's connections by strategy, with domains and password policies", async () => {
    const info = await clientInfo('tenantkit-demo');
    expect(info.id).toBe('tenantkit-demo');
    expect(info.strategies).toEqual([
      {
        name: 'auth0',
        connections: [expect.objectContaining({ name: 'tenantkit-users', passwordPolicy: 'good' })],
      },
      {
        name: 'okta',
        connections: [
          {
            name: 'acme-okta',
            display_name: 'Acme Okta',
            domain: 'acme.test',
            domain_aliases: ['acme.test'],
          },
          {
            name: 'initech-okta',
            display_name: 'Initech Okta',
            domain: 'initech.test',
            domain_aliases: ['initech.test'],
          },
        ],
      },
      {
        name: 'samlp',
        connections: [
          {
            name: 'globex-saml',
            display_name: 'Globex SSO',
            domain: 'globex.test',
            domain_aliases: ['globex.test', 'globex-corp.test'],
          },
        ],
      },
      {
        name: 'waad',
        connections: [
          {
            name: 'initech-azure-ad',
            display_name: 'Initech Azure AD',
            domain: 'initech.test',
            domain_aliases: ['initech.test'],
          },
        ],
      },
    ]);
  });

  test('each application sees only its own connections', async () => {
    const info = await clientInfo('tenantkit-partner');
    expect(info.strategies).toEqual([
      {
        name: 'auth0',
        connections: [
          expect.objectContaining({
            name: 'partner-users',
            passwordPolicy: 'excellent',
            password_complexity_options: { min_length: 14 },
          }),
        ],
      },
      { name: 'okta', connections: [expect.objectContaining({ name: 'acme-okta' })] },
    ]);
  });

  test('is 404 for an unknown client, and CORS only for the client’s own origins', async () => {
    expect((await fetch(new URL('/client/nope.js', idp.url))).status).toBe(404);
    const other = await fetch(new URL('/client/tenantkit-demo.js', idp.url), {
      headers: { origin: 'http://localhost:5174' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
