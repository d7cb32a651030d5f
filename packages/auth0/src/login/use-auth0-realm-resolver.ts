import {
  createClientInfoResolver,
  createDirectoryResolver,
  createWebFingerResolver,
  withRealmCache,
  type Directory,
  type DiscoveryFetch,
  type RealmCacheOptions,
  type RealmResolver,
} from '@tenantkit/core';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { auth0BaseUrl } from './auth0-base-url.js';

/**
 * Where home realm discovery looks a domain up:
 * - `'webfinger'`: Auth0 Enterprise Connect discovery; the domain list stays private.
 * - `'client-info'`: Lock's public client info (every enterprise domain of the application).
 * - a {@link Directory} the app configures.
 * - an async function of the app's own (e.g. asking its backend).
 *
 * @example
 * ```ts
 * const source: Auth0RealmSource = async (email) => (await api.realmOf(email)) as Realm;
 * ```
 */
export type Auth0RealmSource = 'webfinger' | 'client-info' | Directory | RealmResolver;

/**
 * Options of {@link useAuth0RealmResolver}.
 *
 * @example
 * ```ts
 * const options: Auth0RealmResolverOptions = { source: 'webfinger', domain: 'tenant.auth0.com' };
 * ```
 */
export interface Auth0RealmResolverOptions {
  readonly source: Auth0RealmSource;
  /** The Auth0 domain, for `'webfinger'` and `'client-info'`. */
  readonly domain?: string | undefined;
  /** The application's client id, for `'client-info'`. */
  readonly clientId?: string | undefined;
  /**
   * The database connection of domains no enterprise connection claims.
   * `'webfinger'` defaults it to `Username-Password-Authentication`;
   * `'client-info'` to the client info's first database connection.
   */
  readonly passwordConnection?: string | undefined;
  /** Replaces `globalThis.fetch` for network sources (tests). */
  readonly fetch?: DiscoveryFetch | undefined;
  /** How long a network lookup may take. */
  readonly timeoutMs?: number | undefined;
  /** Lifetimes of the cache that every source but a directory is wrapped in. */
  readonly cache?: RealmCacheOptions | undefined;
}

/**
 * Auth0's default database connection name.
 *
 * @example
 * ```ts
 * useAuth0RealmResolver({ source: 'webfinger', domain, passwordConnection: DEFAULT_DATABASE_CONNECTION });
 * ```
 */
export const DEFAULT_DATABASE_CONNECTION = 'Username-Password-Authentication';

/**
 * A memoised `RealmResolver` for the login flow, created once per mount (so
 * its cache lives as long as the component). Network sources and the app's
 * own function are wrapped in `withRealmCache`: lookups are cached per domain
 * and shared while in flight. An app function is always called in its latest
 * version. Use it inside `<Auth0Provider>`'s tree or anywhere else: it does
 * not read the Auth0 context.
 *
 * @throws TypeError at setup when the source or an option it needs is missing or malformed.
 *
 * @example
 * ```tsx
 * const resolveRealm = useAuth0RealmResolver({ source: 'webfinger', domain: 'tenant.auth0.com' });
 * ```
 */
export function useAuth0RealmResolver(options: Auth0RealmResolverOptions): RealmResolver {
  const latestSource = useRef(options.source);
  useEffect(() => {
    latestSource.current = options.source;
  });
  const [resolver] = useState(() => createResolver(options, latestSource));
  return resolver;
}

function createResolver(
  options: Auth0RealmResolverOptions,
  latestSource: RefObject<Auth0RealmSource>,
): RealmResolver {
  const { source, fetch, timeoutMs, cache } = options;
  const network = {
    ...(fetch === undefined ? {} : { fetch }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  };
  if (source === 'webfinger') {
    return withRealmCache(
      createWebFingerResolver({
        issuer: auth0BaseUrl(options.domain, 'useAuth0RealmResolver: `domain`'),
        passwordConnection: options.passwordConnection ?? DEFAULT_DATABASE_CONNECTION,
        ...network,
      }),
      cache,
    );
  }
  if (source === 'client-info') {
    const { clientId, passwordConnection } = options;
    if (typeof clientId !== 'string' || clientId === '') {
      throw new TypeError(
        "useAuth0RealmResolver: `clientId` must be the application's client id for source 'client-info'.",
      );
    }
    return withRealmCache(
      createClientInfoResolver({
        issuer: auth0BaseUrl(options.domain, 'useAuth0RealmResolver: `domain`'),
        clientId,
        ...(passwordConnection === undefined ? {} : { passwordConnection }),
        ...network,
      }),
      cache,
    );
  }
  if (typeof source === 'function') {
    return withRealmCache(
      (email, lookup) => (latestSource.current as RealmResolver)(email, lookup),
      cache,
    );
  }
  // Checked at run time too: JavaScript callers bypass the types.
  const candidate: unknown = source;
  if (typeof candidate === 'object' && candidate !== null) {
    return createDirectoryResolver(candidate as Directory);
  }
  throw new TypeError(
    `useAuth0RealmResolver: \`source\` must be 'webfinger', 'client-info', a directory or a resolver function, got ${JSON.stringify(source)}.`,
  );
}
