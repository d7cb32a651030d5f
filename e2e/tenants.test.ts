// Tenants from the ID token in the demo (claims mode): the switcher, what a
// switch changes, what a role is denied, and the remembered tenant.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DemoHarness, startDemoHarness } from './support/demo-harness.js';
import {
  activeTenant,
  signedInAs,
  signInWithPassword,
  switcherTrigger,
  switchTenant,
} from './support/demo-page.js';

const screenshotPath = fileURLToPath(new URL('../docs/demo.png', import.meta.url));

let harness: DemoHarness;

beforeAll(async () => {
  harness = await startDemoHarness();
});

afterAll(async () => {
  await harness.stop();
});

async function signedIn(email: string): Promise<Page> {
  const page = await harness.newPage();
  await page.goto(harness.origin);
  await signInWithPassword(page, email);
  return page;
}

const menuItems = (page: Page) => page.getByRole('menuitemradio');
const navChannels = (page: Page) => page.getByRole('list', { name: 'Channels' }).getByRole('link');
const gate = (page: Page, id: string) => page.locator(`[data-gate="${id}"]`);

describe('the tenant switcher', () => {
  test("lists the seed's tenants with their roles and channel scope", async () => {
    const page = await signedIn('user@example.com');
    await switcherTrigger(page).click();
    await page.getByRole('menu').waitFor();
    const groups = page.locator('[data-slot="tenant-switcher-group-label"]');
    expect(await groups.allTextContents()).toEqual(['Personal', 'Organizations']);
    expect(await menuItems(page).evaluateAll(nameAndState)).toEqual([
      'personal, full, No channels (checked)',
      'company1, user, No channels',
      'company2, admin, No channels',
    ]);
  });

  test('switching changes the channels, the gates and what the role is denied', async () => {
    const page = await signedIn('employee@example.com');
    // Named by what it shows (name, role badge), completed for screen readers.
    expect(await switcherTrigger(page).ariaSnapshot()).toBe(
      '- button "team-1, admin — switch tenant"',
    );
    expect(await navChannels(page).allTextContents()).toEqual([
      '# general',
      '# channel-1',
      '# channel-2',
      '# channel-3',
    ]);
    expect(await gate(page, 'team-settings').getAttribute('data-allowed')).toBe('true');

    // Claims mode switches locally: not a single request to the identity provider.
    const idpRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(harness.idp.url)) idpRequests.push(request.url());
    });
    await switchTenant(page, 'team-2');
    await expect.poll(() => activeTenant(page)).toBe('team-2');
    expect(await navChannels(page).allTextContents()).toEqual(['# channel-1', '# channel-2']);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('# channel-1');
    expect(await gate(page, 'team-settings').getAttribute('data-allowed')).toBe('false');
    expect(await gate(page, 'team-settings').textContent()).toContain(
      'role “employee”; needs admin',
    );
    expect(idpRequests).toEqual([]);

    // A page the new role may not see says so, and why.
    await page.getByRole('link', { name: /^Team settings/ }).click();
    await page.getByRole('heading', { name: 'Only admins can change team settings' }).waitFor();
    expect(await page.getByLabel('Team name').count()).toBe(0);
    await page.goto(`${harness.origin}/channels/channel-3`);
    await page.getByRole('heading', { name: 'You cannot open #channel-3' }).waitFor();
    expect(await page.getByRole('list', { name: 'Messages in #channel-3' }).count()).toBe(0);

    // Back to the admin tenant: the same page opens.
    await switchTenant(page, 'team-1');
    await page.getByRole('list', { name: 'Messages in #channel-3' }).waitFor();
  });

  test('searches a thousand tenants', async () => {
    const page = await signedIn('many@example.com');
    await switcherTrigger(page).click();
    await page.getByRole('searchbox', { name: 'Search tenants' }).fill('tenant-0742');
    await expect
      .poll(() => menuItems(page).evaluateAll(nameAndState))
      .toEqual(['tenant-0742, member, 1 channel']);
    await page.keyboard.press('Enter');
    await expect.poll(() => activeTenant(page)).toBe('tenant-0742');
  });
});

describe('the remembered tenant', () => {
  test('survives a reload; a tampered stored id is ignored', async () => {
    const page = await signedIn('employee@example.com');
    await switchTenant(page, 'team-2');
    await expect.poll(() => activeTenant(page)).toBe('team-2');

    await page.reload();
    expect(await signedInAs(page)).toBe('employee@example.com');
    expect(await activeTenant(page)).toBe('team-2');

    for (const tampered of ['team-3', 'Team-2', ' team-2', '__proto__']) {
      const keys = await page.evaluate((value) => {
        const found = Object.keys(localStorage).filter((key) =>
          key.startsWith('tenantkit:active-tenant:'),
        );
        for (const key of found) localStorage.setItem(key, value);
        return found;
      }, tampered);
      expect(keys).toHaveLength(1);
      await page.reload();
      expect(await signedInAs(page)).toBe('employee@example.com');
      // Not a tenant of this token: the first tenant, not whatever was stored.
      expect(await activeTenant(page)).toBe('team-1');
      expect(await navChannels(page).count()).toBe(4);
    }
  });
});

test('the README screenshot: the signed-in demo with the switcher open', async () => {
  const page = await signedIn('employee@example.com');
  await switcherTrigger(page).click();
  await page.getByRole('menu').waitFor();
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await page.screenshot({ path: screenshotPath });
});

function nameAndState(items: Element[]): string[] {
  return items.map(
    (item) =>
      `${item.getAttribute('aria-label') ?? ''}${item.getAttribute('aria-checked') === 'true' ? ' (checked)' : ''}`,
  );
}
