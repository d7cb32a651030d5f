import type { Directory } from '../seed/directory.js';

/**
 * Turns Auth0's `/v2/logout?client_id=…&returnTo=…` into the OpenID Connect
 * request oidc-provider serves at the same path: `returnTo` becomes
 * `post_logout_redirect_uri` (still checked against the client's allowed logout
 * URLs). Without `returnTo` the client's first logout URL is used, and without
 * `client_id` the client that lists `returnTo`, as Auth0 does.
 *
 * @example
 * ```ts
 * req.url = auth0LogoutToOidc(url, directory);
 * ```
 */
export function auth0LogoutToOidc(url: URL, directory: Directory): string {
  const returnTo = url.searchParams.get('returnTo') ?? undefined;
  const clientId =
    url.searchParams.get('client_id') ??
    (returnTo === undefined
      ? undefined
      : directory.clients.find((client) => client.logoutUrls.includes(returnTo))?.clientId);
  const query = new URLSearchParams();
  if (clientId !== undefined) {
    query.set('client_id', clientId);
    const target = returnTo ?? directory.client(clientId)?.logoutUrls[0];
    if (target !== undefined) query.set('post_logout_redirect_uri', target);
  }
  const search = query.toString();
  return search === '' ? url.pathname : `${url.pathname}?${search}`;
}
