// axe-core on every state of the demo a user can reach, and on the identity
// provider's pages the demo sends them to: zero violations.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations } from './support/axe.js';
import { type DemoHarness, startDemoHarness } from './support/demo-harness.js';
import {
  signInWithPassword,
  submitEmail,
  switcherTrigger,
  switchTenant,
} from './support/demo-page.js';

let harness: DemoHarness;

beforeAll(async () => {
  harness = await startDemoHarness();
});

afterAll(async () => {
  await harness.stop();
});

/** Scans each state as the steps reach it; the test compares them all at the end. */
function scanner(page: Page) {
  const violations: Record<string, string[]> = {};
  return {
    violations,
    scan: async (state: string) => {
      violations[state] = await axeViolations(page);
    },
  };
}

const noViolations = (states: Record<string, string[]>) =>
  Object.fromEntries(Object.keys(states).map((state) => [state, []]));

test('signed out: every step of the login, and the identity provider pages', async () => {
  const page = await harness.newPage({ bypassCSP: true });
  const { scan, violations } = scanner(page);
  const login = page.locator('[data-tk="login"]');

  await page.goto(harness.origin);
  await page.getByLabel('Email').waitFor();
  await scan('email step');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByText('Enter your email address.').waitFor();
  await scan('email required');

  await submitEmail(page, 'employee@example.com');
  await page.getByLabel('Password').fill('wrong password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText('Wrong email or password.').waitFor();
  await scan('password step with an error');

  await page.getByRole('button', { name: 'Use a different email' }).click();
  await submitEmail(page, 'ana@acme.test');
  await page.getByRole('button', { name: 'Continue with single sign-on' }).waitFor();
  await scan('single sign-on step');
  await page.getByRole('button', { name: 'Continue with single sign-on' }).click();
  await page.getByRole('heading', { name: 'Acme Okta — simulated' }).waitFor();
  await scan('identity provider: enterprise page');

  await page.goto(`${harness.origin}/?discovery=directory&tenants=organizations`);
  await submitEmail(page, 'ian@initech.test');
  await page.getByText('Choose how to sign in').waitFor();
  await scan('choice of identity providers, Organizations settings');

  // Discovery down: the widget offers the hosted page instead of guessing.
  await page.goto(`${harness.origin}/?discovery=webfinger&passwords=universal-login`);
  await page.route('**/.well-known/webfinger?**', (route) => route.abort('connectionrefused'));
  await submitEmail(page, 'user@example.com');
  await page.getByText('You will finish signing in on a secure page.').waitFor();
  expect(await login.getAttribute('data-step')).toBe('unknown');
  await scan('hosted login step');
  await page.unroute('**/.well-known/webfinger?**');
  await page.getByRole('button', { name: 'Use a different email' }).click();
  // Universal Login: a password user goes straight to the hosted page.
  await submitEmail(page, 'user@example.com');
  await page.waitForURL((url) => url.pathname.startsWith('/interaction/'));
  await scan('identity provider: hosted login page');

  expect(violations).toEqual(noViolations(violations));
});

test('signed in: each page, the open switcher, and what a role is denied', async () => {
  const page = await harness.newPage();
  const { scan, violations } = scanner(page);
  await page.goto(harness.origin);
  await signInWithPassword(page, 'employee@example.com');
  await scan('channel');

  await switcherTrigger(page).click();
  await page.getByRole('menu').waitFor();
  await scan('switcher open');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: /^Team settings/ }).click();
  await page.getByLabel('Team name').waitFor();
  await scan('team settings (admin)');
  await page.getByRole('link', { name: 'Claims inspector' }).click();
  await page.getByTestId('id-token-payload').filter({ hasText: 'sub' }).waitFor();
  await scan('claims inspector');
  await page.getByRole('link', { name: 'Demo settings' }).click();
  await page.getByRole('heading', { name: 'Demo settings' }).waitFor();
  await scan('demo settings');

  await switchTenant(page, 'team-2');
  await page.getByRole('link', { name: /^Team settings/ }).click();
  await page.getByRole('heading', { name: 'Only admins can change team settings' }).waitFor();
  await scan('team settings denied');
  await page.goto(`${harness.origin}/channels/channel-3`);
  await page.getByRole('heading', { name: 'You cannot open #channel-3' }).waitFor();
  await scan('channel denied');

  const personal = await harness.newPage();
  const other = scanner(personal);
  await personal.goto(harness.origin);
  await signInWithPassword(personal, 'user@example.com');
  await personal.getByText('No channels for you in').waitFor();
  await other.scan('a tenant without channels');

  expect({ ...violations, ...other.violations }).toEqual(
    noViolations({ ...violations, ...other.violations }),
  );
});
