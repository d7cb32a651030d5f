import { parseInput } from './characters.js';
import type { EmailError } from './parse-email.js';

/**
 * Why a domain is not one tenantkit accepts (the domain subset of {@link EmailError}).
 *
 * @example
 * ```ts
 * const result = parseDomain('192.168.0.1');
 * if (!result.ok) console.log(result.error); // 'ip-literal'
 * ```
 */
export type DomainError = Extract<
  EmailError,
  | 'not-a-string'
  | 'empty'
  | 'too-long'
  | 'forbidden-character'
  | 'whitespace'
  | 'ip-literal'
  | 'invalid-domain'
  | 'single-label-domain'
  | 'empty-label'
  | 'trailing-dot'
  | 'label-too-long'
  | 'hyphen-at-label-edge'
  | 'domain-too-long'
  | 'numeric-top-level-domain'
>;

/**
 * The result of {@link parseDomain}: the canonical domain, or an error code.
 *
 * @example
 * ```ts
 * const result: ParseDomainResult = parseDomain('Acme.COM');
 * if (result.ok) console.log(result.domain); // 'acme.com'
 * ```
 */
export type ParseDomainResult =
  | { readonly ok: true; readonly domain: string }
  | { readonly ok: false; readonly error: DomainError };

type Canonical = Extract<ParseDomainResult, { ok: true }>;

// Before IDNA mapping: ASCII letters, digits, hyphens and dots, or any
// non-ASCII character (the IDNA mapping decides about those; surrogate pairs
// pass as two non-ASCII units, lone ones are forbidden already). Everything
// else in ASCII (`_`, `%`, `/`, `:`, `<` ...) is refused here, because the URL
// parser used for the mapping would otherwise decode or tolerate it.
const DOMAIN_CHARACTERS = /^[a-z\d.\x80-\uffff-]*$/i;
// UTS #46 treats these as label separators too (ideographic and fullwidth full stops).
const LABEL_SEPARATORS = /[.\u3002\uFF0E\uFF61]/;

/**
 * Canonicalises a domain exactly as {@link parseEmail} canonicalises the
 * domain of an address: IDNA to lowercase ASCII, so `Bücher.DE` and
 * `xn--bcher-kva.de` are one domain. Rejects IP literals, single-label
 * domains, empty labels and a trailing dot, labels over 63 characters or with
 * a hyphen at either edge, domains over 253 characters and all-digit
 * top-level domains. Never throws; the result is idempotent.
 *
 * @example
 * ```ts
 * parseDomain('Bücher.DE'); // { ok: true, domain: 'xn--bcher-kva.de' }
 * parseDomain('intranet'); // { ok: false, error: 'single-label-domain' }
 * ```
 */
export function parseDomain(input: unknown): ParseDomainResult {
  return parseInput<Canonical, DomainError>(input, canonicalizeDomain);
}

/**
 * The domain part of {@link parseDomain}, for text that is already trimmed and
 * free of forbidden characters (as the domain of a checked address is); gives
 * an error code rather than a failed result.
 */
export function canonicalizeDomain(text: string): Canonical | DomainError {
  if (text[0] === '[') return 'ip-literal';
  // An empty text passes, for checkLabels to call it an empty label.
  if (!DOMAIN_CHARACTERS.test(text)) return 'invalid-domain';
  const structureError = checkLabels(text.split(LABEL_SEPARATORS));
  if (structureError) return structureError;

  // The WHATWG URL host parser implements UTS #46 (the IDNA mapping browsers
  // use) in every runtime tenantkit supports, so the kit needs no punycode code.
  let ascii: string;
  try {
    ascii = new URL(`http://${text}`).hostname;
  } catch {
    return 'invalid-domain';
  }
  // IDNA mapping can change labels (a fullwidth full stop becomes a dot,
  // ligatures expand), so every rule is checked again on what comes out.
  return (
    checkLabels(ascii.split('.')) ??
    (/[^a-z\d.-]/.test(ascii)
      ? 'invalid-domain'
      : ascii.length > 253
        ? 'domain-too-long'
        : { ok: true, domain: ascii })
  );
}

const isDigits = (label: string) => /^\d+$/.test(label);

function checkLabels(labels: readonly string[]): DomainError | undefined {
  const last = labels.at(-1) ?? '';
  if (labels.includes('')) return !last && labels.length > 1 ? 'trailing-dot' : 'empty-label';
  if (labels.length < 2) return 'single-label-domain';
  if (labels.every(isDigits)) return 'ip-literal';
  if (isDigits(last)) return 'numeric-top-level-domain';
  for (const label of labels) {
    if (label.length > 63) return 'label-too-long';
    if (/^-|-$/.test(label)) return 'hyphen-at-label-edge';
  }
  return undefined;
}
