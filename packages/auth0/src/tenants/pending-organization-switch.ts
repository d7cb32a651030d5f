/**
 * Where a switch between Auth0 Organizations is remembered across its redirect;
 * `sessionStorage` fits (the default), and so does a three-method fake in tests.
 *
 * @example
 * ```ts
 * const memory = new Map<string, string>();
 * const storage: SwitchStorage = {
 *   getItem: (key) => memory.get(key) ?? null,
 *   setItem: (key, value) => void memory.set(key, value),
 *   removeItem: (key) => void memory.delete(key),
 * };
 * ```
 */
export type SwitchStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A switch sent to Auth0, checked against the token that comes back. */
export interface PendingOrganizationSwitch {
  /** The user who asked (the token's `sub`): another user's return is not checked. */
  readonly userId: string;
  readonly tenantId: string;
  /** The `organization` sent to `/authorize`; `null` to leave every organization. */
  readonly organization: string | null;
  /** When the switch started (ms since the epoch); a stale one is dropped unchecked. */
  readonly startedAt: number;
}

/**
 * The token disagrees with the organization the user chose: the token wins (the
 * active tenant is the token's), and the app is told so instead of pretending.
 *
 * @example
 * ```ts
 * const mismatch: OrganizationMismatch = { expected: 'org_globex', actual: 'org_acme', tenantId: 'org_globex' };
 * ```
 */
export interface OrganizationMismatch {
  /** The organization that was asked for (`null`: none). */
  readonly expected: string | null;
  /** The token's `org_id` (`null`: the token names no organization). */
  readonly actual: string | null;
  /** The tenant the user picked. */
  readonly tenantId: string;
}

const KEY = 'tenantkit:pending-organization-switch';
// A login abandoned halfway must not be reported as a mismatch days later.
const MAX_AGE_MS = 10 * 60 * 1000;

/** `sessionStorage`, looked up on use (never at import), or `null` where it is blocked. */
export function defaultSwitchStorage(): SwitchStorage | null {
  try {
    const storage: unknown = globalThis.sessionStorage;
    return typeof storage === 'object' && storage !== null ? (storage as SwitchStorage) : null;
  } catch {
    return null;
  }
}

/** Remembers a switch about to redirect; storage errors only lose the later check. */
export function savePendingSwitch(
  storage: SwitchStorage | null,
  pending: PendingOrganizationSwitch,
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(pending));
  } catch {
    // Quota or privacy mode: the switch still happens, unchecked.
  }
}

/**
 * Reads and forgets the pending switch. Anything that is not a switch this code
 * wrote (tampered, truncated, stale) reads as `null`.
 */
export function takePendingSwitch(
  storage: SwitchStorage | null,
  now: number,
): PendingOrganizationSwitch | null {
  try {
    const text: unknown = storage?.getItem(KEY);
    storage?.removeItem(KEY);
    const value: unknown = typeof text === 'string' ? JSON.parse(text) : null;
    const { userId, tenantId, organization, startedAt } = (value ?? {}) as Record<string, unknown>;
    if (
      typeof userId === 'string' &&
      typeof tenantId === 'string' &&
      (organization === null || typeof organization === 'string') &&
      typeof startedAt === 'number' &&
      now - startedAt >= 0 &&
      now - startedAt <= MAX_AGE_MS
    ) {
      return { userId, tenantId, organization, startedAt };
    }
  } catch {
    // Storage that throws, or text that is not JSON.
  }
  return null;
}

/**
 * Whether the token is for the organization that was asked for, by Auth0's rule:
 * an `org_…` id must equal `org_id` exactly; a name must equal `org_name`, which
 * Auth0 lower-cases. `null` expects a token without organization.
 *
 * @example
 * ```ts
 * tokenMatchesOrganization('org_abc', { org_id: 'org_abc' }); // true
 * ```
 */
export function tokenMatchesOrganization(
  expected: string | null,
  claims: { readonly [claim: string]: unknown },
): boolean {
  const own = (claim: string) => (Object.hasOwn(claims, claim) ? claims[claim] : undefined);
  if (expected === null) return typeof own('org_id') !== 'string';
  if (expected.startsWith('org_')) return own('org_id') === expected;
  return own('org_name') === expected.toLowerCase();
}
