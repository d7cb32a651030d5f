// Login overhead: the same password sign-in, for real against the dev-idp,
// started by tenantkit's widget or by a button calling loginWithRedirect. Both
// pages are built with the size benchmark's esbuild configuration and served
// from one origin; runs alternate, each in a fresh browser context.
import { readDefaultSeed, startDevIdp } from '@tenantkit/dev-idp';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { allowDemoOrigin } from '../../e2e/support/demo-harness.js';
import { PASSWORD, signedInAs } from '../../e2e/support/demo-page.js';
import { serveStatic } from '../../e2e/support/static-server.js';
import { type BenchRow, formatMs, timingRow } from '../bench-row.js';
import { launchChromium } from '../browser/open-page.js';
import { bundleApp } from '../bundle/build-app.js';
import { summarize } from '../measure.js';

const runs = 12;
const email = 'employee@example.com';
const variants = {
  widget: 'bench/login/widget-page.tsx',
  direct: 'bench/login/direct-page.tsx',
} as const;
type Variant = keyof typeof variants;

// From the first request of the page to the app showing who signed in.
const signIns: Record<Variant, (page: Page) => Promise<void>> = {
  async widget(page) {
    await page.getByLabel('Email').fill(email);
    // One submit: discovery says "password" and the widget redirects to the hosted page.
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/interaction/'));
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Continue' }).click();
  },
  async direct(page) {
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/interaction/'));
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Continue' }).click();
  },
};

async function timeSignIn(browser: Browser, origin: string, variant: Variant): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(origin);
    await signIns[variant](page);
    if ((await signedInAs(page)) !== email)
      throw new Error(`${variant}: signed in as someone else`);
    return performance.now() - started;
  } finally {
    await context.close();
  }
}

/**
 * Signs in {@link runs} times each way, alternating, and reports both medians
 * and their ratio.
 *
 * @example
 * ```ts
 * const rows = await run();
 * ```
 */
export async function run(): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'tenantkit-bench-login-'));
  const app = await serveStatic(root);
  const idp = await startDevIdp({
    port: 0,
    seed: allowDemoOrigin(await readDefaultSeed(), app.origin),
  });
  const browser = await launchChromium();
  try {
    const builds = new Map<Variant, string>();
    for (const [variant, entry] of Object.entries(variants) as [Variant, string][]) {
      const { outputFiles } = await bundleApp(entry);
      builds.set(variant, outputFiles.find((file) => file.path.endsWith('.js'))?.text ?? '');
    }
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="idp" content="${idp.url.replace(/\/+$/u, '')}"><title>Sign in</title></head><body><div id="root"></div><script type="module" src="/app.js"></script></body></html>`;
    await writeFile(join(root, 'index.html'), html);
    const serve = (variant: Variant) => writeFile(join(root, 'app.js'), builds.get(variant) ?? '');

    const samples: Record<Variant, number[]> = { widget: [], direct: [] };
    // The first round warms the identity provider and the browser's caches, untimed.
    for (let round = 0; round <= runs; round += 1) {
      for (const variant of round % 2 === 0
        ? (['widget', 'direct'] as const)
        : (['direct', 'widget'] as const)) {
        await serve(variant);
        const ms = await timeSignIn(browser, app.origin, variant);
        if (round > 0) samples[variant].push(ms);
      }
    }
    const widget = summarize(
      'full sign-in with the widget (email → discovery → hosted page)',
      samples.widget,
    );
    const direct = summarize('the same sign-in calling loginWithRedirect directly', samples.direct);
    const ratio = widget.medianMs / direct.medianMs;
    return [
      timingRow('login', widget),
      timingRow('login', direct),
      {
        group: 'login',
        name: 'login overhead: widget ÷ direct (medians)',
        result: `${ratio.toFixed(3)} (${formatMs(widget.medianMs - direct.medianMs)} more)`,
        target: '≤ 1.05',
        met: ratio <= 1.05,
        data: { ratio, widget, direct },
      },
    ];
  } finally {
    await browser.close();
    await idp.stop();
    await app.stop();
    await rm(root, { recursive: true, force: true });
  }
}
