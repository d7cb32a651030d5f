// Home realm discovery in the demo: SSO domains never see a password field
// (watched from before the first navigation), each discovery source, and the
// hosted-login fallback when discovery is down or slow.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DemoHarness, startDemoHarness } from './support/demo-harness.js';
import { activeTenant, PASSWORD, signedInAs, submitEmail } from './support/demo-page.js';
import { watchPasswordFields } from './support/password-watch.js';

let harness: DemoHarness;

beforeAll(async () => {
  harness = await startDemoHarness();
});

afterAll(async () => {
  await harness.stop();
});

const loginStep = (page: import('playwright-core').Page) =>
  page.locator('[data-tk="login"]').getAttribute('data-step');

describe('single sign-on', () => {
  test('an SSO domain never renders a password field and signs in on the enterprise page', async () => {
    const page = await harness.newPage();
    const sightings = await watchPasswordFields(page);
    await page.goto(harness.origin);
    await submitEmail(page, 'ana@acme.test');
    await page.getByText('Single sign-on is enabled for acme.test').waitFor();
    await page.getByRole('button', { name: 'Continue with single sign-on' }).click();

    await page.getByRole('heading', { name: 'Acme Okta — simulated' }).waitFor();
    await page.getByRole('button', { name: 'Ana Acme (ana@acme.test)' }).click();
    expect(await signedInAs(page)).toBe('ana@acme.test');
    expect(await activeTenant(page)).toBe('acme');
    // Not in the demo, not on the identity provider's pages, not for a moment.
    expect(sightings).toEqual([]);
  });

  test('Universal Login keeps the SSO step: the user sees where they are going', async () => {
    const page = await harness.newPage();
    const sightings = await watchPasswordFields(page);
    await page.goto(`${harness.origin}/?passwords=universal-login&discovery=directory`);
    await submitEmail(page, 'ana@acme.test');
    await page.getByText('Single sign-on is enabled for acme.test').waitFor();
    expect(await loginStep(page)).toBe('sso');
    await page.getByRole('button', { name: 'Continue with Acme Okta' }).click();
    await page.getByRole('heading', { name: 'Acme Okta — simulated' }).waitFor();
    expect(sightings).toEqual([]);
  });

  test('the watch does see a password field when one appears', async () => {
    const page = await harness.newPage();
    const sightings = await watchPasswordFields(page);
    await page.goto(harness.origin);
    await submitEmail(page, 'employee@example.com');
    await page.getByLabel('Password').waitFor();
    await expect.poll(() => sightings).toEqual([`${harness.origin}/`]);
  });
});

describe('discovery sources', () => {
  test('a directory in the app names the provider, with no discovery request', async () => {
    const page = await harness.newPage();
    const lookups: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/.well-known/webfinger') || pathname.startsWith('/client/')) {
        lookups.push(pathname);
      }
    });
    await page.goto(`${harness.origin}/?discovery=directory`);
    await submitEmail(page, 'ian@initech.test');
    // Two connections claim initech.test: the user picks one.
    await page.getByText('Choose how to sign in').waitFor();
    expect(await page.locator('[data-slot="connection"]').allTextContents()).toEqual([
      'Continue with Initech Azure AD',
      'Continue with Initech Okta',
    ]);
    await page.getByRole('button', { name: 'Continue with Initech Okta' }).click();
    await page.getByRole('heading', { name: 'Initech Okta — simulated' }).waitFor();
    expect(lookups).toEqual([]);
  });

  test("Lock's client info names the provider", async () => {
    const page = await harness.newPage();
    const sightings = await watchPasswordFields(page);
    await page.goto(`${harness.origin}/?discovery=client-info`);
    const clientInfo = page.waitForResponse((response) =>
      response.url().endsWith('/client/tenantkit-demo.js'),
    );
    await submitEmail(page, 'gus@globex-corp.test');
    expect((await clientInfo).status()).toBe(200);
    await page.getByRole('button', { name: 'Continue with Globex SSO' }).click();
    await page.getByRole('button', { name: 'Gus Globex (gus@globex-corp.test)' }).click();
    expect(await signedInAs(page)).toBe('gus@globex-corp.test');
    expect(sightings).toEqual([]);
  });
});

describe('when discovery fails', () => {
  test('discovery down: no password field, and the hosted login page takes over', async () => {
    const page = await harness.newPage();
    const sightings = await watchPasswordFields(page);
    await page.route('**/.well-known/webfinger?**', (route) => route.abort('connectionrefused'));
    await page.goto(harness.origin);
    await submitEmail(page, 'employee@example.com');
    await page.getByText('You will finish signing in on a secure page.').waitFor();
    expect(await loginStep(page)).toBe('unknown');

    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/interaction/'));
    expect(await page.getByLabel('Email').inputValue()).toBe('employee@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await signedInAs(page)).toBe('employee@example.com');
    // The only password field was the identity provider's own page.
    expect(sightings.filter((where) => where.startsWith(harness.origin))).toEqual([]);
    expect(sightings.length).toBeGreaterThan(0);
  });

  test('discovery slow: after the timeout, the same fallback', async () => {
    const page = await harness.newPage();
    const sightings = await watchPasswordFields(page);
    await page.route('**/.well-known/webfinger?**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 8_000));
      // By now the widget has given up and aborted the request.
      await route.fulfill({ status: 200, body: '{}' }).catch(() => undefined);
    });
    await page.goto(harness.origin);
    const started = Date.now();
    await submitEmail(page, 'ana@acme.test');
    expect(await loginStep(page)).toBe('discovering');
    await page.getByText('You will finish signing in on a secure page.').waitFor({
      timeout: 10_000,
    });
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(await loginStep(page)).toBe('unknown');
    expect(sightings).toEqual([]);
  });
});
