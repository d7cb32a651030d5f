import { checkCharacters, MAX_INPUT_LENGTH, trimAsciiWhitespace } from './characters.js';
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

const MAX_DOMAIN_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
// Before IDNA mapping: ASCII letters, digits, hyphens and dots, or any
// non-ASCII character (the IDNA mapping decides about those). Everything else
// in ASCII (`_`, `%`, `/`, `:`, `<` ...) is refused here, because the URL parser
// used for the mapping would otherwise decode or tolerate it.
const DOMAIN_CHARACTERS = /^[A-Za-z0-9.\u0080-\u{10FFFF}-]+$/u;
const ASCII_LABEL = /^[a-z0-9-]+$/;
const DIGITS = /^[0-9]+$/;
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
  if (typeof input !== 'string') return { ok: false, error: 'not-a-string' };
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, error: 'too-long' };
  const text = trimAsciiWhitespace(input);
  if (text === '') return { ok: false, error: 'empty' };
  const characterError = checkCharacters(text);
  if (characterError) return { ok: false, error: characterError };
  return canonicalizeDomain(text);
}

/**
 * The domain part of {@link parseDomain}, for text that is already trimmed and
 * free of forbidden characters (as the domain of a checked address is).
 */
export function canonicalizeDomain(text: string): ParseDomainResult {
  if (text === '') return { ok: false, error: 'empty-label' };
  if (text.startsWith('[')) return { ok: false, error: 'ip-literal' };
  if (!DOMAIN_CHARACTERS.test(text)) return { ok: false, error: 'invalid-domain' };
  const structureError = checkLabels(text.split(LABEL_SEPARATORS));
  if (structureError) return { ok: false, error: structureError };

  const ascii = toAscii(text);
  if (ascii === undefined) return { ok: false, error: 'invalid-domain' };
  // IDNA mapping can change labels (a fullwidth full stop becomes a dot,
  // ligatures expand), so every rule is checked again on what comes out.
  const labels = ascii.split('.');
  const asciiError = checkLabels(labels);
  if (asciiError) return { ok: false, error: asciiError };
  if (!labels.every((label) => ASCII_LABEL.test(label))) {
    return { ok: false, error: 'invalid-domain' };
  }
  if (ascii.length > MAX_DOMAIN_LENGTH) return { ok: false, error: 'domain-too-long' };
  return { ok: true, domain: ascii };
}

function checkLabels(labels: readonly string[]): DomainError | undefined {
  if (labels.length >= 2 && labels.at(-1) === '') return 'trailing-dot';
  if (labels.some((label) => label === '')) return 'empty-label';
  if (labels.length < 2) return 'single-label-domain';
  if (labels.every((label) => DIGITS.test(label))) return 'ip-literal';
  if (DIGITS.test(labels.at(-1) ?? '')) return 'numeric-top-level-domain';
  for (const label of labels) {
    if (label.length > MAX_LABEL_LENGTH) return 'label-too-long';
    if (label.startsWith('-') || label.endsWith('-')) return 'hyphen-at-label-edge';
  }
  return undefined;
}

// The WHATWG URL host parser implements UTS #46 (the IDNA mapping browsers
// use) in every runtime tenantkit supports, so the kit needs no punycode code.
function toAscii(domain: string): string | undefined {
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return undefined;
  }
}
