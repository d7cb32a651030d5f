import { describe, expect, test } from 'vitest';
import { directionOf, formatMessage, resolveLocale } from './locale.js';

describe('locales', () => {
  test.each([
    ['fr-CA', 'fr'],
    ['JA', 'ja'],
    ['ar-EG', 'ar'],
    ['xx', 'en'],
    [undefined, 'en'],
    ['', 'en'],
  ])('resolveLocale(%s) is %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  test('right-to-left scripts', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('he-IL')).toBe('rtl');
    expect(directionOf('ja')).toBe('ltr');
  });

  test('formatMessage fills placeholders as text and leaves unknown ones', () => {
    expect(formatMessage('Continue with {provider}', { provider: '<b>Acme</b>' })).toBe(
      'Continue with <b>Acme</b>',
    );
    expect(formatMessage('{count} channels', { count: 2 })).toBe('2 channels');
    expect(formatMessage('Hi {name}', {})).toBe('Hi {name}');
    expect(formatMessage('Hi {toString}', {})).toBe('Hi {toString}');
  });
});
