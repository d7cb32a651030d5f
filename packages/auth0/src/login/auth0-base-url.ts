/**
 * The base URL of an Auth0 domain, as auth0-spa-js builds it: a domain with a
 * scheme (`http://localhost:4000`) is used as given, one without becomes
 * `https://<domain>`; no trailing slash, so `${base}/co/authenticate` is right.
 *
 * @throws TypeError naming `option` when the domain is not a usable URL.
 *
 * @example
 * ```ts
 * auth0BaseUrl('tenant.eu.auth0.com'); // 'https://tenant.eu.auth0.com'
 * auth0BaseUrl('http://localhost:4000/'); // 'http://localhost:4000'
 * ```
 */
export function auth0BaseUrl(domain: unknown, option = 'domain'): string {
  const text = typeof domain === 'string' ? domain.trim() : '';
  let url: URL | undefined;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    // Reported below, with every other unusable domain.
  }
  if (
    !text ||
    !url ||
    !/^https?:$/.test(url.protocol) ||
    url.username ||
    url.password ||
    url.search ||
    url.hash
  ) {
    throw new TypeError(
      `${option} must be an Auth0 domain such as "tenant.auth0.com", got ${JSON.stringify(domain)}`,
    );
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}
