// The switcher with 10,000 tenants in Chromium: time to open, and per filter
// keystroke, each from the browser's input event to the list in the DOM, laid out.
import type { Page } from 'playwright-core';
import { type BenchRow, timingRow } from '../bench-row.js';
import { launchChromium, openPage } from '../browser/open-page.js';
import { summarize } from '../measure.js';

const runs = 15;
// Every key changes the matches among "Tenant 00001" … "Tenant 10000"
// (10,000 → 3,440 → 299 → 20 → 1), so the list changes each time.
const query = '1234';

async function openMenu(page: Page): Promise<number> {
  await page.evaluate(() => window.switcherPage.armOpen());
  await page.click('[data-slot="tenant-switcher-trigger"]');
  const { menu } = await page.evaluate(() => window.switcherPage.inputTimer.result());
  return menu ?? Number.NaN;
}

async function closeMenu(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector('[role="menuitemradio"]', { state: 'detached' });
}

/**
 * Opens the switcher {@link runs} times, typing a query one key at a time after
 * each opening, and reports the medians.
 *
 * @example
 * ```ts
 * const rows = await run();
 * ```
 */
export async function run(): Promise<BenchRow[]> {
  const browser = await launchChromium();
  try {
    const page = await openPage(browser, 'bench/browser/switcher-page.tsx');
    await page.waitForSelector('[data-slot="tenant-switcher-trigger"]');
    const opens: number[] = [];
    const fields: number[] = [];
    const lists: number[] = [];
    // Round 0 is untimed: it warms the JIT, and its first key builds the search
    // index (once per tenant list, as on a user's first search).
    for (let round = 0; round <= runs; round += 1) {
      const open = await openMenu(page);
      if (round > 0) opens.push(open);
      for (let length = 1; length <= query.length; length += 1) {
        await page.evaluate(
          (typed) => window.switcherPage.armFilter(typed),
          query.slice(0, length),
        );
        await page.keyboard.press(query.charAt(length - 1));
        const { field, list } = await page.evaluate(() => window.switcherPage.inputTimer.result());
        if (round > 0) {
          fields.push(field ?? Number.NaN);
          lists.push(list ?? Number.NaN);
        }
      }
      await closeMenu(page);
    }
    return [
      timingRow(
        'scale',
        summarize('switcher, 10,000 tenants: open (click → menu listed)', opens),
        50,
      ),
      timingRow(
        'scale',
        summarize('switcher, 10,000 tenants: one filter keystroke (key → list updated)', lists),
        16,
      ),
      // The field and the list update in one render; this row shows the field is not held back.
      timingRow(
        'scale',
        summarize('switcher, 10,000 tenants: one filter keystroke (key → field shows it)', fields),
      ),
    ];
  } finally {
    await browser.close();
  }
}
