import { issuerBaseUrl } from '../internal/issuer-url.js';
import { invalidOption, readMilliseconds } from '../internal/read-milliseconds.js';
import { runWithTimeout } from '../internal/run-with-timeout.js';
import type { DiscoveryFetch, RealmResolver } from './realm.js';
import { resolveByDomain, unknownRealm } from './resolve-by-domain.js';

/**
 * The default time, in milliseconds, a discovery request may take before the
 * realm is `unknown` (`timeout`) and the user is sent to the hosted login page.
 *
 * @example
 * ```ts
 * createWebFingerResolver({ issuer, passwordConnection, timeoutMs: 2 * DEFAULT_DISCOVERY_TIMEOUT_MS });
 * ```
 */
export const DEFAULT_DISCOVERY_TIMEOUT_MS = 5_000;

/**
 * Options of {@link createWebFingerResolver}: where the identity provider is,
 * and which database connection signs in domains that are not federated.
 *
 * @example
 * ```ts
 * const options: WebFingerResolverOptions = {
 *   issuer: 'https://tenant.auth0.com',
 *   passwordConnection: 'Username-Password-Authentication',
 *   timeoutMs: 3_000,
 * };
 * ```
 */
export interface WebFingerResolverOptions {
  /** The identity provider's URL: `https://tenant.auth0.com` or `http://localhost:4000`. */
  readonly issuer: string;
  /** The database connection of domains that are not federated (WebFinger answers 404). */
  readonly passwordConnection: string;
  /** Defaults to `globalThis.fetch`, looked up on each request. */
  readonly fetch?: DiscoveryFetch | undefined;
  /** Defaults to {@link DEFAULT_DISCOVERY_TIMEOUT_MS}. */
  readonly timeoutMs?: number | undefined;
}

/**
 * Resolves realms with Auth0's Enterprise Connect discovery: a WebFinger
 * request for the email's domain (never the full address). 200 means an
 * enterprise connection owns the domain (`sso`, without naming it: the
 * identity provider picks it from the login hint), 404 means `password`;
 * any other status, a network error or the timeout gives `unknown`. The
 * domain list stays private to the identity provider. This is a routing
 * hint, not a security control: trust the token's claims, not the route.
 *
 * @example
 * ```ts
 * const resolveRealm = createWebFingerResolver({
 *   issuer: 'https://tenant.auth0.com',
 *   passwordConnection: 'Username-Password-Authentication',
 * });
 * const realm = await resolveRealm('ana@acme.com', { signal });
 * ```
 */
export function createWebFingerResolver(options: WebFingerResolverOptions): RealmResolver {
  const base = issuerBaseUrl(options.issuer);
  const { passwordConnection, fetch } = options;
  if (typeof passwordConnection !== 'string' || passwordConnection === '') {
    invalidOption('`passwordConnection`', 'the name of a database connection');
  }
  const timeoutMs =
    readMilliseconds(options.timeoutMs, 'timeoutMs') ?? DEFAULT_DISCOVERY_TIMEOUT_MS;

  return resolveByDomain(async (domain, signal) => {
    const query = new URLSearchParams({
      resource: `urn:auth0:discovery:domain:${domain}`,
      rel: 'http://openid.net/specs/connect/1.0/issuer',
    });
    const result = await runWithTimeout(
      // `fetch` is looked up per request: importing tenantkit must not touch
      // it, and a polyfill or test double installed later is honoured.
      async (taskSignal) =>
        (
          await (fetch ?? globalThis.fetch)(`${base}/.well-known/webfinger?${query}`, {
            signal: taskSignal,
            credentials: 'omit',
            headers: { accept: 'application/jrd+json' },
          })
        ).status,
      { signal, timeoutMs },
    );
    const status = result.ok && result.value;
    return status === 200
      ? { kind: 'sso', domain, connections: [] }
      : status === 404
        ? { kind: 'password', domain, connection: passwordConnection }
        : unknownRealm(domain, result.ok ? 'bad-response' : result.reason);
  });
}
