import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { safeReturnTo } from './safe-return-to.js';

describe('safeReturnTo', () => {
  test.each([
    '/',
    '/settings',
    '/settings?tab=billing&x=1#invoices',
    '/teams/team-1/channels',
    '/search?q=hello%20world',
    '/caf%C3%A9',
    '/a/b/../c',
    '/javascript:alert(1)',
    '/@evil.example',
  ])('keeps the same-origin path %j', (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  test.each([
    // Another origin, spelled every way browsers accept.
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\/evil.example',
    '\\\\evil.example',
    'https://evil.example',
    'http:evil.example',
    'HTTPS://evil.example/path',
    '//evil.example/%2e%2e',
    // Scripts and data.
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    // Relative paths are resolved against wherever the callback lands.
    'settings',
    'evil.example',
    '.',
    '',
    ' /settings',
    // Whitespace and controls that URL parsers strip.
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/%09/evil.example',
    '/%0a/evil.example',
    '/%0D%0A/evil.example',
    '/\u0000/evil.example',
    '/%00',
    '/settings%7f',
    // Percent-encoded and double-encoded slashes and backslashes.
    '%2F%2Fevil.example',
    '/%2Fevil.example',
    '/%2fevil.example',
    '/%5Cevil.example',
    '/%5cevil.example',
    '%5C%5Cevil.example',
    '/%252Fevil.example',
    '/%25252Fevil.example',
    '/%2525252F%2525252Fevil.example',
    '%252F%252Fevil.example',
    '%6A%61%76%61%73%63%72%69%70%74:alert(1)',
    // Paths that normalise into another origin.
    '/.//evil.example',
    '/./%2F/evil.example',
    '/%2e//evil.example',
    // Malformed encodings and oversized input.
    '/%E0%A4%A',
    '/%',
    `/${'a'.repeat(2048)}`,
  ])('refuses %j', (payload) => {
    expect(safeReturnTo(payload)).toBe('/');
  });

  test.each([null, undefined, 42, {}, ['/settings'], new URL('https://evil.example')])(
    'refuses the non-string %j',
    (payload) => {
      expect(safeReturnTo(payload)).toBe('/');
    },
  );

  test('uses the given fallback', () => {
    expect(safeReturnTo('//evil.example', '/home')).toBe('/home');
  });

  test('whatever the input, the result stays on the origin it is resolved against', () => {
    const fragments = fc.constantFrom(
      '/',
      '\\',
      '%2F',
      '%2f',
      '%5C',
      '%25',
      '%09',
      '\t',
      '\n',
      '.',
      '..',
      ':',
      '@',
      'evil.example',
      'javascript:',
      'https:',
      '?',
      '#',
      '%',
      'a',
      '%E2%80%AE',
      ' ',
    );
    const inputs = fc.oneof(
      fc.string(),
      fc.array(fragments, { maxLength: 8 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const result = safeReturnTo(input);
        expect([input, '/']).toContain(result);
        for (const base of ['https://app.example/login/callback', 'http://localhost:5173/']) {
          const url = new URL(result, base);
          expect(url.origin).toBe(new URL(base).origin);
          expect(url.pathname.startsWith('//')).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
