import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDevIdp, type DevIdp } from './start-dev-idp.js';
import {
  PASSWORD,
  TENANTS_CLAIM,
  authorizeUrl,
  callbackParams,
  createBrowser,
  createPkce,
  exchangeCode,
  verifiedClaims,
  type Step,
  type TestBrowser,
} from './test-support/protocol-client.js';

let idp: DevIdp;

beforeAll(async () => {
  idp = await startDevIdp({ port: 0 });
});

afterAll(async () => {
  await idp.stop();
});

// Submits the simulated page's form the way a click on a user would.
function signInAs(browser: TestBrowser, page: Step, html: string, email: string): Promise<Step> {
  const action = /<form method="post" action="([^"]+)"/u.exec(html)?.[1] ?? '';
  const connection = /name="connection" value="([^"]+)"/u.exec(html)?.[1] ?? '';
  return browser.submit(page.url, action, { connection, email });
}

describe('simulated enterprise (SSO) connections', () => {
  test('connection=acme-okta opens the labelled simulated page, which signs a seed user in', async () => {
    const browser = createBrowser(idp);
    const pkce = createPkce();
    const page = await browser.navigate(authorizeUrl(idp, pkce, { connection: 'acme-okta' }));
    expect(page.response.status).toBe(200);
    const html = await page.response.text();
    expect(html).toContain('Acme Okta — simulated');
    expect(html).toContain('ana@acme.test');
    expect(html).not.toContain('type="password"');

    const done = await signInAs(browser, page, html, 'ana@acme.test');
    const tokens = await exchangeCode(idp, callbackParams(done).get('code') ?? '', pkce);
    const claims = await verifiedClaims(idp, tokens.body.id_token);
    expect(claims.email).toBe('ana@acme.test');
    expect(String(claims.sub)).toMatch(/^okta\|acme-okta\|[0-9a-f]{24}$/u);
    expect(claims[TENANTS_CLAIM]).toEqual({ acme: { role: 'admin', channels: ['*'] } });
  });

  test('a login_hint on an SSO domain, without a connection, goes to that connection', async () => {
    const browser = createBrowser(idp);
    const page = await browser.navigate(
      authorizeUrl(idp, createPkce(), { login_hint: 'gus@globex-corp.test' }),
    );
    const html = await page.response.text();
    expect(html).toContain('Globex SSO — simulated');
    expect(html).toContain('value="gus@globex-corp.test"');
  });

  test('a new address on the domain is provisioned on first sign-in, others are refused', async () => {
    const browser = createBrowser(idp);
    const pkce = createPkce();
    const page = await browser.navigate(
      authorizeUrl(idp, pkce, { login_hint: 'new.person@acme.test' }),
    );
    const html = await page.response.text();
    const refused = await signInAs(browser, page, html, 'someone@example.com');
    expect(refused.response.status).toBe(400);
    expect(await refused.response.text()).toContain('Only acme.test users sign in with Acme Okta.');

    const done = await signInAs(browser, page, html, 'new.person@acme.test');
    const tokens = await exchangeCode(idp, callbackParams(done).get('code') ?? '', pkce);
    const claims = await verifiedClaims(idp, tokens.body.id_token);
    expect(claims).toMatchObject({ email: 'new.person@acme.test', [TENANTS_CLAIM]: {} });
  });

  test('a domain two connections claim offers both', async () => {
    const page = await createBrowser(idp).navigate(
      authorizeUrl(idp, createPkce(), { login_hint: 'ivy@initech.test' }),
    );
    const html = await page.response.text();
    expect(html).toContain('Continue with Initech Azure AD');
    expect(html).toContain('Continue with Initech Okta');
  });

  test('an SSO user typed on the password page goes to their identity provider, password unchecked', async () => {
    const browser = createBrowser(idp);
    const page = await browser.navigate(authorizeUrl(idp, createPkce()));
    const step = await browser.submit(page.url, `${new URL(page.url).pathname}/login`, {
      email: 'ana@acme.test',
      password: PASSWORD,
    });
    expect(step.location).toBeUndefined();
    expect(new URL(step.url).searchParams.get('connection')).toBe('acme-okta');
    expect(await step.response.text()).toContain('Acme Okta — simulated');
  });

  test('a connection the application does not enable is refused at the application', async () => {
    const step = await createBrowser(idp).navigate(
      authorizeUrl(idp, createPkce(), { connection: 'partner-users' }),
    );
    expect(callbackParams(step).get('error')).toBe('invalid_request');
  });

  test('connection= asks for a new login when the session belongs to another connection', async () => {
    const browser = createBrowser(idp);
    const first = await browser.navigate(authorizeUrl(idp, createPkce()));
    await browser.submit(first.url, `${new URL(first.url).pathname}/login`, {
      email: 'employee@example.com',
      password: PASSWORD,
    });
    const page = await browser.navigate(
      authorizeUrl(idp, createPkce(), { connection: 'acme-okta' }),
    );
    expect(page.location).toBeUndefined();
    expect(await page.response.text()).toContain('Acme Okta — simulated');
  });
});
