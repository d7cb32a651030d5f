import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDevIdp, type DevIdp } from './start-dev-idp.js';
import {
  authorizeUrl,
  callbackParams,
  createBrowser,
  createPkce,
  exchangeCode,
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

describe('organizations', () => {
  test('organization=<id> puts org_id and org_name in the ID token, refreshes included', async () => {
    const tokens = await passwordLogin(idp, createBrowser(idp), 'employee@example.com', {
      organization: 'org_company2',
    });
    expect(await verifiedClaims(idp, tokens.body.id_token)).toMatchObject({
      org_id: 'org_company2',
      org_name: 'company2',
    });
    const refreshed = await tokenRequest(idp, {
      grant_type: 'refresh_token',
      refresh_token: String(tokens.body.refresh_token),
    });
    expect((await verifiedClaims(idp, refreshed.body.id_token)).org_id).toBe('org_company2');
  });

  test('organization=<name> works too', async () => {
    const tokens = await passwordLogin(idp, createBrowser(idp), 'user@example.com', {
      organization: 'Company1',
    });
    expect(await verifiedClaims(idp, tokens.body.id_token)).toMatchObject({
      org_id: 'org_company1',
      org_name: 'company1',
    });
  });

  test('a user outside the organization is sent back with access_denied', async () => {
    const browser = createBrowser(idp);
    const page = await browser.navigate(
      authorizeUrl(idp, createPkce(), { organization: 'org_acme' }),
    );
    const done = await browser.submit(page.url, `${new URL(page.url).pathname}/login`, {
      email: 'employee@example.com',
      password: 'Password123!',
    });
    const params = callbackParams(done);
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('error_description')).toContain('not a member of the organization org_acme');
    expect(params.get('code')).toBeNull();
  });

  test('the organization binds per request, even over an existing session', async () => {
    const browser = createBrowser(idp);
    const first = await passwordLogin(idp, browser, 'user@example.com', {
      organization: 'org_company1',
    });
    expect((await verifiedClaims(idp, first.body.id_token)).org_id).toBe('org_company1');

    const pkce = createPkce();
    const switched = await browser.navigate(
      authorizeUrl(idp, pkce, { organization: 'org_company2' }),
    );
    // No login page: the session signs the user straight in, now for the other organization.
    const tokens = await exchangeCode(idp, callbackParams(switched).get('code') ?? '', pkce);
    expect((await verifiedClaims(idp, tokens.body.id_token)).org_id).toBe('org_company2');

    const plain = createPkce();
    const withoutOrganization = await browser.navigate(authorizeUrl(idp, plain));
    const unbound = await exchangeCode(
      idp,
      callbackParams(withoutOrganization).get('code') ?? '',
      plain,
    );
    expect(await verifiedClaims(idp, unbound.body.id_token)).not.toHaveProperty('org_id');
  });

  test('an existing session outside the organization gets access_denied without a login page', async () => {
    const browser = createBrowser(idp);
    await passwordLogin(idp, browser, 'employee@example.com');
    const step = await browser.navigate(
      authorizeUrl(idp, createPkce(), { organization: 'org_globex', prompt: 'none' }),
    );
    expect(callbackParams(step).get('error')).toBe('access_denied');
  });

  test('an unknown organization is an invalid request', async () => {
    const step = await createBrowser(idp).navigate(
      authorizeUrl(idp, createPkce(), { organization: 'org_nope' }),
    );
    expect(callbackParams(step).get('error')).toBe('invalid_request');
  });

  test('a client cannot ask for org_id itself through the claims parameter', async () => {
    const tokens = await passwordLogin(idp, createBrowser(idp), 'employee@example.com', {
      claims: JSON.stringify({ id_token: { org_id: { essential: true, value: 'org_acme' } } }),
    });
    expect(await verifiedClaims(idp, tokens.body.id_token)).not.toHaveProperty('org_id');
  });

  test('an invitation lets its invitee in, prefilled, and makes them a member', async () => {
    const browser = createBrowser(idp);
    const pkce = createPkce();
    const page = await browser.navigate(
      authorizeUrl(idp, pkce, {
        organization: 'org_company1',
        invitation: 'inv_company1_employee',
      }),
    );
    expect(await page.response.text()).toContain('value="employee@example.com"');
    const done = await browser.submit(page.url, `${new URL(page.url).pathname}/login`, {
      email: 'employee@example.com',
      password: 'Password123!',
    });
    const tokens = await exchangeCode(idp, callbackParams(done).get('code') ?? '', pkce);
    expect((await verifiedClaims(idp, tokens.body.id_token)).org_id).toBe('org_company1');

    // Now a member: no invitation needed any more.
    const again = await passwordLogin(idp, createBrowser(idp), 'employee@example.com', {
      organization: 'org_company1',
    });
    expect((await verifiedClaims(idp, again.body.id_token)).org_id).toBe('org_company1');
  });
});
