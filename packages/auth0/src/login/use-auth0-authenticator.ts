import { useAuth0, type AppState, type AuthorizationParams } from '@auth0/auth0-react';
import { AuthenticationError, type Authenticator } from '@tenantkit/core';
import { useEffect, useRef, useState } from 'react';
import { auth0BaseUrl } from './auth0-base-url.js';
import { crossOriginAuthenticate, type CrossOriginFetch } from './cross-origin-authenticate.js';

/**
 * How a password user signs in: `'embedded'` checks the password in the
 * widget through Auth0's cross-origin authentication; `'universal-login'`
 * sends the user to Auth0's hosted login page (Auth0's recommendation).
 *
 * @example
 * ```ts
 * const mode: PasswordMode = 'embedded';
 * ```
 */
export type PasswordMode = 'embedded' | 'universal-login';

interface RedirectOptions {
  /** Sent as `organization` on every redirect (an `org_...` id or a name). */
  readonly organization?: string | undefined;
  /** Given back to `onRedirectCallback`; put a safe `returnTo` here (see `safeReturnTo`). */
  readonly appState?: AppState | undefined;
  /** More `/authorize` parameters (`audience`, `scope`...); the sign-in's own win. */
  readonly authorizationParams?: AuthorizationParams | undefined;
}

/**
 * Embedded password login needs the Auth0 domain and the application's client id.
 *
 * @example
 * ```ts
 * const options: EmbeddedPasswordOptions = { passwordMode: 'embedded', domain: 'tenant.auth0.com', clientId };
 * ```
 */
export interface EmbeddedPasswordOptions extends RedirectOptions {
  readonly passwordMode: 'embedded';
  /** `tenant.auth0.com`, or with a scheme: `http://localhost:4000`. */
  readonly domain: string;
  readonly clientId: string;
  /** Replaces `globalThis.fetch` for `/co/authenticate` (tests). */
  readonly fetch?: CrossOriginFetch | undefined;
  /** How long `/co/authenticate` may take. Default 15000 ms. */
  readonly timeoutMs?: number | undefined;
}

/**
 * Password users continue on Auth0's hosted login page, with their email and connection.
 *
 * @example
 * ```ts
 * const options: UniversalLoginPasswordOptions = { organization: 'org_123' };
 * ```
 */
export interface UniversalLoginPasswordOptions extends RedirectOptions {
  readonly passwordMode?: 'universal-login' | undefined;
}

/**
 * Options of {@link useAuth0Authenticator}.
 *
 * @example
 * ```ts
 * const options: Auth0AuthenticatorOptions = {
 *   passwordMode: 'embedded', domain: 'tenant.auth0.com', clientId, appState: { returnTo: '/' },
 * };
 * ```
 */
export type Auth0AuthenticatorOptions = EmbeddedPasswordOptions | UniversalLoginPasswordOptions;

const defaultTimeoutMs = 15_000;

/**
 * The login flow's `Authenticator`, on `@auth0/auth0-react` (use it inside
 * `<Auth0Provider>`). SSO and hosted login redirect with `login_hint` (and
 * `connection`, `organization`); password login either redirects to
 * Universal Login or, `'embedded'`, checks the password with
 * `POST /co/authenticate` and redeems the ticket through `/authorize`.
 * Failures reject with an `AuthenticationError` that never holds the password.
 * The authenticator keeps its identity; it always uses the latest options.
 *
 * @throws TypeError when `passwordMode: 'embedded'` lacks a valid `domain` or `clientId`.
 *
 * @example
 * ```tsx
 * const authenticator = useAuth0Authenticator({
 *   passwordMode: 'embedded',
 *   domain: 'tenant.auth0.com',
 *   clientId: 'abc123',
 * });
 * return <EmailFirstLogin resolveRealm={resolveRealm} authenticator={authenticator} />;
 * ```
 */
export function useAuth0Authenticator(options: Auth0AuthenticatorOptions): Authenticator {
  const { loginWithRedirect } = useAuth0();
  // Checked on every render: a misconfiguration fails at once, naming the option.
  const baseUrl = options.passwordMode === 'embedded' ? readEmbedded(options) : null;
  const latest = useRef({ loginWithRedirect, options, baseUrl });
  useEffect(() => {
    latest.current = { loginWithRedirect, options, baseUrl };
  });

  const [authenticator] = useState<Authenticator>(() => {
    async function redirect(params: AuthorizationParams): Promise<void> {
      const { organization, appState, authorizationParams } = latest.current.options;
      try {
        await latest.current.loginWithRedirect({
          ...(appState === undefined ? {} : { appState }),
          authorizationParams: {
            ...authorizationParams,
            ...params,
            ...(organization === undefined ? {} : { organization }),
          },
        });
      } catch (error) {
        throw new AuthenticationError(
          'redirect-failed',
          `loginWithRedirect failed: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
    }
    return {
      loginWithSso: ({ email, connection }) =>
        redirect({ login_hint: email, ...(connection === undefined ? {} : { connection }) }),
      loginWithHostedPage: ({ email }) => redirect({ login_hint: email }),
      async loginWithPassword({ email, password, connection }) {
        const { options: current, baseUrl: base } = latest.current;
        if (current.passwordMode !== 'embedded' || base === null) {
          return redirect({ login_hint: email, connection });
        }
        const ticket = await crossOriginAuthenticate({
          baseUrl: base,
          clientId: current.clientId,
          username: email,
          password,
          realm: connection,
          fetch: current.fetch,
          timeoutMs: current.timeoutMs ?? defaultTimeoutMs,
        });
        return redirect({ login_ticket: ticket, realm: connection });
      },
    };
  });
  return authenticator;
}

function readEmbedded(options: EmbeddedPasswordOptions): string {
  const baseUrl = auth0BaseUrl(options.domain, 'useAuth0Authenticator: `domain`');
  if (typeof options.clientId !== 'string' || options.clientId === '') {
    throw new TypeError(
      "useAuth0Authenticator: `clientId` must be the application's client id when passwordMode is 'embedded'.",
    );
  }
  const { timeoutMs } = options;
  if (timeoutMs !== undefined && !(timeoutMs > 0 && timeoutMs <= 2 ** 31 - 1)) {
    throw new TypeError(
      'useAuth0Authenticator: `timeoutMs` must be a positive number of milliseconds.',
    );
  }
  return baseUrl;
}
