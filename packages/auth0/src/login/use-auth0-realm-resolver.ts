import { createWebFingerResolver, type DiscoveryFetch, type RealmResolver } from '@tenantkit/core';
import { useState } from 'react';
import { auth0BaseUrl } from './auth0-base-url.js';

/**
 * Where home realm discovery looks a domain up: a function that receives the
 * resolver's options (the Auth0 domain, client id, fetch...) and returns the
 * `RealmResolver` to use. It is called once per mount. Built in:
 * {@link webFingerDiscovery} (the default) and `clientInfoDiscovery`. Your
 * own: `() => createDirectoryResolver(directory)`, or `() => askMyBackend`.
 * Only the sources an app imports ship with it.
 *
 * @example
 * ```ts
 * const source: Auth0RealmSource = () => async (email) => (await api.realmOf(email)) as Realm;
 * ```
 */
export type Auth0RealmSource = (options: Auth0RealmResolverOptions) => RealmResolver;

/**
 * Options of {@link useAuth0RealmResolver}.
 *
 * @example
 * ```ts
 * const options: Auth0RealmResolverOptions = { domain: 'tenant.auth0.com' };
 * ```
 */
export interface Auth0RealmResolverOptions {
  /** Where discovery looks domains up. Default {@link webFingerDiscovery}. */
  readonly source?: Auth0RealmSource | undefined;
  /** The Auth0 domain, for `webFingerDiscovery` and `clientInfoDiscovery`. */
  readonly domain?: string | undefined;
  /** The application's client id, for `clientInfoDiscovery`. */
  readonly clientId?: string | undefined;
  /**
   * The database connection of domains no enterprise connection claims.
   * `webFingerDiscovery` defaults it to `Username-Password-Authentication`;
   * `clientInfoDiscovery` to the client info's first database connection.
   */
  readonly passwordConnection?: string | undefined;
  /** Replaces `globalThis.fetch` for network sources (tests). */
  readonly fetch?: DiscoveryFetch | undefined;
  /** How long a network lookup may take. */
  readonly timeoutMs?: number | undefined;
}

/**
 * Auth0's default database connection name.
 *
 * @example
 * ```ts
 * useAuth0RealmResolver({ domain, passwordConnection: DEFAULT_DATABASE_CONNECTION });
 * ```
 */
export const DEFAULT_DATABASE_CONNECTION = 'Username-Password-Authentication';

/**
 * Auth0 Enterprise Connect discovery (the default source): a WebFinger request
 * to the Auth0 `domain` for the email's domain only. Federated domains are
 * `sso` (Auth0 picks the connection from the login hint), others `password`
 * on `passwordConnection`. The domain list stays private to Auth0.
 *
 * @throws TypeError at setup when `domain` is missing or malformed.
 *
 * @example
 * ```tsx
 * <Auth0EmailFirstLogin domain="tenant.auth0.com" clientId="abc123" realmSource={webFingerDiscovery} />
 * ```
 */
export const webFingerDiscovery: Auth0RealmSource = (options) =>
  createWebFingerResolver({
    ...options,
    issuer: auth0BaseUrl(options.domain),
    passwordConnection: options.passwordConnection ?? DEFAULT_DATABASE_CONNECTION,
  });

/**
 * A memoised `RealmResolver` for the login flow, created once per mount from
 * `source`. Use it inside `<Auth0Provider>`'s tree or anywhere else: it does
 * not read the Auth0 context. Lookups are not cached: a login asks once per
 * submitted email (and `discoverWhileTyping` hands its lookup to the submit).
 * To keep answers across submits, wrap the source's resolver in `withRealmCache`.
 *
 * @throws TypeError at setup when the source, or an option it needs, is missing or malformed.
 *
 * @example
 * ```tsx
 * const resolveRealm = useAuth0RealmResolver({ domain: 'tenant.auth0.com' });
 * const fromClientInfo = useAuth0RealmResolver({ source: clientInfoDiscovery, domain, clientId });
 * const cached = useAuth0RealmResolver({
 *   source: (options) => withRealmCache(webFingerDiscovery(options)),
 *   domain: 'tenant.auth0.com',
 * });
 * ```
 */
export function useAuth0RealmResolver(options: Auth0RealmResolverOptions): RealmResolver {
  return useState(() => {
    const { source = webFingerDiscovery } = options;
    // Checked at run time too: JavaScript callers bypass the types, and the
    // sources were strings and objects before.
    const created: unknown = typeof source === 'function' && source(options);
    if (typeof created !== 'function') {
      throw new TypeError('useAuth0RealmResolver: `source` must return a RealmResolver');
    }
    return created as RealmResolver;
  })[0];
}
