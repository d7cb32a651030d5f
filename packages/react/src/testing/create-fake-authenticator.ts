import {
  AuthenticationError,
  type AuthenticationErrorCode,
  type Authenticator,
} from '@tenantkit/core';

/**
 * One sign-in the fake {@link createFakeAuthenticator} received. The password
 * is never recorded, just as a real authenticator must never log it.
 *
 * @example
 * ```ts
 * const call: AuthenticatorCall = { method: 'sso', email: 'ana@acme.test', connection: 'acme-okta' };
 * ```
 */
export type AuthenticatorCall =
  | { readonly method: 'password'; readonly email: string; readonly connection: string }
  | { readonly method: 'sso'; readonly email: string; readonly connection?: string }
  | { readonly method: 'hosted'; readonly email: string };

/**
 * Options of {@link createFakeAuthenticator}.
 *
 * @example
 * ```ts
 * const options: FakeAuthenticatorOptions = { passwords: { 'ana@example.com': 'correct horse' } };
 * ```
 */
export interface FakeAuthenticatorOptions {
  /**
   * The accounts that sign in with a password, by email. Any other email or
   * password is refused with `invalid-credentials`. Without it, every password passes.
   */
  readonly passwords?: Readonly<Record<string, string>>;
  /** Every sign-in fails with this code: `network`, `too-many-attempts`, `misconfigured`… */
  readonly failWith?: AuthenticationErrorCode;
  /**
   * How long each sign-in takes before it settles, in milliseconds (default 0).
   * `Infinity` never settles: the widget stays on "Signing in…".
   */
  readonly delayMs?: number;
  /** Hears every call as it arrives (a spy, an action logger). */
  readonly onCall?: (call: AuthenticatorCall) => void;
}

const maxTimeoutMs = 2 ** 31 - 1;

/**
 * An {@link Authenticator} that records its calls instead of redirecting.
 *
 * @example
 * ```ts
 * const calls: readonly AuthenticatorCall[] = createFakeAuthenticator().calls;
 * ```
 */
export interface FakeAuthenticator extends Authenticator {
  /** Every sign-in so far, oldest first. */
  readonly calls: readonly AuthenticatorCall[];
}

/**
 * An authenticator for tests and stories of login screens: no identity
 * provider, no redirect. A sign-in that succeeds resolves (the widget then says
 * "Redirecting…"); one that fails rejects with an `AuthenticationError`, as a
 * real binding does. Pair it with `createDirectoryResolver` from
 * `@tenantkit/core`, which needs no network either.
 *
 * @example
 * ```tsx
 * const authenticator = createFakeAuthenticator({ passwords: { 'ana@example.com': 'secret' } });
 * render(<EmailFirstLogin resolveRealm={resolveRealm} authenticator={authenticator} />);
 * // …sign in as ana@example.com…
 * expect(authenticator.calls).toEqual([
 *   { method: 'password', email: 'ana@example.com', connection: 'Username-Password-Authentication' },
 * ]);
 * ```
 */
export function createFakeAuthenticator(options: FakeAuthenticatorOptions = {}): FakeAuthenticator {
  const { passwords, failWith, delayMs = 0, onCall } = options;
  if (typeof delayMs !== 'number' || Number.isNaN(delayMs) || delayMs < 0) {
    throw new TypeError('createFakeAuthenticator: `delayMs` must be a number of at least 0.');
  }
  const calls: AuthenticatorCall[] = [];

  function signIn(call: AuthenticatorCall, refused: boolean): Promise<void> {
    calls.push(call);
    onCall?.(call);
    const code = failWith ?? (refused ? 'invalid-credentials' : null);
    const settle = () =>
      code === null
        ? undefined
        : Promise.reject(new AuthenticationError(code, `Fake authenticator: ${code}`));
    // setTimeout fires at once beyond a signed 32-bit delay: anything that long never settles.
    if (delayMs > maxTimeoutMs) return new Promise<void>(() => undefined);
    return new Promise<void>((resolve) => setTimeout(resolve, delayMs)).then(settle);
  }

  return {
    calls,
    loginWithPassword: ({ email, password, connection }) =>
      signIn(
        { method: 'password', email, connection },
        passwords !== undefined &&
          (!Object.hasOwn(passwords, email) || passwords[email] !== password),
      ),
    loginWithSso: ({ email, connection }) =>
      signIn({ method: 'sso', email, ...(connection !== undefined && { connection }) }, false),
    loginWithHostedPage: ({ email }) => signIn({ method: 'hosted', email }, false),
  };
}
