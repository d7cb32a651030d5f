import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type DomainError, parseDomain } from './parse-domain.js';
import { parseEmail } from './parse-email.js';

describe('parseDomain', () => {
  test.each([
    ['acme.com', 'acme.com'],
    ['  ACME.com ', 'acme.com'],
    ['Bücher.DE', 'xn--bcher-kva.de'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['acme。com', 'acme.com'],
    [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`, null],
  ])('canonicalises %s', (input, expected) => {
    expect(parseDomain(input)).toEqual({ ok: true, domain: expected ?? input });
  });

  test.each<[unknown, DomainError]>([
    [undefined, 'not-a-string'],
    ['', 'empty'],
    ['ac me.com', 'whitespace'],
    ['ac\u00ADme.com', 'forbidden-character'],
    ['[10.0.0.1]', 'ip-literal'],
    ['10.0.0.1', 'ip-literal'],
    ['intranet', 'single-label-domain'],
    ['acme.com.', 'trailing-dot'],
    ['acme..com', 'empty-label'],
    ['-acme.com', 'hyphen-at-label-edge'],
    ['acme.42', 'numeric-top-level-domain'],
    ['ana@acme.com', 'invalid-domain'],
    [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}`, 'domain-too-long'],
    // 60 Unicode characters fit a label but their punycode does not.
    [`${'ü'.repeat(60)}.com`, 'label-too-long'],
  ])('rejects %s', (input, error) => {
    expect(parseDomain(input)).toEqual({ ok: false, error });
  });

  test('agrees with the domain parseEmail gives, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const domain = parseDomain(`${text}.com`);
        const email = parseEmail(`ana@${text}.com`);
        if (domain.ok) {
          expect(email).toMatchObject({ ok: true, domain: domain.domain });
          expect(parseDomain(domain.domain)).toEqual(domain);
        } else {
          expect(email.ok).toBe(false);
        }
      }),
    );
  });
});
