import { parseEmail } from '../email/parse-email.js';
import type { Realm, RealmResolver } from './realm.js';

/** The realm of any email that does not parse: there is no domain to look up. */
export const invalidEmailRealm: Realm = Object.freeze({
  kind: 'unknown',
  domain: '',
  reason: 'invalid-email',
});

/** What a domain lookup receives besides the canonical domain. */
export interface DomainLookupContext {
  /** The canonical email (`local@domain`), for wrappers that call another resolver. */
  readonly email: string;
  readonly signal: AbortSignal | undefined;
}

/** Finds the realm of one canonical (lowercase ASCII) domain. */
export type DomainLookup = (domain: string, context: DomainLookupContext) => Realm | Promise<Realm>;

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
    if (!parsed.ok) return invalidEmailRealm;
    return lookup(parsed.domain, { email: parsed.email, signal });
  };
}
