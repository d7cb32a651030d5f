import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDevIdp, type DevIdp } from './start-dev-idp.js';
import {
  APP,
  CLIENT_ID,
  authorizeUrl,
  callbackParams,
  createBrowser,
  createPkce,
  passwordLogin,
} from './test-support/protocol-client.js';

let idp: DevIdp;

beforeAll(async () => {
  idp = await startDevIdp({ port: 0 });
});

afterAll(async () => {
  await idp.stop();
});

function logoutUrl(params: Record<string, string>): string {
  const url = new URL('/v2/logout', idp.url);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

describe('/v2/logout', () => {
  test('ends the session and returns to returnTo without asking', async () => {
    const browser = createBrowser(idp);
    await passwordLogin(idp, browser, 'employee@example.com');

    const page = await browser.request(logoutUrl({ client_id: CLIENT_ID, returnTo: APP }));
    expect(page.status).toBe(200);
    const html = await page.text();
    // No question, only a form that submits itself (the page allows that one script by hash).
    expect(html).not.toContain('Do you want to sign-out');
    const script = /<script>([^<]*)<\/script>/u.exec(html)?.[1] ?? '';
    expect(script).toContain('.submit()');
    const hash = createHash('sha256').update(script).digest('base64');
    expect(page.headers.get('content-security-policy')).toContain(`script-src 'sha256-${hash}'`);

    const done = await browser.navigate(logoutUrl({ client_id: CLIENT_ID, returnTo: APP }));
    expect(done.location).toBe(`${APP}/`);

    const silent = await browser.navigate(authorizeUrl(idp, createPkce(), { prompt: 'none' }));
    expect(callbackParams(silent).get('error')).toBe('login_required');
  });

  test('without returnTo, returns to the first allowed logout URL', async () => {
    const browser = createBrowser(idp);
    await passwordLogin(idp, browser, 'user@example.com');
    const done = await browser.navigate(logoutUrl({ client_id: CLIENT_ID }));
    expect(done.location).toBe('http://localhost:5173/');
  });

  test('without client_id, finds the application that allows returnTo', async () => {
    const done = await createBrowser(idp).navigate(
      logoutUrl({ returnTo: 'http://localhost:5174/' }),
    );
    expect(done.location).toBe('http://localhost:5174/');
  });

  test('refuses a returnTo the application does not allow', async () => {
    const browser = createBrowser(idp);
    const step = await browser.navigate(
      logoutUrl({ client_id: CLIENT_ID, returnTo: 'http://evil.test/' }),
    );
    expect(step.location).toBeUndefined();
    expect(step.response.status).toBe(400);
    expect(await step.response.text()).toContain('post_logout_redirect_uri not registered');
  });
});
