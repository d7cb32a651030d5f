import {
  AuthenticationError,
  type AuthenticationErrorCode,
  type PasswordLoginRequest,
} from '@tenantkit/core';
import { auth0BaseUrl } from './auth0-base-url.js';
import type { EmbeddedPasswordOptions } from './use-auth0-authenticator.js';

/**
 * What {@link crossOriginAuthenticate} passes to fetch.
 *
 * @example
 * ```ts
 * const fake: CrossOriginFetch = async (url, init: CrossOriginRequestInit) => ({ status: 403, json: async () => ({}) });
 * ```
 */
export interface CrossOriginRequestInit {
  readonly method: 'POST';
  readonly mode: 'cors';
  readonly credentials: 'include';
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly signal: AbortSignal;
}

/**
 * The part of a `Response` {@link crossOriginAuthenticate} reads.
 *
 * @example
 * ```ts
 * const response: CrossOriginResponse = { status: 200, json: async () => ({ login_ticket: 't' }) };
 * ```
 */
export interface CrossOriginResponse {
  readonly status: number;
  json(): Promise<unknown>;
}

/**
 * The part of `fetch` cross-origin authentication uses: `globalThis.fetch`
 * fits, and so does a fake in tests.
 *
 * @example
 * ```ts
 * const fetch: CrossOriginFetch = async () => Response.json({ login_ticket: 't' });
 * ```
 */
export type CrossOriginFetch = (
  url: string,
  init: CrossOriginRequestInit,
) => Promise<CrossOriginResponse>;

/** One call to Auth0's `/co/authenticate`. */
export interface CrossOriginLogin {
  /** The Auth0 base URL (see `auth0BaseUrl`). */
  readonly baseUrl: string;
  readonly clientId: string;
  readonly username: string;
  readonly password: string;
  /** The database connection. */
  readonly realm: string;
  readonly fetch?: CrossOriginFetch | undefined;
  readonly timeoutMs: number;
}

const PASSWORD_REALM_GRANT = 'http://auth0.com/oauth/grant-type/password-realm';

/**
 * Checks a username and password with Auth0's cross-origin authentication and
 * returns the login ticket that `/authorize` redeems. Rejects with an
 * {@link AuthenticationError} whose code the widget shows and whose message
 * tells developers what to fix; neither ever contains the password.
 *
 * @example
 * ```ts
 * const ticket = await crossOriginAuthenticate({
 *   baseUrl: 'https://tenant.auth0.com', clientId, username: email, password,
 *   realm: 'Username-Password-Authentication', timeoutMs: 15_000,
 * });
 * ```
 */
export async function crossOriginAuthenticate(login: CrossOriginLogin): Promise<string> {
  const { baseUrl, clientId, username, password, realm, timeoutMs } = login;
  const fetch = login.fetch ?? globalThis.fetch;
  const endpoint = `${baseUrl}/co/authenticate`;
  let response: CrossOriginResponse;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      mode: 'cors',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        client_id: clientId,
        username,
        password,
        realm,
        credential_type: PASSWORD_REALM_GRANT,
      }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    // The cause is the fetch error alone: the request, which holds the password, is not kept.
    throw new AuthenticationError(
      'network',
      `Could not reach ${endpoint}. If the network is up, check that ${origin()} is listed in "Allowed Web Origins" and "Allowed Origins (CORS)" of the Auth0 application: the browser hides the answer otherwise.`,
      { cause: error },
    );
  }
  const { status } = response;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    // An error page or an empty body: the status alone decides.
  }
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const ticket = fields.login_ticket;
  if (status === 200 && typeof ticket === 'string' && ticket !== '') return ticket;
  const code = typeof fields.error === 'string' ? fields.error : '';
  const description = typeof fields.error_description === 'string' ? fields.error_description : '';
  throw new AuthenticationError(
    errorCode(status, code, description),
    explain(status, code, description, realm),
  );
}

/**
 * A password mode that checks the password in the widget (see {@link embeddedPasswords}).
 *
 * @example
 * ```ts
 * const mode: EmbeddedPasswordMode = embeddedPasswords;
 * ```
 */
export interface EmbeddedPasswordMode {
  /**
   * Checks the embedded options at setup, throwing a `TypeError` that names a
   * bad one, and returns the password check: it resolves with the login
   * ticket that `/authorize` redeems.
   */
  readonly setup: (
    options: EmbeddedPasswordOptions,
  ) => (request: PasswordLoginRequest) => Promise<string>;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The embedded password mode: the widget asks for the password and checks it
 * with Auth0's cross-origin authentication (`POST /co/authenticate`), then
 * redeems the login ticket through `/authorize`. The application needs "Allowed
 * Web Origins" and cross-origin authentication enabled. Pass it as
 * `passwordMode`; apps that stay on Universal Login never import it, so its
 * code (and the checks of `domain`, `clientId` and `timeoutMs`) does not ship with them.
 *
 * @example
 * ```tsx
 * import { Auth0EmailFirstLogin, embeddedPasswords } from '@tenantkit/auth0';
 * <Auth0EmailFirstLogin domain="tenant.auth0.com" clientId="abc123" passwordMode={embeddedPasswords} />;
 * ```
 */
export const embeddedPasswords: EmbeddedPasswordMode = Object.freeze({
  setup(options: EmbeddedPasswordOptions) {
    const { clientId, fetch, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
    const baseUrl = auth0BaseUrl(options.domain, 'useAuth0Authenticator: `domain`');
    if (typeof clientId !== 'string' || clientId === '') {
      throw new TypeError("useAuth0Authenticator: `clientId` must be the application's client id");
    }
    if (!(timeoutMs > 0 && timeoutMs <= 2 ** 31 - 1)) {
      throw new TypeError('useAuth0Authenticator: `timeoutMs` must be a positive number of ms');
    }
    return ({ email, password, connection }: PasswordLoginRequest) =>
      crossOriginAuthenticate({
        baseUrl,
        clientId,
        username: email,
        password,
        realm: connection,
        fetch,
        timeoutMs,
      });
  },
});

// Auth0 names the origin when it refuses one; a wrong password never does.
const ORIGIN_REFUSED = /\borigin\b/i;

function errorCode(status: number, code: string, description: string): AuthenticationErrorCode {
  if (status === 429 || code === 'too_many_attempts') return 'too-many-attempts';
  if (code === 'unauthorized_client' || status === 400 || ORIGIN_REFUSED.test(description)) {
    return 'misconfigured';
  }
  // Wrong password, unknown user, blocked user, leaked password: one answer, so that
  // nobody learns which accounts exist.
  if (status === 401 || status === 403) return 'invalid-credentials';
  return 'unexpected';
}

function explain(status: number, code: string, description: string, realm: string): string {
  const answer = `Auth0 answered ${status}${code ? ` ${code}` : ''}${description ? `: ${description}` : ''}.`;
  if (code === 'unauthorized_client') {
    return `${answer} Check that clientId is this application's client id, and enable "Cross-Origin Authentication" and the "Password" grant type for it in the Auth0 Dashboard (Applications > your application > Settings, and Advanced Settings > Grant Types).`;
  }
  if (ORIGIN_REFUSED.test(description)) {
    return `${answer} Add ${origin()} to "Allowed Web Origins" and "Allowed Origins (CORS)" of the Auth0 application.`;
  }
  if (status === 400) {
    return `${answer} Check that the database connection "${realm}" exists and is enabled for this application.`;
  }
  return answer;
}

function origin(): string {
  return typeof location === 'undefined' ? 'your app origin' : location.origin;
}
