import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOGIN_TICKET_TTL_MS } from './auth/login-tickets.js';
import { MAX_FAILED_ATTEMPTS } from './auth/password-login.js';
import { PASSWORD_REALM } from './routes/co-authenticate.js';
import { startDevIdp, type DevIdp } from './start-dev-idp.js';
import {
  APP,
  CLIENT_ID,
  PASSWORD,
  TENANTS_CLAIM,
  authorizeUrl,
  callbackParams,
  createBrowser,
  createPkce,
  exchangeCode,
  verifiedClaims,
} from './test-support/protocol-client.js';

let idp: DevIdp;
let clock = Date.now();

beforeAll(async () => {
  idp = await startDevIdp({ port: 0, now: () => clock });
});

afterAll(async () => {
  await idp.stop();
});

interface Attempt {
  readonly username: string;
  readonly password?: string;
  readonly realm?: string;
  readonly origin?: string;
  readonly credential_type?: string;
}

async function authenticate(
  attempt: Attempt,
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const { origin = APP, ...fields } = attempt;
  const response = await fetch(new URL('/co/authenticate', idp.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, 'auth0-client': 'dGVzdA' },
    body: JSON.stringify({
      client_id: CLIENT_ID,
      password: PASSWORD,
      realm: 'tenantkit-users',
      credential_type: PASSWORD_REALM,
      ...fields,
    }),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  };
}

async function redeem(
  ticket: unknown,
): Promise<{ params: URLSearchParams; pkce: ReturnType<typeof createPkce> }> {
  const pkce = createPkce();
  const step = await createBrowser(idp).navigate(
    authorizeUrl(idp, pkce, { login_ticket: String(ticket), realm: 'tenantkit-users' }),
  );
  return { params: callbackParams(step), pkce };
}

describe('/co/authenticate', () => {
  test('answers the preflight of an allowed origin with credentials, and no other', async () => {
    const preflight = (origin: string): Promise<Response> =>
      fetch(new URL('/co/authenticate', idp.url), {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,auth0-client',
        },
      });
    const allowed = await preflight(APP);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(
      /Content-Type.*Auth0-Client/u,
    );

    const other = await preflight('http://evil.test');
    expect(other.status).toBe(204);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('gives a ticket that /authorize redeems once for a code', async () => {
    const result = await authenticate({ username: 'employee@example.com' });
    expect(result.status).toBe(200);
    expect(result.headers.get('access-control-allow-origin')).toBe(APP);
    expect(result.headers.get('access-control-allow-credentials')).toBe('true');
    expect(result.body).toEqual({
      login_ticket: expect.any(String),
      co_verifier: expect.any(String),
      co_id: expect.any(String),
    });

    const { params, pkce } = await redeem(result.body.login_ticket);
    const tokens = await exchangeCode(idp, params.get('code') ?? '', pkce);
    const claims = await verifiedClaims(idp, tokens.body.id_token);
    expect(claims.email).toBe('employee@example.com');
    expect(claims[TENANTS_CLAIM]).toHaveProperty('team-1');

    const replay = await redeem(result.body.login_ticket);
    expect(replay.params.get('error')).toBe('access_denied');
    expect(replay.params.get('code')).toBeNull();
  });

  test('a ticket switches the user of an existing session', async () => {
    const browser = createBrowser(idp);
    const first = await authenticate({ username: 'employee@example.com' });
    const firstPkce = createPkce();
    await browser.navigate(
      authorizeUrl(idp, firstPkce, { login_ticket: String(first.body.login_ticket) }),
    );

    const second = await authenticate({ username: 'user@example.com' });
    const pkce = createPkce();
    const step = await browser.navigate(
      authorizeUrl(idp, pkce, { login_ticket: String(second.body.login_ticket) }),
    );
    const tokens = await exchangeCode(idp, callbackParams(step).get('code') ?? '', pkce);
    expect((await verifiedClaims(idp, tokens.body.id_token)).email).toBe('user@example.com');
  });

  test('an expired ticket is refused', async () => {
    const result = await authenticate({ username: 'user@example.com' });
    clock += LOGIN_TICKET_TTL_MS + 1;
    const { params } = await redeem(result.body.login_ticket);
    expect(params.get('error')).toBe('access_denied');
  });

  test('a wrong password, an unknown user and an SSO user get the same 403', async () => {
    const denied = { error: 'access_denied', error_description: 'Wrong email or password.' };
    for (const attempt of [
      { username: 'user@example.com', password: 'Not-The-Password-1' },
      { username: 'nobody@example.com' },
      { username: 'ana@acme.test' },
    ]) {
      const result = await authenticate(attempt);
      expect(result.status).toBe(403);
      expect(result.body).toEqual(denied);
      expect(result.headers.get('access-control-allow-origin')).toBe(APP);
    }
  });

  test('an unknown user costs as much time as a wrong password', async () => {
    const time = async (attempt: Attempt): Promise<number> => {
      const started = performance.now();
      await authenticate(attempt);
      return performance.now() - started;
    };
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      wrong.push(await time({ username: 'employee@example.com', password: `Wrong-${round}` }));
      unknown.push(
        await time({ username: `ghost-${round}@example.com`, password: `Wrong-${round}` }),
      );
    }
    const median = (values: number[]): number => values.sort((a, b) => a - b)[1] ?? 0;
    // Both derive one scrypt key (tens of milliseconds); a skipped hash would be ~1 ms.
    expect(median(unknown)).toBeGreaterThan(median(wrong) / 3);
  });

  test(`blocks a user's address after ${MAX_FAILED_ATTEMPTS} failures, even with the right password`, async () => {
    const target = { username: 'many@example.com', origin: APP };
    for (let attempt = 0; attempt < MAX_FAILED_ATTEMPTS; attempt += 1) {
      expect((await authenticate({ ...target, password: `Wrong-${attempt}` })).status).toBe(403);
    }
    const blocked = await authenticate(target);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe('too_many_attempts');
  });

  test('refuses an origin the client does not allow, without CORS headers', async () => {
    const result = await authenticate({
      username: 'user@example.com',
      origin: 'http://localhost:5174',
    });
    expect(result.status).toBe(403);
    expect(result.headers.get('access-control-allow-origin')).toBeNull();
    expect(result.body).not.toHaveProperty('login_ticket');
  });

  test('refuses a realm that is not a database connection of the client, and other grant types', async () => {
    expect((await authenticate({ username: 'ana@acme.test', realm: 'acme-okta' })).status).toBe(
      400,
    );
    expect(
      (await authenticate({ username: 'partner@example.com', realm: 'partner-users' })).status,
    ).toBe(400);
    const wrongType = await authenticate({
      username: 'user@example.com',
      credential_type: 'password',
    });
    expect(wrongType.body.error).toBe('unsupported_credential_type');
  });
});
