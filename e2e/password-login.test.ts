// Password sign-in through the demo, for real: the widget, cross-origin
// authentication at the dev-idp, the code flow and the real @auth0/auth0-react.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DemoHarness, startDemoHarness } from './support/demo-harness.js';
import {
  activeTenant,
  PASSWORD,
  signedInAs,
  signInWithPassword,
  submitEmail,
} from './support/demo-page.js';
import { watchPasswordFields } from './support/password-watch.js';

let harness: DemoHarness;

beforeAll(async () => {
  harness = await startDemoHarness();
});

afterAll(async () => {
  await harness.stop();
});

describe('password sign-in', () => {
  test('signs in with the password typed in the widget and lands in the first tenant', async () => {
    const page = await harness.newPage();
    await page.goto(harness.origin);
    await signInWithPassword(page, 'employee@example.com');

    expect(await signedInAs(page)).toBe('employee@example.com');
    expect(await activeTenant(page)).toBe('team-1');
    const channels = page.getByRole('list', { name: 'Channels' }).getByRole('link');
    expect(await channels.allTextContents()).toEqual([
      '# general',
      '# channel-1',
      '# channel-2',
      '# channel-3',
    ]);
    // The callback's ?code= and ?state= are gone from the address bar.
    expect(new URL(page.url()).search).toBe('');
  });

  test('a wrong password shows the generic message, and nothing else changes', async () => {
    const page = await harness.newPage();
    await page.goto(harness.origin);
    await submitEmail(page, 'user@example.com');
    await page.getByLabel('Password').fill('not-the-password');
    const url = page.url();
    const answer = page.waitForResponse((response) => response.url().endsWith('/co/authenticate'));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    expect((await answer).status()).toBe(403);

    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Wrong email or password.');
    expect(page.url()).toBe(url);
    expect(await page.locator('[data-tk="login"]').getAttribute('data-step')).toBe('password');
    expect(await page.getByLabel('Email').inputValue()).toBe('user@example.com');
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);

    // The right password still works afterwards.
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    expect(await signedInAs(page)).toBe('user@example.com');
  });

  test('an unknown domain gets the password step and the same message as a wrong password', async () => {
    const page = await harness.newPage();
    await page.goto(harness.origin);
    const discovery = page.waitForResponse((response) =>
      response.url().includes('/.well-known/webfinger'),
    );
    await submitEmail(page, 'someone@unknown-domain.test');
    expect((await discovery).status()).toBe(404);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Wrong email or password.');
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
  });

  test('Universal Login: one submit reaches the hosted page, which asks for the password', async () => {
    const page = await harness.newPage();
    const sightings = await watchPasswordFields(page);
    await page.goto(`${harness.origin}/?passwords=universal-login`);
    await page.getByLabel('Email').waitFor();
    const authorize = page.waitForRequest(
      (request) => new URL(request.url()).pathname === '/authorize',
    );
    // No second click: discovery says "password" and the widget redirects at once.
    await submitEmail(page, 'employee@example.com');
    const params = new URL((await authorize).url()).searchParams;
    expect(params.get('login_hint')).toBe('employee@example.com');
    expect(params.get('connection')).toBe('tenantkit-users');

    await page.waitForURL((url) => url.pathname.startsWith('/interaction/'));
    expect(await page.getByLabel('Email').inputValue()).toBe('employee@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await signedInAs(page)).toBe('employee@example.com');
    // The only password field was the identity provider's own page.
    expect(sightings.filter((where) => where.startsWith(harness.origin))).toEqual([]);
    expect(sightings.length).toBeGreaterThan(0);
  });

  test('signs in and switches tenants with the keyboard only', async () => {
    const page = await harness.newPage();
    await page.goto(harness.origin);
    await page.getByLabel('Email').waitFor();
    await tabUntil(page, '[data-slot="email-input"]');
    await page.keyboard.type('employee@example.com');
    await page.keyboard.press('Enter');
    // The widget moves the focus to the password field it just rendered.
    await focusReaches(page, '[data-slot="password-input"]');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    expect(await signedInAs(page)).toBe('employee@example.com');

    await tabUntil(page, '[data-slot="tenant-switcher-trigger"]');
    await page.keyboard.press('Enter');
    // Opened by keyboard, the menu takes the focus (on the active tenant).
    await focusReaches(page, '[role="menuitemradio"][aria-checked="true"]');
    await page.keyboard.press('ArrowDown');
    // Radix moves the focus a task after the arrow key, and Enter acts on the
    // focused item: pressed sooner, it picks team-1 again. A user sees the
    // highlight move first.
    await focusReaches(page, '[role="menuitemradio"][aria-label^="team-2,"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeTenant(page)).toBe('team-2');
    // Closing the menu gives the focus back to the trigger (also a task later).
    await focusReaches(page, '[data-slot="tenant-switcher-trigger"]');
  });
});

/** Waits until the focused element matches `selector`; fails if it never does. */
async function focusReaches(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (target) => document.activeElement?.matches(target) === true,
    selector,
  );
}

async function tabUntil(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 25; presses += 1) {
    await page.keyboard.press('Tab');
    if (
      await page.evaluate((target) => document.activeElement?.matches(target) === true, selector)
    ) {
      return;
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}
