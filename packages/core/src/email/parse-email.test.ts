import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type EmailError, parseEmail } from './parse-email.js';

const long = (length: number, character = 'a') => character.repeat(length);

describe('parseEmail accepts', () => {
  test.each([
    ['ana@acme.com', 'ana@acme.com', 'ana', 'acme.com'],
    ['  ana@acme.com\t\n', 'ana@acme.com', 'ana', 'acme.com'],
    ['Ana.Maria@ACME.Com', 'Ana.Maria@acme.com', 'Ana.Maria', 'acme.com'],
    ['ana@bücher.de', 'ana@xn--bcher-kva.de', 'ana', 'xn--bcher-kva.de'],
    ['ana@XN--BCHER-KVA.DE', 'ana@xn--bcher-kva.de', 'ana', 'xn--bcher-kva.de'],
    ['ana+billing@acme.co.uk', 'ana+billing@acme.co.uk', 'ana+billing', 'acme.co.uk'],
    ["o'brien@acme.com", "o'brien@acme.com", "o'brien", 'acme.com'],
    [
      'ユーザー@例え.テスト',
      'ユーザー@xn--r8jz45g.xn--zckzah',
      'ユーザー',
      'xn--r8jz45g.xn--zckzah',
    ],
    ['ana@eu.sub.acme.com', 'ana@eu.sub.acme.com', 'ana', 'eu.sub.acme.com'],
    ['ana@a-b.com', 'ana@a-b.com', 'ana', 'a-b.com'],
    ['ana@acme.xn--p1ai', 'ana@acme.xn--p1ai', 'ana', 'acme.xn--p1ai'],
  ])('%s', (input, email, local, domain) => {
    expect(parseEmail(input)).toEqual({ ok: true, email, local, domain });
  });

  test('a local part of exactly 64 octets and an address of exactly 254 characters', () => {
    const domain = `${long(63)}.${long(63)}.${long(63)}.${long(60)}`;
    expect(`a@${domain}`).toHaveLength(254);
    expect(parseEmail(`${long(64)}@${long(63)}.com`).ok).toBe(true);
    expect(parseEmail(`a@${domain}`)).toMatchObject({ ok: true, domain });
  });

  test('treats the Unicode and the punycode spelling of a domain as one domain', () => {
    const unicode = parseEmail('ana@bücher.de');
    const ascii = parseEmail('ana@xn--bcher-kva.de');
    expect(unicode.ok && ascii.ok && unicode.domain === ascii.domain).toBe(true);
  });
});

