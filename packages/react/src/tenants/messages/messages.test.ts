import { describe, expect, test } from 'vitest';
import { type Locale, SUPPORTED_LOCALES } from '../../i18n/locale.js';
import { formatPlural } from '../../i18n/plural.js';
import { tenantSwitcherAr } from './ar.js';
import { tenantSwitcherDe } from './de.js';
import { tenantSwitcherEn, type TenantSwitcherMessages } from './en.js';
import { tenantSwitcherEs } from './es.js';
import { tenantSwitcherFr } from './fr.js';
import { tenantSwitcherJa } from './ja.js';

const catalogues: Record<Locale, TenantSwitcherMessages> = {
  en: tenantSwitcherEn,
  de: tenantSwitcherDe,
  fr: tenantSwitcherFr,
  es: tenantSwitcherEs,
  ar: tenantSwitcherAr,
  ja: tenantSwitcherJa,
};

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('tenant switcher catalogues', () => {
  test('one catalogue per supported locale', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  test.each(SUPPORTED_LOCALES)(
    '%s has every text of the English catalogue, none empty',
    (locale) => {
      const catalogue = catalogues[locale];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(tenantSwitcherEn).sort());
      for (const value of Object.values(catalogue)) {
        const texts = typeof value === 'string' ? [value] : Object.values(value);
        for (const text of texts) expect(text.trim()).not.toBe('');
      }
    },
  );

  test.each(SUPPORTED_LOCALES)('%s keeps the placeholders of each text', (locale) => {
    for (const [key, english] of Object.entries(tenantSwitcherEn)) {
      const translated = catalogues[locale][key as keyof TenantSwitcherMessages];
      if (typeof english === 'string' && typeof translated === 'string') {
        expect(placeholders(translated), `${locale}.${key}`).toEqual(placeholders(english));
      }
    }
  });

  test.each([
    ['en', 1, '1 channel'],
    ['en', 2, '2 channels'],
    ['de', 1200, '1.200 Kanäle'],
    ['ar', 2, 'قناتان'],
    ['ar', 5, /^[5٥] قنوات$/],
    ['ja', 3, '3 チャンネル'],
  ] as const)('plural forms: %s %d → %s', (locale, count, text) => {
    expect(formatPlural(catalogues[locale].channelCount, count, locale)).toMatch(text);
  });
});
