import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDevIdp, type DevIdp } from './start-dev-idp.js';
import {
  TENANTS_CLAIM,
  createBrowser,
  passwordLogin,
  tokenRequest,
  verifiedClaims,
} from './test-support/protocol-client.js';

let idp: DevIdp;

beforeAll(async () => {
  idp = await startDevIdp({ port: 0 });
});

afterAll(async () => {
  await idp.stop();
});

function refresh(token: unknown): ReturnType<typeof tokenRequest> {
  return tokenRequest(idp, { grant_type: 'refresh_token', refresh_token: String(token) });
}

describe('refresh tokens', () => {
  test('rotate on every use, each response carrying an ID token with the same claims', async () => {
    const first = await passwordLogin(idp, createBrowser(idp), 'user@example.com');
    const second = await refresh(first.body.refresh_token);
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).toEqual(expect.any(String));
    expect(second.body.refresh_token).not.toBe(first.body.refresh_token);
    const claims = await verifiedClaims(idp, second.body.id_token);
    expect(claims.email).toBe('user@example.com');
    expect(claims[TENANTS_CLAIM]).toEqual(
      (await verifiedClaims(idp, first.body.id_token))[TENANTS_CLAIM],
    );

    const third = await refresh(second.body.refresh_token);
    expect(third.status).toBe(200);
  });

  test('reusing a rotated refresh token fails and revokes its whole family', async () => {
    const first = await passwordLogin(idp, createBrowser(idp), 'employee@example.com');
    const second = await refresh(first.body.refresh_token);
    expect(second.status).toBe(200);

    const reused = await refresh(first.body.refresh_token);
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
    // The legitimate holder's newer token dies too: the thief and the owner both sign in again.
    const newest = await refresh(second.body.refresh_token);
    expect(newest.body.error).toBe('invalid_grant');
  });

  test('are issued only when offline_access is requested, as on Auth0', async () => {
    const tokens = await passwordLogin(idp, createBrowser(idp), 'user@example.com', {
      scope: 'openid profile email',
    });
    expect(tokens.status).toBe(200);
    expect(tokens.body).not.toHaveProperty('refresh_token');
  });

  test('can be revoked at /oauth/revoke', async () => {
    const tokens = await passwordLogin(idp, createBrowser(idp), 'user@example.com');
    const revoked = await fetch(new URL('/oauth/revoke', idp.url), {
      method: 'POST',
      body: new URLSearchParams({
        client_id: 'tenantkit-demo',
        token: String(tokens.body.refresh_token),
      }),
    });
    expect(revoked.status).toBe(200);
    expect((await refresh(tokens.body.refresh_token)).body.error).toBe('invalid_grant');
  });
});
