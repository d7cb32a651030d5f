/**
 * Checks an identity provider's issuer at setup and returns its base URL
 * without a trailing slash, ready for `${base}/path`. Accepts `http:` (for a
 * local identity provider such as `http://localhost:4000`) and `https:`.
 *
 * @example
 * ```ts
 * issuerBaseUrl('https://tenant.auth0.com/', 'issuer'); // 'https://tenant.auth0.com'
 * ```
 */
export function issuerBaseUrl(issuer: unknown, option: string): string {
  let url: URL | undefined;
  try {
    url = new URL(issuer as string);
  } catch {
    // Reported below, with every other unusable issuer.
  }
  if (
    typeof issuer !== 'string' ||
    !url ||
    !/^https?:$/.test(url.protocol) ||
    url.username ||
    url.password ||
    url.search ||
    url.hash
  ) {
    throw new TypeError(
      `${option} must be an http(s) URL such as https://tenant.auth0.com, without credentials, query or fragment`,
    );
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}
