import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDevIdp, type DevIdp } from './start-dev-idp.js';
import {
  APP,
  CLIENT_ID,
  PASSWORD,
  REDIRECT_URI,
  TENANTS_CLAIM,
  authorizeUrl,
  callbackParams,
  createBrowser,
  createPkce,
  exchangeCode,
  passwordLogin,
  verifiedClaims,
} from './test-support/protocol-client.js';

let idp: DevIdp;

beforeAll(async () => {
  idp = await startDevIdp({ port: 0 });
});

afterAll(async () => {
  await idp.stop();
});

describe('authorization code flow with PKCE', () => {
  test('signs in on the hosted page and issues tokens auth0-spa-js accepts', async () => {
    const browser = createBrowser(idp);
    const pkce = createPkce();
    const nonce = 'n-0S6_WzA2Mj';
    const page = await browser.navigate(authorizeUrl(idp, pkce, { nonce, state: 'xyz' }));
    expect(page.response.status).toBe(200);
    expect(new URL(page.url).pathname).toMatch(/^\/interaction\//u);
    const html = await page.response.text();
    expect(html).toContain('name="password"');
    expect(html).toContain('method="post"');

    const done = await browser.submit(page.url, `${new URL(page.url).pathname}/login`, {
      email: 'employee@example.com',
      password: PASSWORD,
    });
    const params = callbackParams(done);
    expect(done.location?.startsWith(REDIRECT_URI)).toBe(true);
    expect(params.get('state')).toBe('xyz');
    const code = params.get('code') ?? '';

    const tokens = await exchangeCode(idp, code, pkce);
    expect(tokens.status).toBe(200);
    expect(tokens.headers.get('access-control-allow-origin')).toBe(APP);
    expect(tokens.body).toMatchObject({ token_type: 'Bearer' });
    expect(typeof tokens.body.refresh_token).toBe('string');

    const claims = await verifiedClaims(idp, tokens.body.id_token);
    expect(claims).toMatchObject({
      iss: idp.issuer,
      aud: CLIENT_ID,
      nonce,
      email: 'employee@example.com',
      email_verified: true,
      name: 'Emma Employee',
      [TENANTS_CLAIM]: {
        'team-1': { role: 'admin', channels: ['*'] },
        'team-2': { role: 'employee', channels: ['channel-1', 'channel-2'] },
      },
    });
    expect(String(claims.sub)).toMatch(/^auth0\|[0-9a-f]{24}$/u);
    expect(claims).not.toHaveProperty('org_id');

    const userinfo = await fetch(new URL('/userinfo', idp.url), {
      headers: { authorization: `Bearer ${String(tokens.body.access_token)}` },
    });
    expect(await userinfo.json()).toMatchObject({ sub: claims.sub, email: 'employee@example.com' });
  });

  test('a user in 1,000 tenants gets them all in the ID token', async () => {
    const tokens = await passwordLogin(idp, createBrowser(idp), 'many@example.com');
    expect(tokens.status).toBe(200);
    const tenants = (await verifiedClaims(idp, tokens.body.id_token))[TENANTS_CLAIM] as Record<
      string,
      unknown
    >;
    expect(Object.keys(tenants)).toHaveLength(1001);
    expect(tenants['tenant-1000']).toEqual({ role: 'member', channels: ['channel-1'] });
  });

  test('the issuer and endpoints are Auth0 paths on the real port', async () => {
    const discovery = (await (
      await fetch(new URL('/.well-known/openid-configuration', idp.url))
    ).json()) as Record<string, unknown>;
    expect(idp.issuer).toBe(`http://localhost:${idp.port}/`);
    expect(discovery).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${idp.url}/authorize`,
      token_endpoint: `${idp.url}/oauth/token`,
      revocation_endpoint: `${idp.url}/oauth/revoke`,
      end_session_endpoint: `${idp.url}/v2/logout`,
      jwks_uri: `${idp.url}/.well-known/jwks.json`,
      userinfo_endpoint: `${idp.url}/userinfo`,
      code_challenge_methods_supported: ['S256'],
    });
  });

  test('a request without PKCE is sent back to the application with an error', async () => {
    const step = await createBrowser(idp).navigate(authorizeUrl(idp, undefined));
    expect(callbackParams(step).get('error')).toBe('invalid_request');
    expect(callbackParams(step).get('code')).toBeNull();
  });

  test('a code is refused with the wrong verifier, and works only once', async () => {
    const browser = createBrowser(idp);
    const pkce = createPkce();
    const page = await browser.navigate(authorizeUrl(idp, pkce));
    const done = await browser.submit(page.url, `${new URL(page.url).pathname}/login`, {
      email: 'user@example.com',
      password: PASSWORD,
    });
    const code = callbackParams(done).get('code') ?? '';
    const wrong = await exchangeCode(idp, code, createPkce());
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_grant');
    expect((await exchangeCode(idp, code, pkce)).status).toBe(200);
    const again = await exchangeCode(idp, code, pkce);
    expect(again.body.error).toBe('invalid_grant');
  });

  test('an unknown redirect URI gets a 400 page, never a redirect', async () => {
    for (const redirectUri of [
      'http://localhost:5173/other',
      'http://evil.test/',
      'http://localhost:5173//',
    ]) {
      const step = await createBrowser(idp).navigate(
        authorizeUrl(idp, createPkce(), { redirect_uri: redirectUri }),
      );
      expect(step.response.status).toBe(400);
      expect(step.location).toBeUndefined();
      expect(await step.response.text()).toContain('redirect_uri');
    }
  });

  test('an existing session signs in silently (prompt=none), and without one login is required', async () => {
    const browser = createBrowser(idp);
    const first = await browser.navigate(authorizeUrl(idp, createPkce(), { prompt: 'none' }));
    expect(callbackParams(first).get('error')).toBe('login_required');

    await passwordLogin(idp, browser, 'employee@example.com');
    const pkce = createPkce();
    const silent = await browser.navigate(authorizeUrl(idp, pkce, { prompt: 'none' }));
    const tokens = await exchangeCode(idp, callbackParams(silent).get('code') ?? '', pkce);
    expect((await verifiedClaims(idp, tokens.body.id_token)).email).toBe('employee@example.com');
  });

  test('silent authentication answers in a web_message page for the iframe', async () => {
    const browser = createBrowser(idp);
    await passwordLogin(idp, browser, 'employee@example.com');
    const step = await browser.navigate(
      authorizeUrl(idp, createPkce(), { prompt: 'none', response_mode: 'web_message' }),
    );
    expect(step.response.status).toBe(200);
    const html = await step.response.text();
    expect(html).toContain('postMessage');
    expect(html).toMatch(/"response":\{"code":"[^"]+"/u);
    expect(html).toContain(`"redirect_uri":${JSON.stringify(REDIRECT_URI)}`);
  });

  test('a wrong password shows an error on the page and never echoes the password', async () => {
    const browser = createBrowser(idp);
    const page = await browser.navigate(authorizeUrl(idp, createPkce()));
    const step = await browser.submit(page.url, `${new URL(page.url).pathname}/login`, {
      email: 'employee@example.com',
      password: 'Wrong-Secret-42',
    });
    expect(step.response.status).toBe(403);
    const html = await step.response.text();
    expect(html).toContain('Wrong email or password.');
    expect(html).not.toContain('Wrong-Secret-42');
    expect(html).toContain('value="employee@example.com"');
  });

  test('the login page prefills login_hint and escapes it', async () => {
    const hint = '"><script>alert(1)</script>@example.com';
    const page = await createBrowser(idp).navigate(
      authorizeUrl(idp, createPkce(), { login_hint: hint }),
    );
    const html = await page.response.text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;@example.com"');
    expect(page.response.headers.get('content-security-policy')).toContain("script-src 'none'");

    const plain = await createBrowser(idp).navigate(
      authorizeUrl(idp, createPkce(), { login_hint: 'user@example.com' }),
    );
    expect(await plain.response.text()).toContain('value="user@example.com"');
  });
});
