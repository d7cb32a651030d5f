import { checkCharacters, MAX_INPUT_LENGTH, trimAsciiWhitespace } from './characters.js';
import { canonicalizeDomain } from './parse-domain.js';

/**
 * Why an input is not an email address tenantkit accepts. The codes are stable,
 * so the UI can map each one to its own message.
 *
 * @example
 * ```ts
 * const messages: Partial<Record<EmailError, string>> = {
 *   'missing-at': 'Add an @ and your company domain.',
 *   'single-label-domain': 'Use your full work domain, like acme.com.',
 * };
 * ```
 */
export type EmailError =
  | 'not-a-string'
  | 'empty'
  | 'too-long'
  | 'forbidden-character'
  | 'whitespace'
  | 'missing-at'
  | 'multiple-at'
  | 'lookalike-at'
  | 'quoted-local-part'
  | 'comma'
  | 'invalid-local-part'
  | 'local-part-too-long'
  | 'address-too-long'
  | 'ip-literal'
  | 'invalid-domain'
  | 'single-label-domain'
  | 'empty-label'
  | 'trailing-dot'
  | 'label-too-long'
  | 'hyphen-at-label-edge'
  | 'domain-too-long'
  | 'numeric-top-level-domain';

/**
 * A parsed email: `domain` is lowercase ASCII (punycode), `local` keeps its case.
 *
 * @example
 * ```ts
 * const parsed = parseEmail('Ana@Acme.COM');
 * if (parsed.ok) console.log(parsed.local, parsed.domain); // 'Ana' 'acme.com'
 * ```
 */
export interface ParsedEmail {
  readonly ok: true;
  /** `local@domain`, the canonical form to send as a login hint. */
  readonly email: string;
  readonly local: string;
  readonly domain: string;
}

/**
 * The result of {@link parseEmail}: the parsed email, or an error code.
 *
 * @example
 * ```ts
 * const result: ParseEmailResult = parseEmail('ana@@acme.com');
 * if (!result.ok) console.log(result.error); // 'multiple-at'
 * ```
 */
export type ParseEmailResult = ParsedEmail | { readonly ok: false; readonly error: EmailError };

const MAX_LOCAL_OCTETS = 64;
const MAX_ADDRESS_LENGTH = 254;
// RFC 5322 atext plus dots; any non-ASCII character is allowed too (RFC 6531),
// once control, format and whitespace characters have been ruled out.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\u0080-\u{10FFFF}-]+$/u;

/**
 * Parses what a user typed as their email, strictly enough that routing by
 * its domain is safe. It never throws: any input gives a result.
 *
 * Rejected, each with its own {@link EmailError}: non-strings; inputs over 512
 * characters (checked before any pattern runs, so a 1 MB input costs nothing);
 * control, format and bidirectional characters (zero-width space, soft hyphen,
 * U+202E...); inner whitespace; anything but exactly one `@`, including an `@`
 * that only appears after Unicode compatibility normalisation (fullwidth `＠`);
 * quoted local parts; commas; local parts over 64 octets or with leading,
 * trailing or double dots; IP literals; and every domain that
 * {@link parseDomain} rejects. The domain comes out as lowercase ASCII
 * (IDNA), the local part keeps its case.
 *
 * @example
 * ```ts
 * const result = parseEmail('  Ana@Bücher.DE ');
 * if (result.ok) result.email; // 'Ana@xn--bcher-kva.de'
 * parseEmail('a@acme.com@evil.io'); // { ok: false, error: 'multiple-at' }
 * ```
 */
export function parseEmail(input: unknown): ParseEmailResult {
  if (typeof input !== 'string') return fail('not-a-string');
  if (input.length > MAX_INPUT_LENGTH) return fail('too-long');
  const text = trimAsciiWhitespace(input);
  if (text === '') return fail('empty');
  const characterError = checkCharacters(text);
  if (characterError) return fail(characterError);
  if (text.includes(',')) return fail('comma');
  if (text.includes('"')) return fail('quoted-local-part');

  const at = text.indexOf('@');
  const atCount = text.split('@').length - 1;
  // ＠ (U+FF20) and ﹫ (U+FE6B) become `@` under NFKC: another system that
  // normalises would then see a different split than we did.
  if (text.normalize('NFKC').split('@').length - 1 !== atCount) return fail('lookalike-at');
  if (atCount === 0) return fail('missing-at');
  if (atCount > 1) return fail('multiple-at');

  const local = text.slice(0, at);
  const domainResult = canonicalizeDomain(text.slice(at + 1));
  const localError = checkLocalPart(local);
  if (localError) return fail(localError);
  if (!domainResult.ok) return domainResult;

  const email = `${local}@${domainResult.domain}`;
  if (email.length > MAX_ADDRESS_LENGTH) return fail('address-too-long');
  return { ok: true, email, local, domain: domainResult.domain };
}

function checkLocalPart(local: string): EmailError | undefined {
  if (local === '' || !LOCAL_PART.test(local)) return 'invalid-local-part';
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return 'invalid-local-part';
  }
  // Lone surrogates are forbidden characters already, so the encoding is exact.
  if (new TextEncoder().encode(local).length > MAX_LOCAL_OCTETS) return 'local-part-too-long';
  return undefined;
}

function fail(error: EmailError): { readonly ok: false; readonly error: EmailError } {
  return { ok: false, error };
}
