const PLACEHOLDER_ORIGIN = 'https://return-to.invalid';

/**
 * A path on this origin: one leading slash, then no backslash (browsers read
 * `/\evil.example` as `//evil.example`), C0 control or DEL (URL parsers drop
 * tabs and newlines: `/`, a tab, `/evil.example` becomes `//evil.example`).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const SAFE_PATH = /^\/(?!\/)[^\0-\x1f\x7f\\]*$/;

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
  if (typeof value === 'string' && value.length <= 2048) {
    try {
      // Every decoding must be a safe path too; still changing after five, it is
      // refused: nobody encodes a path that deeply by accident.
      for (let path = value, round = 0; round < 5; round += 1) {
        // The URL parser is the final judge: what follows the origin the path is
        // resolved against must be a safe path too. It is not when the origin
        // changed, or when the path normalised into `//host` (`/.//evil.example` does).
        const resolved = new URL(path, PLACEHOLDER_ORIGIN).href.replace(PLACEHOLDER_ORIGIN, '');
        if (!SAFE_PATH.test(path) || !SAFE_PATH.test(resolved)) break;
        const decoded = decodeURIComponent(path);
        if (decoded === path) return value;
        path = decoded;
      }
    } catch {
      // A malformed encoding, or a path the URL parser refuses.
    }
  }
  return fallback;
}
