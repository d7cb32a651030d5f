import { invalidOption, readMilliseconds } from '../internal/read-milliseconds.js';
import { runWithTimeout } from '../internal/run-with-timeout.js';
import { shareInFlight } from '../internal/share-in-flight.js';
import type { Realm, RealmResolver } from './realm.js';
import { resolveByDomain, unknownRealm } from './resolve-by-domain.js';

/**
 * Options of {@link withRealmCache}: how long found realms are kept, and how
 * long the wrapped resolver may take. A lifetime of `0` turns that cache off.
 *
 * @example
 * ```ts
 * const options: RealmCacheOptions = { positiveMs: 300_000, negativeMs: 0, timeoutMs: 5_000 };
 * ```
 */
export interface RealmCacheOptions {
  /** How long an `sso` realm is kept. Defaults to 60 s, as auth0-spa-js does. */
  readonly positiveMs?: number;
  /** How long a `password` realm is kept. Defaults to 15 s, as auth0-spa-js does. */
  readonly negativeMs?: number;
  /** Gives up on the wrapped resolver after this long: the realm is `unknown` (`timeout`). */
  readonly timeoutMs?: number;
  /** The clock, in milliseconds; defaults to `Date.now`. */
  readonly now?: () => number;
}

/**
 * Wraps a resolver with a cache keyed by canonical domain, so that
 * `ana@acme.com` and `bob@ACME.com` share one lookup. `sso` realms are kept
 * `positiveMs`, `password` realms `negativeMs`; `unknown` realms (failures) are
 * never kept. Concurrent callers for a domain share one request; a caller that
 * aborts is rejected alone, and the request is aborted only once all its callers
 * have aborted. The wrapped resolver must decide by domain: it receives the
 * first caller's canonical email. If it rejects without being aborted, the
 * realm is `unknown` (`network`).
 *
 * @example
 * ```ts
 * const resolveRealm = withRealmCache(createWebFingerResolver({ issuer, passwordConnection }), {
 *   timeoutMs: 5_000,
 * });
 * ```
 */
export function withRealmCache(
  resolver: RealmResolver,
  options: RealmCacheOptions = {},
): RealmResolver {
  if (typeof resolver !== 'function') invalidOption('`resolver`', 'a RealmResolver');
  // How long each kind of realm is kept; `unknown` realms (failures) never are.
  const lifetimes: Partial<Record<Realm['kind'], number>> = {
    sso: readMilliseconds(options.positiveMs, 'positiveMs', true) ?? 60_000,
    password: readMilliseconds(options.negativeMs, 'negativeMs', true) ?? 15_000,
  };
  const timeoutMs = readMilliseconds(options.timeoutMs, 'timeoutMs');
  const { now = Date.now } = options;
  if (typeof now !== 'function') invalidOption('`now`', 'a function');

  // Per domain: joins the lookup while in flight, then answers its realm until
  // that expires (undefined after).
  const entries = new Map<string, (signal?: AbortSignal) => Promise<Realm> | undefined>();

  return resolveByDomain((domain, signal, email) => {
    const cached = entries.get(domain)?.(signal);
    if (cached) return cached;
    let expiresAt = Infinity;
    const join = shareInFlight(
      async (taskSignal) => {
        const outcome = await runWithTimeout(
          (timedSignal) => resolver(email, { signal: timedSignal }),
          { signal: taskSignal, timeoutMs },
        );
        const realm = outcome.ok ? outcome.value : unknownRealm(domain, outcome.reason);
        // A lifetime of 0 keeps nothing.
        const lifetime = lifetimes[realm.kind];
        if (lifetime) expiresAt = now() + lifetime;
        return realm;
      },
      // Failed, abandoned by every caller, or not to be kept: the next caller starts afresh.
      () => {
        if (expiresAt === Infinity) entries.delete(domain);
      },
    );
    entries.set(domain, (joiner) => (now() < expiresAt ? join(joiner) : undefined));
    return join(signal);
  });
}