describe('parseEmail rejects', () => {
  const cases: [string, unknown, EmailError][] = [
    // not text
    ['undefined', undefined, 'not-a-string'],
    ['null', null, 'not-a-string'],
    ['a number', 42, 'not-a-string'],
    ['an object', { toString: () => 'ana@acme.com' }, 'not-a-string'],
    ['an array', ['ana@acme.com'], 'not-a-string'],
    ['a boxed string', Object('ana@acme.com'), 'not-a-string'],
    ['empty', '', 'empty'],
    ['only whitespace', ' \t\r\n', 'empty'],
    ['513 characters', `${long(500)}@acme.com`.padEnd(513, 'm'), 'too-long'],
    // invisible and reordering characters
    ['a zero-width space in the domain', 'ana@ac\u200Bme.com', 'forbidden-character'],
    ['a zero-width joiner in the local part', 'a\u200Dna@acme.com', 'forbidden-character'],
    ['a soft hyphen in the domain', 'ana@ac\u00ADme.com', 'forbidden-character'],
    ['a right-to-left override', 'ana@\u202Emoc.emca', 'forbidden-character'],
    ['a left-to-right isolate', 'ana@\u2066acme.com', 'forbidden-character'],
    ['a byte order mark', '\uFEFFana@acme.com', 'forbidden-character'],
    ['a NUL character', 'ana\u0000@acme.com', 'forbidden-character'],
    ['an escape character', 'ana@acme.com\u001B', 'forbidden-character'],
    ['DEL', 'ana@ac\u007Fme.com', 'forbidden-character'],
    ['a private-use character', 'ana@acme\uE000.com', 'forbidden-character'],
    ['a lone surrogate', 'ana\uD800@acme.com', 'forbidden-character'],
    ['a line separator', 'ana@acme.com\u2028x', 'whitespace'],
    // whitespace inside
    ['a space inside', 'ana maria@acme.com', 'whitespace'],
    ['a tab inside', 'ana@acme\t.com', 'whitespace'],
    ['a newline inside (header injection)', 'ana@acme.com\nBcc: x@evil.io', 'whitespace'],
    ['a no-break space', 'ana\u00A0@acme.com', 'whitespace'],
    ['an ideographic space', 'ana@acme.com\u3000x', 'whitespace'],
    // the @ sign
    ['no @', 'ana.acme.com', 'missing-at'],
    ['two @ (Lock routed this as acme.com)', 'a@acme.com@evil.io', 'multiple-at'],
    ['@ at both ends', '@ana@', 'multiple-at'],
    ['a fullwidth @ as the only @', 'ana＠acme.com', 'lookalike-at'],
    ['a fullwidth @ beside a real one', 'a＠acme.com@evil.io', 'lookalike-at'],
    ['a small @ (U+FE6B)', 'ana﹫acme.com', 'lookalike-at'],
    // quoting, lists, structure
    ['a quoted local part', '"ana maria"@acme.com', 'whitespace'],
    ['a quoted local part without spaces', '"ana"@acme.com', 'quoted-local-part'],
    ['a quoted @', '"a@b"@acme.com', 'quoted-local-part'],
    ['a comma list', 'ana@acme.com,eve@evil.io', 'comma'],
    ['a comma in the local part', 'ana,eve@acme.com', 'comma'],
    ['a display name', 'Ana <ana@acme.com>', 'whitespace'],
    ['angle brackets', '<ana@acme.com>', 'invalid-local-part'],
    ['an empty local part', '@acme.com', 'invalid-local-part'],
    ['a leading dot', '.ana@acme.com', 'invalid-local-part'],
    ['a trailing dot in the local part', 'ana.@acme.com', 'invalid-local-part'],
    ['a double dot', 'ana..maria@acme.com', 'invalid-local-part'],
    ['a comment', 'ana(comment)@acme.com', 'invalid-local-part'],
    ['a backslash', 'ana\\@acme.com', 'invalid-local-part'],
    ['HTML in the local part', '<script>@acme.com', 'invalid-local-part'],
    ['65 octets', `${long(65)}@acme.com`, 'local-part-too-long'],
    ['33 two-octet characters', `${long(33, 'é')}@acme.com`, 'local-part-too-long'],
    // the domain
    ['an empty domain', 'ana@', 'empty-label'],
    ['an IPv4 literal', 'ana@[192.168.0.1]', 'ip-literal'],
    ['an IPv6 literal', 'ana@[IPv6:::1]', 'ip-literal'],
    ['a bare IPv4 address', 'ana@127.0.0.1', 'ip-literal'],
    ['a single label', 'ana@localhost', 'single-label-domain'],
    ['a trailing dot', 'ana@acme.com.', 'trailing-dot'],
    ['a leading dot', 'ana@.acme.com', 'empty-label'],
    ['an empty label', 'ana@acme..com', 'empty-label'],
    ['a fullwidth dot making an empty label', 'ana@acme．．com', 'empty-label'],
    ['a leading hyphen', 'ana@-acme.com', 'hyphen-at-label-edge'],
    ['a trailing hyphen', 'ana@acme-.com', 'hyphen-at-label-edge'],
    ['a 64-character label', `ana@${long(64)}.com`, 'label-too-long'],
    ['an all-digit top-level domain', 'ana@acme.123', 'numeric-top-level-domain'],
    ['a hex top-level domain the URL parser reads as a number', 'ana@acme.0x10', 'invalid-domain'],
    ['an underscore', 'ana@ac_me.com', 'invalid-domain'],
    ['a percent-encoded domain', 'ana@ex%61mple.com', 'invalid-domain'],
    ['a port', 'ana@acme.com:443', 'invalid-domain'],
    ['a path', 'ana@acme.com/evil', 'invalid-domain'],
    ['a query', 'ana@acme.com?x=1', 'invalid-domain'],
    ['HTML in the domain', 'ana@<b>acme</b>.com', 'invalid-domain'],
    ['invalid punycode', 'ana@xn--a.com', 'invalid-domain'],
    [
      'a domain over 253 characters',
      `a@${long(63)}.${long(63)}.${long(63)}.${long(63)}`,
      'domain-too-long',
    ],
    [
      'an address over 254 characters',
      `${long(64)}@${long(63)}.${long(63)}.${long(61)}.com`,
      'address-too-long',
    ],
  ];

  test.each(cases)('%s', (_name, input, error) => {
    expect(parseEmail(input)).toEqual({ ok: false, error });
  });

  test('a 1 MB input (its cost is measured by npm run bench)', () => {
    expect(parseEmail(`${'a'.repeat(1_000_000)}@acme.com`)).toEqual({
      ok: false,
      error: 'too-long',
    });
  });
});

describe('look-alike domains stay distinct', () => {
  test.each([
    ['Cyrillic а', 'ana@аcme.com'],
    ['Greek ο', 'ana@acmе.cοm'],
    ['a hyphenated neighbour', 'ana@evil-acme.com'],
    ['acme as a subdomain of another domain', 'ana@acme.com.evil.io'],
  ])('%s is not acme.com', (_name, input) => {
    const result = parseEmail(input);
    expect(result.ok && result.domain === 'acme.com').toBe(false);
  });
});

describe('properties', () => {
  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/);
  const domain = fc
    .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/))
    .map(([labels, tld]) => [...labels, tld].join('.'));
  const local = fc.stringMatching(/^[A-Za-z0-9_+-]{1,20}(\.[A-Za-z0-9_+-]{1,20})?$/);

  test('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseEmail(input);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (input) => {
        expect(typeof parseEmail(input).ok).toBe('boolean');
      }),
    );
  });

  test('canonicalisation is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), domain, (text, host) => {
        for (const input of [text, `${text}@${host}`, `ana@${text}.${host}`]) {
          const first = parseEmail(input);
          if (!first.ok) continue;
          expect(parseEmail(first.email)).toEqual(first);
        }
      }),
    );
  });

  test('keeps the local part and lowercases the domain of valid addresses', () => {
    fc.assert(
      fc.property(local, domain, fc.boolean(), (name, host, upper) => {
        const typed = `${name}@${upper ? host.toUpperCase() : host}`;
        expect(parseEmail(typed)).toEqual({
          ok: true,
          email: `${name}@${host}`,
          local: name,
          domain: host,
        });
      }),
    );
  });

  test('an inserted invisible character is always rejected', () => {
    const invisible = fc.constantFrom(
      '\u200B',
      '\u00AD',
      '\u202E',
      '\u2060',
      '\uFEFF',
      '\u0000',
      '\u200E',
    );
    fc.assert(
      fc.property(local, domain, invisible, fc.nat(), (name, host, character, at) => {
        const address = `${name}@${host}`;
        const position = 1 + (at % (address.length - 1));
        const tampered = address.slice(0, position) + character + address.slice(position);
        expect(parseEmail(tampered)).toEqual({ ok: false, error: 'forbidden-character' });
      }),
    );
  });
});
