import { issuerBaseUrl } from '../internal/issuer-url.js';
import { invalidOption, readMilliseconds } from '../internal/read-milliseconds.js';
import { runWithTimeout } from '../internal/run-with-timeout.js';
import { shareInFlight, type JoinTask } from '../internal/share-in-flight.js';
import { DEFAULT_DISCOVERY_TIMEOUT_MS } from './create-webfinger-resolver.js';
import { indexDirectory, type DirectoryMatch } from './directory.js';
import { parseClientInfo } from './parse-client-info.js';
import type { DiscoveryFetch, RealmResolver } from './realm.js';
import { resolveByDomain, unknownRealm } from './resolve-by-domain.js';

/**
 * Options of {@link createClientInfoResolver}: the identity provider and the
 * application whose client info lists the enterprise connections.
 *
 * @example
 * ```ts
 * const options: ClientInfoResolverOptions = {
 *   issuer: 'https://tenant.auth0.com',
 *   clientId: 'aBcD1234eFgH5678',
 *   passwordConnection: 'Username-Password-Authentication',
 * };
 * ```
 */
export interface ClientInfoResolverOptions {
  /** The identity provider's URL: `https://tenant.auth0.com` or `http://localhost:4000`. */
  readonly issuer: string;
  /** The application's client id. */
  readonly clientId: string;
  /**
   * The database connection of domains no enterprise connection claims.
   * Defaults to the first `auth0` connection in the client info; without one,
   * such domains resolve to `unknown` (`not-found`).
   */
  readonly passwordConnection?: string | undefined;
  /** Defaults to `globalThis.fetch`, looked up on each request. */
  readonly fetch?: DiscoveryFetch | undefined;
  /** Defaults to {@link DEFAULT_DISCOVERY_TIMEOUT_MS}. */
  readonly timeoutMs?: number | undefined;
}

interface ClientDirectory {
  readonly match: DirectoryMatch;
  readonly passwordConnection: string | undefined;
}

type LoadResult =
  | { readonly ok: true; readonly directory: ClientDirectory }
  | { readonly ok: false; readonly reason: 'timeout' | 'network' | 'bad-response' };

/**
 * Resolves realms from Lock's client info (`<issuer>/client/<clientId>.js`):
 * the enterprise connections of the application and their domains, matched
 * exactly as Lock matches them (no subdomains). The client info is fetched once
 * and shared by every lookup and concurrent caller; a failed fetch is retried on
 * the next lookup. A domain claimed by several connections offers all of them.
 *
 * The client info lists every enterprise domain publicly, and a tenant may turn
 * it off: prefer {@link createWebFingerResolver} or a directory when that matters.
 *
 * @example
 * ```ts
 * const resolveRealm = createClientInfoResolver({ issuer: 'https://tenant.auth0.com', clientId });
 * const realm = await resolveRealm('ana@acme.com');
 * ```
 */
export function createClientInfoResolver(options: ClientInfoResolverOptions): RealmResolver {
  const base = issuerBaseUrl(options.issuer);
  const { clientId, passwordConnection, fetch } = options;
  if (typeof clientId !== 'string' || clientId === '') {
    invalidOption('clientId', 'the application client id (a non-empty string)');
  }
  if (
    passwordConnection !== undefined &&
    (typeof passwordConnection !== 'string' || passwordConnection === '')
  ) {
    invalidOption('passwordConnection', 'a non-empty string when given');
  }
  const timeoutMs =
    readMilliseconds(options.timeoutMs, 'timeoutMs') ?? DEFAULT_DISCOVERY_TIMEOUT_MS;
  const url = `${base}/client/${encodeURIComponent(clientId)}.js`;

  let loaded: ClientDirectory | undefined;
  let loading: JoinTask<LoadResult> | undefined;

  async function load(signal: AbortSignal): Promise<LoadResult> {
    // One timeout covers the body too. `fetch` is looked up per request:
    // importing tenantkit must not touch it, and a polyfill or test double
    // installed later is honoured.
    const result = await runWithTimeout(
      async (taskSignal) => {
        const response = await (fetch ?? globalThis.fetch)(url, {
          signal: taskSignal,
          credentials: 'omit',
          headers: {},
        });
        return response.status === 200 ? response.text() : undefined;
      },
      { signal, timeoutMs },
    );
    if (!result.ok) return { ok: false, reason: result.reason };
    const connections = result.value === undefined ? undefined : parseClientInfo(result.value);
    if (connections === undefined) return { ok: false, reason: 'bad-response' };
    // parseClientInfo keeps only what indexDirectory accepts, and shared domains
    // are allowed, so indexing an untrusted response cannot throw.
    loaded = {
      match: indexDirectory({ connections, allowSharedSsoDomains: true }, 'client info'),
      passwordConnection:
        passwordConnection ?? connections.find((c) => c.kind === 'password')?.name,
    };
    return { ok: true, directory: loaded };
  }

  return resolveByDomain(async (domain, signal) => {
    let result: LoadResult;
    if (loaded !== undefined) {
      result = { ok: true, directory: loaded };
    } else {
      loading ??= shareInFlight(load, () => {
        loading = undefined;
      });
      result = await loading(signal);
    }
    if (!result.ok) return unknownRealm(domain, result.reason);
    const { match, passwordConnection: fallback } = result.directory;
    return (
      match(domain) ??
      (fallback === undefined
        ? unknownRealm(domain, 'not-found')
        : { kind: 'password', domain, connection: fallback })
    );
  });
}
