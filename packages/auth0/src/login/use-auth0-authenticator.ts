import { useAuth0, type AppState, type AuthorizationParams } from '@auth0/auth0-react';
import { AuthenticationError, type Authenticator } from '@tenantkit/core';
import { useEffect, useRef, useState } from 'react';
import type { CrossOriginFetch, EmbeddedPasswordMode } from './cross-origin-authenticate.js';

/**
 * How a password user signs in: `'universal-login'` sends the user to Auth0's
 * hosted login page (Auth0's recommendation, and the default);
 * `embeddedPasswords` checks the password in the widget through Auth0's
 * cross-origin authentication. Only an app that imports `embeddedPasswords`
 * ships its code.
 *
 * @example
 * ```ts
 * import { embeddedPasswords, type PasswordMode } from '@tenantkit/auth0';
 * const mode: PasswordMode = embeddedPasswords;
 * ```
 */
export type PasswordMode = 'universal-login' | EmbeddedPasswordMode;

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
 * const options: EmbeddedPasswordOptions = { passwordMode: embeddedPasswords, domain: 'tenant.auth0.com', clientId };
 * ```
 */
export interface EmbeddedPasswordOptions extends RedirectOptions {
  readonly passwordMode: EmbeddedPasswordMode;
  /** `tenant.auth0.com`, or with a scheme: `http://localhost:4000`. */
  readonly domain: string;
  readonly clientId: string;
  /** Replaces `globalThis.fetch` for `/co/authenticate` (tests). */
  readonly fetch?: CrossOriginFetch | undefined;
  /** How long `/co/authenticate` may take. Default 15000 ms. */
  readonly timeoutMs?: number | undefined;
}

/**
 * Password users continue on Auth0's hosted login page, with their email and
 * connection. Give the login flow `passwordEntry: 'hosted-page'` as well, so
 * that it redirects them at once instead of asking for a password.
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
 *   passwordMode: embeddedPasswords, domain: 'tenant.auth0.com', clientId, appState: { returnTo: '/' },
 * };
 * ```
 */
export type Auth0AuthenticatorOptions = EmbeddedPasswordOptions | UniversalLoginPasswordOptions;

/**
 * The login flow's `Authenticator`, on `@auth0/auth0-react` (use it inside
 * `<Auth0Provider>`). SSO and hosted login redirect with `login_hint` (and
 * `connection`, `organization`); password login either redirects to
 * Universal Login or, with `embeddedPasswords`, checks the password with
 * `POST /co/authenticate` and redeems the ticket through `/authorize`.
 * Failures reject with an `AuthenticationError` that never holds the password.
 * The authenticator keeps its identity; it always uses the latest options.
 *
 * @throws TypeError when `passwordMode` is neither `'universal-login'` nor
 * `embeddedPasswords`, or when embedded mode lacks a valid `domain` or `clientId`.
 *
 * @example
 * ```tsx
 * const authenticator = useAuth0Authenticator({
 *   passwordMode: embeddedPasswords,
 *   domain: 'tenant.auth0.com',
 *   clientId: 'abc123',
 * });
 * return <EmailFirstLogin resolveRealm={resolveRealm} authenticator={authenticator} />;
 * ```
 */
export function useAuth0Authenticator(options: Auth0AuthenticatorOptions): Authenticator {
  const { loginWithRedirect } = useAuth0();
  // Checked on every render: a misconfiguration fails at once, naming the option.
  const checkPassword = readPasswordMode(options);
  const latest = useRef({ loginWithRedirect, options, checkPassword });
  useEffect(() => {
    latest.current = { loginWithRedirect, options, checkPassword };
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
          `loginWithRedirect failed: ${String(error)}`,
          {
            cause: error,
          },
        );
      }
    }
    // SSO, hosted login and Universal Login all hand Auth0 the email, and the connection when known.
    const withHint = ({ email, connection }: { email: string; connection?: string }) =>
      redirect({ login_hint: email, ...(connection === undefined ? {} : { connection }) });
    return {
      loginWithSso: withHint,
      loginWithHostedPage: withHint,
      async loginWithPassword(request) {
        const check = latest.current.checkPassword;
        if (check === null) return withHint(request);
        return redirect({ login_ticket: await check(request), realm: request.connection });
      },
    };
  });
  return authenticator;
}

/** The embedded password check, `null` with Universal Login; throws naming a bad option. */
function readPasswordMode(options: Auth0AuthenticatorOptions) {
  const { passwordMode } = options;
  if (passwordMode === undefined || passwordMode === 'universal-login') return null;
  // Checked at run time too: JavaScript callers may still pass the string 'embedded'.
  if (typeof (passwordMode as Partial<EmbeddedPasswordMode> | null)?.setup !== 'function') {
    throw new TypeError(
      "useAuth0Authenticator: `passwordMode` must be 'universal-login' or embeddedPasswords",
    );
  }
  return passwordMode.setup(options as EmbeddedPasswordOptions);
}
