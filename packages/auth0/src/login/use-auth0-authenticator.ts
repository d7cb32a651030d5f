import {
  useAuth0,
  type AppState,
  type AuthorizationParams,
  type RedirectLoginOptions,
} from '@auth0/auth0-react';
import {
  AuthenticationError,
  type Authenticator,
  type PasswordLoginRequest,
  type SsoLoginRequest,
} from '@tenantkit/core';
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
  const { passwordMode, organization, appState, authorizationParams } = options;
  let checkPassword: ReturnType<EmbeddedPasswordMode['setup']> | undefined;
  // Checked on every render: a misconfiguration fails at once, naming the option.
  if (passwordMode !== undefined && passwordMode !== 'universal-login') {
    // Checked at run time too: JavaScript callers may still pass the string 'embedded'.
    if (typeof (passwordMode as Partial<EmbeddedPasswordMode> | null)?.setup !== 'function') {
      throw new TypeError(
        "useAuth0Authenticator: `passwordMode` must be 'universal-login' or embeddedPasswords",
      );
    }
    checkPassword = passwordMode.setup(options as EmbeddedPasswordOptions);
  }

  // SSO, hosted login and Universal Login all hand Auth0 the email, and the
  // connection when known; in embedded mode, a request with a password is
  // checked first and hands Auth0 the login ticket instead. An absent
  // `connection` or `organization` is left out: as `undefined`, it would
  // override the app's (and the provider's). auth0-spa-js reads an
  // `undefined` `appState` as none.
  const login = async (request: SsoLoginRequest | PasswordLoginRequest) => {
    const { connection } = request;
    const params =
      checkPassword && 'password' in request
        ? { login_ticket: await checkPassword(request), realm: connection }
        : { login_hint: request.email, ...(connection !== undefined && { connection }) };
    try {
      await loginWithRedirect({
        appState,
        authorizationParams: {
          ...authorizationParams,
          ...params,
          ...(organization !== undefined && { organization }),
        },
      } as RedirectLoginOptions);
    } catch (error) {
      throw new AuthenticationError(
        'redirect-failed',
        `loginWithRedirect failed: ${String(error)}`,
        { cause: error },
      );
    }
  };
  const latest = useRef(login);
  useEffect(() => {
    latest.current = login;
  });

  return useState<Authenticator>(() => {
    const latestLogin = (request: SsoLoginRequest | PasswordLoginRequest) =>
      latest.current(request);
    return {
      loginWithSso: latestLogin,
      loginWithHostedPage: latestLogin,
      loginWithPassword: latestLogin,
    };
  })[0];
}
