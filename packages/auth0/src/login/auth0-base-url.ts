/**
 * The base URL of an Auth0 domain, as auth0-spa-js builds it: a domain with a
 * scheme (`http://localhost:4000`) is used as given, one without becomes
 * `https://<domain>`; no trailing slash, so `${base}/co/authenticate` is right.
 *
 * @throws TypeError naming `option` (by default the realm sources' domain
 * option) when the domain is not a usable URL.
 *
 * @example
 * ```ts
 * auth0BaseUrl('tenant.eu.auth0.com'); // 'https://tenant.eu.auth0.com'
 * auth0BaseUrl('http://localhost:4000/'); // 'http://localhost:4000'
 * ```
 */
export function auth0BaseUrl(domain: unknown, option = 'useAuth0RealmResolver: `domain`'): string {
  try {
    // A non-string has no `trim`: it throws, and is reported below.
    const text = (domain as string).trim();
    // A scheme is kept (and checked below); `https://` alone (an empty domain) does not parse.
    const url = new URL(text.includes('://') ? text : `https://${text}`);
    const base = url.origin + url.pathname;
    // Only http(s) origins start so; credentials, a query or a fragment would also be in `href`.
    if (/^https?:/.test(base) && url.href === base) return base.replace(/\/+$/, '');
  } catch {
    // Reported below, with every other unusable domain.
  }
  throw new TypeError(
    `${option} must be an Auth0 domain such as "tenant.auth0.com", got ${JSON.stringify(domain)}`,
  );
}
