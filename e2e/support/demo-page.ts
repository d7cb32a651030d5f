import type { Page } from 'playwright-core';

/** The password of the seed's database users. */
export const PASSWORD = 'Password123!';

// Long enough for a cold first login round trip on a loaded 2-core machine.
const SIGN_IN_TIMEOUT_MS = 20_000;

/**
 * Waits for the app's own signed-in marker and returns the email it shows.
 *
 * @example
 * ```ts
 * expect(await signedInAs(page)).toBe('employee@example.com');
 * ```
 */
export async function signedInAs(page: Page): Promise<string | null> {
  const marker = page.getByTestId('signed-in-as');
  await marker.waitFor({ timeout: SIGN_IN_TIMEOUT_MS });
  return marker.textContent();
}

/**
 * Types an email on the sign-in page's email step and continues.
 *
 * @example
 * ```ts
 * await submitEmail(page, 'ana@acme.test');
 * ```
 */
export async function submitEmail(page: Page, email: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

/**
 * Signs in with the embedded password step (the demo's default mode) from the
 * sign-in page, and waits until the app says who is signed in.
 *
 * @example
 * ```ts
 * await page.goto(harness.origin);
 * await signInWithPassword(page, 'employee@example.com');
 * ```
 */
export async function signInWithPassword(
  page: Page,
  email: string,
  password = PASSWORD,
): Promise<void> {
  await submitEmail(page, email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await signedInAs(page);
}

/**
 * The tenant switcher's trigger button (its name says the tenant and the role).
 *
 * @example
 * ```ts
 * await switcherTrigger(page).click();
 * ```
 */
export function switcherTrigger(page: Page) {
  return page.locator('[data-slot="tenant-switcher-trigger"]');
}

/**
 * Opens the tenant switcher and picks the tenant whose accessible name starts
 * with `name` followed by a comma ("team-2, employee, 2 channels").
 *
 * @example
 * ```ts
 * await switchTenant(page, 'team-2');
 * ```
 */
export async function switchTenant(page: Page, name: string): Promise<void> {
  await switcherTrigger(page).click();
  await page
    .getByRole('menuitemradio', { name: new RegExp(`^${escapeRegExp(name)},`, 'u') })
    .click();
}

/**
 * The active tenant id, as the access panel shows it.
 *
 * @example
 * ```ts
 * expect(await activeTenant(page)).toBe('team-1');
 * ```
 */
export async function activeTenant(page: Page): Promise<string | null> {
  return page.getByTestId('active-tenant').textContent();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
