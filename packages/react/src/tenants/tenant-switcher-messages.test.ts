import { describe, expect, test } from 'vitest';
import { SUPPORTED_LOCALES } from '../i18n/locale.js';
import { formatPlural } from '../i18n/plural.js';
import { tenantSwitcherEn } from './messages/en.js';
import {
  resolveTenantSwitcherMessages,
  tenantSwitcherMessages,
} from './tenant-switcher-messages.js';

describe('tenant switcher catalogues', () => {
  test.each(SUPPORTED_LOCALES)(
    '%s has every text of the English catalogue, none empty',
    (locale) => {
      const catalogue = tenantSwitcherMessages[locale];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(tenantSwitcherEn).sort());
      for (const value of Object.values(catalogue)) {
        const texts = typeof value === 'string' ? [value] : Object.values(value);
        for (const text of texts) expect(text.trim()).not.toBe('');
      }
    },
  );

  test.each(SUPPORTED_LOCALES)('%s keeps the placeholders of each text', (locale) => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, english] of Object.entries(tenantSwitcherEn)) {
      const translated = tenantSwitcherMessages[locale][key as keyof typeof tenantSwitcherEn];
      if (typeof english === 'string' && typeof translated === 'string') {
        expect(placeholders(translated), `${locale}.${key}`).toEqual(placeholders(english));
      }
    }
  });

  test('overrides replace single texts and keep the rest', () => {
    const messages = resolveTenantSwitcherMessages('fr', { organizationsGroup: 'Équipes' });
    expect(messages.organizationsGroup).toBe('Équipes');
    expect(messages.personalGroup).toBe('Personnel');
  });

  test.each([
    ['en', 1, '1 channel'],
    ['en', 2, '2 channels'],
    ['de', 1200, '1.200 Kanäle'],
    ['ar', 2, 'قناتان'],
    ['ar', 5, /^[5٥] قنوات$/],
    ['ja', 3, '3 チャンネル'],
  ] as const)('plural forms: %s %d → %s', (locale, count, text) => {
    expect(formatPlural(tenantSwitcherMessages[locale].channelCount, count, locale)).toMatch(text);
  });
});
