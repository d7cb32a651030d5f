import { parseInput } from './characters.js';
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

// RFC 5322 atext plus dots, and any non-ASCII character (RFC 6531), written as
// what is left out: the ASCII specials that the earlier checks have not refused
// already (whitespace, control characters, `"`, `,` and `@` never get here).
const NOT_IN_LOCAL_PART = /[():;<>[\\\]]/;

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
  return parseInput<ParsedEmail, EmailError>(input, (text) => {
    if (text.includes(',')) return 'comma';
    if (text.includes('"')) return 'quoted-local-part';

    const parts = text.split('@');
    // ＠ (U+FF20) and ﹫ (U+FE6B) become `@` under NFKC: another system that
    // normalises would then see a different split than we did.
    if (text.normalize('NFKC').split('@').length !== parts.length) return 'lookalike-at';
    if (parts.length !== 2) return parts.length < 2 ? 'missing-at' : 'multiple-at';

    const [local, domain] = parts as [string, string];
    // Splitting on dots finds an empty local part and leading, trailing or double dots.
    if (NOT_IN_LOCAL_PART.test(local) || local.split('.').includes('')) {
      return 'invalid-local-part';
    }
    // Lone surrogates are forbidden characters already, so the encoding is exact.
    if (new TextEncoder().encode(local).length > 64) return 'local-part-too-long';
    const result = canonicalizeDomain(domain);
    if (typeof result === 'string') return result;

    const email = `${local}@${result.domain}`;
    return email.length > 254
      ? 'address-too-long'
      : { ok: true, email, local, domain: result.domain };
  });
}
