// Readers for values that come from an ID token, or from anything else the app
// did not build itself. They read own properties only, never consult prototypes
// and never throw on odd data; only a getter or a Proxy trap that throws can make
// them throw, and callers catch that.

import { isRecord } from '../internal/is-record.js';

const { getPrototypeOf, hasOwn, keys } = Object;

/**
 * Lists and maps with more entries than this are ignored whole. A hostile sparse
 * array can claim a length of 2³² − 1 without using memory; walking it would
 * freeze the page. Real claims stay far below: Auth0 caps custom claims at 100 KB.
 */
export const MAX_CLAIM_ENTRIES = 100_000;

/** Claims that arrive as JSON text are parsed only up to this many characters (Auth0's 100 KB cap). */
export const MAX_JSON_CLAIM_LENGTH = 100 * 1024;

/**
 * The value of an own property; `undefined` for inherited or missing keys, so a
 * polluted `Object.prototype` can never supply one.
 */
export function ownValue(target: object, key: PropertyKey): unknown {
  // Reading through a property descriptor would skip getters too, but costs twice
  // as much at 10,000 tenants; JSON never produces getters, and each value is read
  // once, so a getter cannot answer one way when checked and another when used.
  return hasOwn(target, key) ? (target as Record<PropertyKey, unknown>)[key] : undefined;
}

/** A plain object (as JSON produces), not an array, a class instance, a boxed value or a Map. */
export function isPlainRecord(value: unknown): value is object {
  if (!isRecord(value)) return false;
  const prototype: unknown = getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Own enumerable string keys in property order, or `null` past {@link MAX_CLAIM_ENTRIES}. */
export function ownKeys(record: object): string[] | null {
  const list = keys(record);
  return list.length <= MAX_CLAIM_ENTRIES ? list : null;
}

/**
 * Some pipelines store a claim as JSON text instead of an object; such text is
 * parsed once, up to {@link MAX_JSON_CLAIM_LENGTH} characters. `JSON.parse` turns
 * a `"__proto__"` key into an ordinary own property, so parsing cannot pollute.
 * Text that is too long or not JSON reads as `undefined`; other values pass through.
 */
export function decodeJsonText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (value.length > MAX_JSON_CLAIM_LENGTH) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** A non-empty string, kept exactly as given (no trimming, no case folding), else `null`. */
export function readString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The non-empty strings of an array, in order; other entries are dropped. Anything
 * that is not an array, or is longer than {@link MAX_CLAIM_ENTRIES}, reads as `[]`.
 */
export function readStringList(value: unknown): string[] {
  const strings: string[] = [];
  if (!Array.isArray(value) || value.length > MAX_CLAIM_ENTRIES) return strings;
  const length = value.length;
  for (let index = 0; index < length; index += 1) {
    const item = readString(ownValue(value, index));
    if (item !== null) strings.push(item);
  }
  return strings;
}
