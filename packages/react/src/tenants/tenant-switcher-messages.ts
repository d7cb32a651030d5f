import type { Locale } from '../i18n/locale.js';
import { tenantSwitcherAr } from './messages/ar.js';
import { tenantSwitcherDe } from './messages/de.js';
import { tenantSwitcherEn, type TenantSwitcherMessages } from './messages/en.js';
import { tenantSwitcherEs } from './messages/es.js';
import { tenantSwitcherFr } from './messages/fr.js';
import { tenantSwitcherJa } from './messages/ja.js';

/**
 * Every shipped catalogue of the tenant switcher, by locale.
 *
 * @example
 * ```ts
 * tenantSwitcherMessages.de.personalGroup; // 'Persönlich'
 * ```
 */
export const tenantSwitcherMessages: Readonly<Record<Locale, TenantSwitcherMessages>> = {
  en: tenantSwitcherEn,
  de: tenantSwitcherDe,
  fr: tenantSwitcherFr,
  es: tenantSwitcherEs,
  ar: tenantSwitcherAr,
  ja: tenantSwitcherJa,
};

/**
 * The catalogue of `locale` with the app's `overrides` on top; any text can be
 * replaced, and a missing override keeps the shipped text.
 *
 * @example
 * ```ts
 * const messages = resolveTenantSwitcherMessages('en', { organizationsGroup: 'Teams' });
 * ```
 */
export function resolveTenantSwitcherMessages(
  locale: Locale,
  overrides: Partial<TenantSwitcherMessages> | undefined,
): TenantSwitcherMessages {
  return overrides === undefined
    ? tenantSwitcherMessages[locale]
    : { ...tenantSwitcherMessages[locale], ...overrides };
}
