const MAX_LENGTH = 2048;
const MAX_DECODINGS = 4;
const PLACEHOLDER_ORIGIN = 'https://return-to.invalid';

/**
 * Keeps a post-login destination only if it is a path on this origin:
 * `/settings?tab=2#top` passes; `//evil.example`, `/\evil.example`,
 * `https://evil.example`, `javascript:alert(1)`, and their percent-encoded,
 * double-encoded and whitespace-smuggled variants give `fallback`. Anything
 * that is not a string, or longer than 2048 characters, gives `fallback` too.
 *
 * @example
 * ```ts
 * safeReturnTo(new URLSearchParams(location.search).get('returnTo')); // '/' unless a safe path
 * safeReturnTo('/%2F%2Fevil.example'); // '/'
 * ```
 */
export function safeReturnTo(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return fallback;
  let decoded = value;
  for (let round = 0; round <= MAX_DECODINGS; round += 1) {
    if (!isSafePath(decoded)) return fallback;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (next === decoded) return value;
    decoded = next;
  }
  // Still changing after several decodings: nobody encodes a path that deeply by accident.
  return fallback;
}

/**
 * Backslashes (browsers read `/\evil.example` as `//evil.example`), C0 controls
 * and DEL (URL parsers drop tabs and newlines: `/`, a tab, `/evil.example`
 * becomes `//evil.example`).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const UNSAFE_CHARACTER = /[\0-\x1f\x7f\\]/;

function isSafePath(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//') || UNSAFE_CHARACTER.test(path)) return false;
  // The URL parser is the final judge: the path must stay on the origin it is
  // resolved against, and not normalise into `//host` (`/.//evil.example` does).
  try {
    const url = new URL(path, PLACEHOLDER_ORIGIN);
    return url.origin === PLACEHOLDER_ORIGIN && !url.pathname.startsWith('//');
  } catch {
    return false;
  }
}
