/** A request to sign in through an enterprise (SSO) connection. */
export interface SsoLoginRequest {
  /** The canonical email, sent as a login hint. */
  readonly email: string;
  /** The chosen connection; absent when the identity provider resolves it from the email. */
  readonly connection?: string;
}

/** A request to sign in with a password on a database connection. */
export interface PasswordLoginRequest {
  readonly email: string;
  readonly password: string;
  readonly connection: string;
}

/** A request to continue on the identity provider's hosted login page. */
export interface HostedLoginRequest {
  /** Prefills the hosted page (`login_hint`). */
  readonly email: string;
}

/**
 * The port through which the login flow signs users in. A binding (such as
 * `@tenantkit/auth0`) implements it. Each method resolves once the browser is
 * being sent away (a redirect started) and rejects with an
 * {@link AuthenticationError} when it cannot.
 */
export interface Authenticator {
  loginWithSso(request: SsoLoginRequest): Promise<void>;
  loginWithPassword(request: PasswordLoginRequest): Promise<void>;
  loginWithHostedPage(request: HostedLoginRequest): Promise<void>;
}
