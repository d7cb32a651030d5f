import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDefaultSeed, type SeedDocument, startDevIdp, type DevIdp } from '@tenantkit/dev-idp';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';
import { serveStatic } from './static-server.js';

const demoRoot = fileURLToPath(new URL('../../packages/demo/', import.meta.url));

/** The demo, built and served, its identity provider, and one Chromium. */
export interface DemoHarness {
  /** `http://localhost:<port>`: the demo. */
  readonly origin: string;
  readonly idp: DevIdp;
  readonly browser: Browser;
  /**
   * A page in a fresh browser context (no cookies, no storage), 1280×800.
   * `bypassCSP` lets a test inject axe-core into the identity provider's pages.
   */
  newPage(options?: { readonly bypassCSP?: boolean }): Promise<Page>;
  stop(): Promise<void>;
}

/**
 * The default seed, with the demo application allowed at `origin` (callbacks,
 * logout URLs, web origins): the test server's port is known only at run time.
 *
 * @example
 * ```ts
 * const seed = allowDemoOrigin(await readDefaultSeed(), 'http://localhost:41234');
 * ```
 */
export function allowDemoOrigin(seed: SeedDocument, origin: string): SeedDocument {
  return {
    ...seed,
    clients: seed.clients.map((client) =>
      client.clientId === 'tenantkit-demo'
        ? {
            ...client,
            callbacks: [origin, `${origin}/`],
            logoutUrls: [origin, `${origin}/`],
            webOrigins: [origin],
          }
        : client,
    ),
  };
}

/**
 * Starts what an end-to-end test file needs: a static server on a free port,
 * the dev-idp on another (seeded for that origin), the demo built once with
 * Vite for that identity provider, and Chromium. A production build served
 * statically is faster and steadier than the dev server on two cores.
 *
 * @example
 * ```ts
 * let harness: DemoHarness;
 * beforeAll(async () => { harness = await startDemoHarness(); });
 * afterAll(() => harness.stop());
 * ```
 */
export async function startDemoHarness(): Promise<DemoHarness> {
  const outDir = await mkdtemp(join(tmpdir(), 'tenantkit-demo-e2e-'));
  const app = await serveStatic(outDir);
  const idp = await startDevIdp({
    port: 0,
    seed: allowDemoOrigin(await readDefaultSeed(), app.origin),
  });
  await build({
    root: demoRoot,
    configFile: join(demoRoot, 'vite.config.ts'),
    logLevel: 'silent',
    mode: 'production',
    define: { 'import.meta.env.VITE_TENANTKIT_IDP': JSON.stringify(idp.url) },
    build: { outDir, emptyOutDir: true },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const contexts = new Set<BrowserContext>();
  return {
    origin: app.origin,
    idp,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        bypassCSP: options.bypassCSP ?? false,
      });
      contexts.add(context);
      context.on('close', () => contexts.delete(context));
      return context.newPage();
    },
    async stop() {
      await Promise.allSettled([...contexts].map((context) => context.close()));
      await browser.close();
      await idp.stop();
      await app.stop();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
