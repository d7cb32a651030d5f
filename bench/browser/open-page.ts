// Serves a page built by esbuild (the size benchmark's configuration) to
// Debian's Chromium, from memory: Playwright answers the page's requests, so
// nothing listens on a port and nothing is downloaded.
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';
import { bundleApp, fileName } from '../bundle/build-app.js';

/** The origin the built pages are served from (never reaches the network). */
export const pageOrigin = 'http://tenantkit.bench';

/**
 * Launches headless Chromium with the project's binary and flags.
 *
 * @example
 * ```ts
 * const browser = await launchChromium();
 * ```
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>tenantkit bench</title><link rel="stylesheet" href="/app.css"></head>
  <body><div id="root"></div><script type="module" src="/app.js"></script></body>
</html>`;

/**
 * Builds `entry` (a path from the repository root) and opens it in a new page
 * of `browser`, at {@link pageOrigin}.
 *
 * @example
 * ```ts
 * const page = await openPage(browser, 'bench/browser/switcher-page.tsx');
 * ```
 */
export async function openPage(browser: Browser, entry: string): Promise<Page> {
  const { outputFiles } = await bundleApp(entry);
  const files = new Map(outputFiles.map((output) => [`/${fileName(output.path)}`, output.text]));
  const page = await browser.newPage();
  await page.route(`${pageOrigin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = path === '/' ? html : files.get(path);
    if (body === undefined) return route.fulfill({ status: 404 });
    const type = path.endsWith('.js')
      ? 'text/javascript'
      : path.endsWith('.css')
        ? 'text/css'
        : 'text/html';
    return route.fulfill({ body, contentType: `${type}; charset=utf-8` });
  });
  await page.goto(`${pageOrigin}/`);
  return page;
}
