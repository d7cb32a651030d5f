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
  const expected = `${option} must be an http(s) URL such as https://tenant.auth0.com`;
  if (typeof issuer !== 'string') throw new TypeError(`${expected}, got ${typeof issuer}`);
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new TypeError(`${expected}, got ${JSON.stringify(issuer)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`${expected}, got ${JSON.stringify(issuer)}`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new TypeError(`${option} must not carry credentials, a query or a fragment`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}
