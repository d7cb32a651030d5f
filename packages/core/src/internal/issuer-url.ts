import { invalidOption } from './read-milliseconds.js';

/**
 * Checks an identity provider's `issuer` option at setup and returns its base
 * URL without a trailing slash, ready for `${base}/path`. Accepts `http:` (for
 * a local identity provider such as `http://localhost:4000`) and `https:`.
 *
 * @example
 * ```ts
 * issuerBaseUrl('https://tenant.auth0.com/'); // 'https://tenant.auth0.com'
 * ```
 */
export function issuerBaseUrl(issuer: unknown): string {
  try {
    const url = new URL(issuer as string);
    if (
      typeof issuer === 'string' &&
      /^https?:$/.test(url.protocol) &&
      !(url.username + url.password + url.search + url.hash)
    ) {
      return url.origin + url.pathname.replace(/\/+$/, '');
    }
  } catch {
    // Reported below, with every other unusable issuer.
  }
  return invalidOption(
    'issuer',
    'an http(s) URL such as https://tenant.auth0.com, without credentials, query or fragment',
  );
}
