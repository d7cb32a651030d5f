// Auth0 Organizations mode in the demo: a switch signs in again with
// `organization`, through the real SDK, and ends with the chosen org_id.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DemoHarness, startDemoHarness } from './support/demo-harness.js';
import {
  activeTenant,
  signedInAs,
  signInWithPassword,
  submitEmail,
  switcherTrigger,
  switchTenant,
  PASSWORD,
} from './support/demo-page.js';

let harness: DemoHarness;

beforeAll(async () => {
  harness = await startDemoHarness();
});

afterAll(async () => {
  await harness.stop();
});

const tokenOrgId = (page: Page) => page.getByTestId('token-org-id').textContent();

describe('Organizations mode', () => {
  test('a switch signs in again and ends with the chosen org_id', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.origin}/?tenants=organizations`);
    await signInWithPassword(page, 'user@example.com');
    expect(await tokenOrgId(page)).toBe('none');
    expect(await activeTenant(page)).toBe('personal');

    const authorize = page.waitForRequest((request) =>
      request.url().startsWith(`${harness.idp.url}/authorize?`),
    );
    await switchTenant(page, 'Company 2');
    expect(new URL((await authorize).url()).searchParams.get('organization')).toBe('org_company2');
    // The identity provider's session makes it password-free; the token decides.
    await expect.poll(() => tokenOrgId(page), { timeout: 20_000 }).toBe('org_company2');
    expect(await signedInAs(page)).toBe('user@example.com');
    expect(await activeTenant(page)).toBe('org_company2');
    expect(await page.getByTestId('active-role').textContent()).toBe('admin');
    // Named by what it shows (name, role badge), completed for screen readers.
    expect(await switcherTrigger(page).ariaSnapshot()).toBe(
      '- button "Company 2, admin — switch tenant"',
    );

    await switchTenant(page, 'Company 1');
    await expect.poll(() => tokenOrgId(page), { timeout: 20_000 }).toBe('org_company1');
    expect(await page.getByTestId('active-role').textContent()).toBe('user');
    // The decoded ID token says the same.
    await page.getByRole('link', { name: 'Claims inspector' }).click();
    await expect
      .poll(
        async () =>
          JSON.parse((await page.getByTestId('id-token-payload').textContent()) ?? '{}') as unknown,
      )
      .toMatchObject({ org_id: 'org_company1', org_name: 'company1' });
  });

  test('signs in to the organization chosen in the settings', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.origin}/?tenants=organizations&organization=org_company2`);
    await signInWithPassword(page, 'user@example.com');
    expect(await tokenOrgId(page)).toBe('org_company2');
    expect(await activeTenant(page)).toBe('org_company2');
  });

  test('a user outside the organization is refused, and the widget says why', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.origin}/?tenants=organizations&organization=org_acme`);
    await submitEmail(page, 'employee@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: /\S/u }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('alert').textContent()).toContain('not a member');
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
    expect(await page.getByLabel('Email').isVisible()).toBe(true);
    // The refused callback's ?error= and ?state= do not stay in the address bar.
    expect(new URL(page.url()).search).toBe('');
  });
});
