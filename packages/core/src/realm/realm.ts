/**
 * One enterprise (SSO) connection that can sign in users of a domain.
 *
 * @example
 * ```ts
 * const okta: SsoConnection = { name: 'acme-okta', displayName: 'Acme Okta' };
 * ```
 */
export interface SsoConnection {
  /** The identity provider's connection name, e.g. `acme-okta`. */
  readonly name: string;
  /** A human name for buttons, e.g. `Acme Okta`. */
  readonly displayName?: string;
}

/**
 * Why discovery could not tell how a domain signs in. Every reason leads to the
 * hosted login page; the code is there for logs and metrics.
 *
 * @example
 * ```ts
 * if (realm.kind === 'unknown' && realm.reason === 'timeout') console.warn('slow discovery');
 * ```
 */
export type UnknownRealmReason =
  'invalid-email' | 'timeout' | 'network' | 'bad-response' | 'not-found';

/**
 * Where an email's user signs in (the outcome of home realm discovery).
 *
 * - `sso`: an enterprise connection owns the domain; no password is ever asked for.
 *   `connections` lists every connection offered for the domain (empty when the
 *   source only knows that the domain is federated, as WebFinger does);
 *   `connection` and `displayName` repeat the first one for convenience.
 * - `password`: a database connection signs the user in with a password.
 * - `unknown`: discovery failed; the user continues to the hosted login page.
 *
 * `domain` is always the canonical (lowercase ASCII) domain that was looked up,
 * or `''` for an email that does not parse (`reason: 'invalid-email'`).
 *
 * @example
 * ```ts
 * const realm = await resolveRealm('ana@acme.test');
 * if (realm.kind === 'sso') console.log(realm.displayName ?? realm.domain);
 * ```
 */
export type Realm =
  | {
      readonly kind: 'sso';
      readonly domain: string;
      readonly connection?: string;
      readonly displayName?: string;
      readonly connections: readonly SsoConnection[];
    }
  | { readonly kind: 'password'; readonly domain: string; readonly connection: string }
  | { readonly kind: 'unknown'; readonly domain: string; readonly reason: UnknownRealmReason };

/**
 * Options every realm resolver accepts.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const pending = resolveRealm('ana@acme.com', { signal: controller.signal });
 * controller.abort(); // `pending` rejects with the abort reason
 * ```
 */
export interface ResolveRealmOptions {
  /** Aborts the lookup; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Finds the realm of an email. Implementations send only the canonical domain
 * over the network, never the full address, and never reject for bad input:
 * an email that does not parse resolves to `{ kind: 'unknown', reason: 'invalid-email' }`.
 * They reject only when `options.signal` aborts.
 *
 * @example
 * ```ts
 * const resolveRealm: RealmResolver = withRealmCache(createDirectoryResolver(directory));
 * const realm = await resolveRealm('ana@acme.com', { signal: controller.signal });
 * ```
 */
export type RealmResolver = (email: string, options?: ResolveRealmOptions) => Promise<Realm>;

/**
 * What discovery passes to {@link DiscoveryFetch}: no cookies, the caller's abort signal.
 *
 * @example
 * ```ts
 * const fetch: DiscoveryFetch = async (url, init: DiscoveryRequestInit) => {
 *   init.signal.throwIfAborted();
 *   return new Response(null, { status: 404 });
 * };
 * ```
 */
export interface DiscoveryRequestInit {
  readonly signal: AbortSignal;
  readonly credentials: 'omit';
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The part of a `Response` discovery reads, so a fake needs only two members.
 *
 * @example
 * ```ts
 * const response: DiscoveryResponse = { status: 200, text: () => Promise.resolve('{}') };
 * ```
 */
export interface DiscoveryResponse {
  readonly status: number;
  text(): Promise<string>;
}

/**
 * The part of `fetch` the network resolvers use: `globalThis.fetch` fits, and so
 * does a small fake in tests.
 *
 * @example
 * ```ts
 * const fetch: DiscoveryFetch = async () => new Response(null, { status: 404 });
 * ```
 */
export type DiscoveryFetch = (
  url: string,
  init: DiscoveryRequestInit,
) => Promise<DiscoveryResponse>;
