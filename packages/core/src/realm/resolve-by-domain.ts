import { parseEmail } from '../email/parse-email.js';
import type { Realm, RealmResolver, UnknownRealmReason } from './realm.js';

/** The realm of a domain whose sign-in discovery could not tell, and why. */
export const unknownRealm = (domain: string, reason: UnknownRealmReason): Realm => ({
  kind: 'unknown',
  domain,
  reason,
});

/**
 * Finds the realm of one canonical (lowercase ASCII) domain. It also receives
 * the caller's signal and the canonical email (`local@domain`), for wrappers
 * that call another resolver.
 */
export type DomainLookup = (
  domain: string,
  signal: AbortSignal | undefined,
  email: string,
) => Realm | Promise<Realm>;

/**
 * Turns a domain lookup into a {@link RealmResolver}: rejects at once when the
 * signal has already aborted, answers `invalid-email` for input that does not
 * parse (so `a@acme.com@evil.io` never reaches a lookup), and hands the lookup
 * the canonical domain only.
 *
 * @example
 * ```ts
 * const resolve = resolveByDomain((domain) => ({ kind: 'password', domain, connection: 'db' }));
 * ```
 */
export function resolveByDomain(lookup: DomainLookup): RealmResolver {
  return async (email, options) => {
    const signal = options?.signal;
    signal?.throwIfAborted();
    const parsed = parseEmail(email);
    // An email that does not parse has no domain to look up.
    return parsed.ok
      ? lookup(parsed.domain, signal, parsed.email)
      : unknownRealm('', 'invalid-email');
  };
}
