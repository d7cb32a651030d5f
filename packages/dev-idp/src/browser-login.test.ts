// One real login in Chromium with the real @auth0/auth0-react: what passes here
// passes against Auth0. The app is bundled with Vite and served on localhost, the
// same site as the identity provider, as TOOLING.md requires for silent auth.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.js';
import { readDefaultSeed } from './seed/load-seed.js';
import { startDevIdp, type DevIdp } from './start-dev-idp.js';

const CLIENT_ID = 'browser-test';
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

let outDir: string;
let appServer: Server;
let appUrl: string;
let idp: DevIdp;
let browser: Browser;

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'dev-idp-browser-'));
  await build({
    root: fileURLToPath(new URL('./test-support/browser-app/', import.meta.url)),
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: { outDir, emptyOutDir: true, minify: false },
  });

  appServer = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/config.js') {
      res.setHeader('Content-Type', CONTENT_TYPES['.js'] ?? '');
      res.end(`window.devIdpConfig = ${JSON.stringify({ domain: idp.url, clientId: CLIENT_ID })};`);
      return;
    }
    const file = path.includes('.') ? normalize(path).replace(/^(\.\.[/\\])+/u, '') : '/index.html';
    readFile(join(outDir, file)).then(
      (body) => {
        res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
        res.end(body);
      },
      () => {
        res.statusCode = 404;
        res.end();
      },
    );
  });
  const appPort = await listen(appServer);
  appUrl = `http://localhost:${appPort}`;

  const seed = await readDefaultSeed();
  idp = await startDevIdp({
    port: 0,
    seed: {
      ...seed,
      clients: [
        ...seed.clients,
        {
          clientId: CLIENT_ID,
          callbacks: [appUrl, `${appUrl}/`],
          logoutUrls: [appUrl, `${appUrl}/`],
          webOrigins: [appUrl],
          connections: ['tenantkit-users', 'acme-okta'],
        },
      ],
    },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}, 120_000);

afterAll(async () => {
  await browser.close();
  await idp.stop();
  appServer.close();
  await rm(outDir, { recursive: true, force: true });
});

async function signedInEmail(page: Page): Promise<string | null> {
  const email = page.getByTestId('email');
  await email.waitFor({ timeout: 20_000 });
  return email.textContent();
}

describe('login with @auth0/auth0-react in Chromium', () => {
  test('password on the hosted page, silent re-login on reload, logout', async () => {
    const page = await browser.newPage();
    await page.goto(appUrl);
    await page.getByRole('button', { name: 'Log in' }).click();

    await page.waitForURL((url) => url.pathname.startsWith('/interaction/'), { timeout: 20_000 });
    await page.getByLabel('Email').fill('employee@example.com');
    await page.getByLabel('Password').fill('Password123!');
    const token = page.waitForResponse(
      (response) =>
        response.url() === `${idp.url}/oauth/token` && response.request().method() === 'POST',
      { timeout: 20_000 },
    );
    await page.getByRole('button', { name: 'Continue' }).click();
    expect((await token).status()).toBe(200);

    expect(await signedInEmail(page)).toBe('employee@example.com');
    expect(JSON.parse((await page.getByTestId('tenants').textContent()) ?? 'null')).toEqual({
      'team-1': { role: 'admin', channels: ['*'] },
      'team-2': { role: 'employee', channels: ['channel-1', 'channel-2'] },
    });

    // The token cache lives in memory: after a reload only the iframe (web_message) signs in again.
    await page.reload();
    expect(await signedInEmail(page)).toBe('employee@example.com');

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Log in' }).waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).origin).toBe(appUrl);
    await page.close();
  }, 90_000);
});
