/**
 * Why a sign-in attempt failed. Wrong password, unknown user and blocked
 * account are all `invalid-credentials`, so that the UI cannot tell them apart.
 *
 * @example
 * ```ts
 * const canRetryNow = (code: AuthenticationErrorCode) => code === 'network';
 * ```
 */
export type AuthenticationErrorCode =
  | 'invalid-credentials'
  | 'too-many-attempts'
  | 'network'
  | 'misconfigured'
  | 'redirect-failed'
  | 'unexpected';

/**
 * The error an {@link Authenticator} rejects with. It never carries the
 * password: build it from a code and a message meant for developers.
 *
 * @example
 * ```ts
 * throw new AuthenticationError('too-many-attempts', 'The identity provider answered 429');
 * ```
 */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
  readonly code: AuthenticationErrorCode;

  constructor(code: AuthenticationErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/**
 * Narrows an unknown rejection to an {@link AuthenticationError}, so that
 * anything else (a bug, a foreign error) can be reported as `unexpected`.
 *
 * @example
 * ```ts
 * try {
 *   await authenticator.loginWithHostedPage({ email: 'ana@acme.com' });
 * } catch (error) {
 *   console.warn(isAuthenticationError(error) ? error.code : 'unexpected');
 * }
 * ```
 */
export function isAuthenticationError(error: unknown): error is AuthenticationError {
  return error instanceof AuthenticationError;
}
