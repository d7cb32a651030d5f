// Where the demo lands: back where the user was going after sign-in (a path
// on this origin only), and signed out for good after sign-out.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DemoHarness, startDemoHarness } from './support/demo-harness.js';
import { signedInAs, signInWithPassword } from './support/demo-page.js';

let harness: DemoHarness;

beforeAll(async () => {
  harness = await startDemoHarness();
});

afterAll(async () => {
  await harness.stop();
});

describe('sign-out', () => {
  test('ends the session at the identity provider: a reload stays signed out', async () => {
    const page = await harness.newPage();
    await page.goto(harness.origin);
    await signInWithPassword(page, 'employee@example.com');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Teamchat' }).waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).origin).toBe(harness.origin);
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);

    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to Teamchat' }).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
  });
});

describe('returnTo', () => {
  test('a signed-out visit to a page signs in and comes back to it', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.origin}/settings`);
    await signInWithPassword(page, 'employee@example.com');
    await page.getByRole('heading', { name: /^Team settings/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings');
    expect(await page.getByLabel('Team name').inputValue()).toBe('team-1');
  });

  test('?returnTo= with a path on this origin is kept, query included', async () => {
    const page = await harness.newPage();
    await page.goto(
      `${harness.origin}/?returnTo=${encodeURIComponent('/channels/channel-2?from=mail')}`,
    );
    await signInWithPassword(page, 'employee@example.com');
    await page.getByRole('heading', { name: 'channel-2', level: 1 }).waitFor();
    const url = new URL(page.url());
    expect(`${url.pathname}${url.search}`).toBe('/channels/channel-2?from=mail');
  });

  test.each([
    '//evil.example',
    'https://evil.example/',
    '/\\evil.example',
    'javascript:alert(document.domain)',
    '/%2F%2Fevil.example',
    '%2F%2Fevil.example',
    '/%252F%252Fevil.example',
    ' //evil.example',
  ])('refuses the open redirect %j: lands on the home page', async (payload) => {
    const page = await harness.newPage();
    const offSite: string[] = [];
    page.on('framenavigated', (frame) => {
      const { hostname } = new URL(frame.url());
      if (hostname !== 'localhost' && frame.url() !== 'about:blank') offSite.push(frame.url());
    });
    await page.goto(`${harness.origin}/?returnTo=${encodeURIComponent(payload)}`);
    await signInWithPassword(page, 'employee@example.com');
    expect(await signedInAs(page)).toBe('employee@example.com');
    const url = new URL(page.url());
    expect(`${url.origin}${url.pathname}${url.search}`).toBe(`${harness.origin}/`);
    expect(offSite).toEqual([]);
  });
});
