import { readMilliseconds } from '../internal/read-milliseconds.js';
import { runWithTimeout } from '../internal/run-with-timeout.js';
import { shareInFlight, type JoinTask } from '../internal/share-in-flight.js';
import type { Realm, RealmResolver } from './realm.js';
import { resolveByDomain } from './resolve-by-domain.js';

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

interface Entry {
  readonly realm: Realm;
  readonly expiresAt: number;
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
  if (typeof resolver !== 'function') throw new TypeError('`resolver` must be a RealmResolver');
  const positiveMs =
    readMilliseconds(options.positiveMs, 'positiveMs', { allowZero: true }) ?? 60_000;
  const negativeMs =
    readMilliseconds(options.negativeMs, 'negativeMs', { allowZero: true }) ?? 15_000;
  const timeoutMs = readMilliseconds(options.timeoutMs, 'timeoutMs');
  const { now = Date.now } = options;
  if (typeof now !== 'function') throw new TypeError('`now` must be a function');

  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, JoinTask<Realm>>();

  function start(domain: string, email: string): JoinTask<Realm> {
    const join = shareInFlight(
      async (signal) => {
        const outcome = await runWithTimeout(
          (taskSignal) => resolver(email, { signal: taskSignal }),
          { signal, timeoutMs },
        );
        const realm: Realm = outcome.ok
          ? outcome.value
          : { kind: 'unknown', domain, reason: outcome.reason };
        const lifetime =
          realm.kind === 'sso' ? positiveMs : realm.kind === 'password' ? negativeMs : 0;
        if (lifetime > 0) entries.set(domain, { realm, expiresAt: now() + lifetime });
        return realm;
      },
      () => {
        if (inFlight.get(domain) === join) inFlight.delete(domain);
      },
    );
    inFlight.set(domain, join);
    return join;
  }

  return resolveByDomain((domain, { email, signal }) => {
    const entry = entries.get(domain);
    if (entry !== undefined) {
      if (now() < entry.expiresAt) return entry.realm;
      entries.delete(domain);
    }
    return (inFlight.get(domain) ?? start(domain, email))(signal);
  });
}
