/**
 * A request to sign in through an enterprise (SSO) connection.
 *
 * @example
 * ```ts
 * await authenticator.loginWithSso({ email: 'ana@acme.com', connection: 'acme-okta' });
 * ```
 */
export interface SsoLoginRequest {
  /** The canonical email, sent as a login hint. */
  readonly email: string;
  /** The chosen connection; absent when the identity provider resolves it from the email. */
  readonly connection?: string;
}

/**
 * A request to sign in with a password on a database connection.
 *
 * @example
 * ```ts
 * await authenticator.loginWithPassword({
 *   email: 'ana@example.com',
 *   password: passwordInput.value,
 *   connection: 'Username-Password-Authentication',
 * });
 * ```
 */
export interface PasswordLoginRequest {
  readonly email: string;
  readonly password: string;
  readonly connection: string;
}

/**
 * A request to continue on the identity provider's hosted login page: when
 * discovery could not tell how the email signs in, or, with
 * `passwordEntry: 'hosted-page'`, for a password user.
 *
 * @example
 * ```ts
 * await authenticator.loginWithHostedPage({ email: 'ana@example.com', connection: 'db' });
 * ```
 */
export interface HostedLoginRequest {
  /** Prefills the hosted page (`login_hint`). */
  readonly email: string;
  /** The database connection discovery found; absent when discovery could not tell. */
  readonly connection?: string;
}

/**
 * The port through which the login flow signs users in. A binding (such as
 * `@tenantkit/auth0`) implements it. Each method resolves once the browser is
 * being sent away (a redirect started) and rejects with an
 * {@link AuthenticationError} when it cannot.
 *
 * @example
 * ```ts
 * const authenticator: Authenticator = {
 *   loginWithSso: async ({ email, connection }) => console.log('sso', email, connection),
 *   loginWithPassword: () => Promise.reject(new AuthenticationError('invalid-credentials', 'fake')),
 *   loginWithHostedPage: async () => undefined,
 * };
 * ```
 */
export interface Authenticator {
  loginWithSso(request: SsoLoginRequest): Promise<void>;
  loginWithPassword(request: PasswordLoginRequest): Promise<void>;
  loginWithHostedPage(request: HostedLoginRequest): Promise<void>;
}
