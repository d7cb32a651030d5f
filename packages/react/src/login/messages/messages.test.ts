import { describe, expect, test } from 'vitest';
import { SUPPORTED_LOCALES, type Locale } from '../../i18n/locale.js';
import { loginMessagesAr } from './ar.js';
import { loginMessagesDe } from './de.js';
import { loginMessagesEn, type LoginMessages } from './en.js';
import { loginMessagesEs } from './es.js';
import { loginMessagesFr } from './fr.js';
import { loginMessagesJa } from './ja.js';

const catalogues: Record<Locale, LoginMessages> = {
  en: loginMessagesEn,
  de: loginMessagesDe,
  fr: loginMessagesFr,
  es: loginMessagesEs,
  ar: loginMessagesAr,
  ja: loginMessagesJa,
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);

describe('login message catalogues', () => {
  test('one catalogue per supported locale', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  test.each(Object.entries(catalogues))(
    '%s has every key, translated, with the same placeholders',
    (locale, messages) => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(loginMessagesEn).sort());
      for (const [key, english] of Object.entries(loginMessagesEn)) {
        const text = messages[key as keyof LoginMessages];
        expect(text.trim(), `${locale}.${key}`).not.toBe('');
        expect(placeholders(text), `${locale}.${key}`).toEqual(placeholders(english));
        if (locale !== 'en' && !key.endsWith('Label')) {
          expect(text, `${locale}.${key} is still English`).not.toBe(english);
        }
      }
    },
  );
});
