import { useAuth0, type AuthorizationParams } from '@auth0/auth0-react';
import type { DiscoveryFetch } from '@tenantkit/core';
import {
  EmailFirstLogin,
  type EmailFirstLoginSettings,
  type EmailFirstLoginViewProps,
} from '@tenantkit/react';
import { useState } from 'react';
import type { CrossOriginFetch } from './cross-origin-authenticate.js';
import { safeReturnTo } from './safe-return-to.js';
import { useAuth0Authenticator, type PasswordMode } from './use-auth0-authenticator.js';
import { useAuth0RealmResolver, type Auth0RealmSource } from './use-auth0-realm-resolver.js';

/**
 * Props of {@link Auth0EmailFirstLogin}.
 *
 * @example
 * ```ts
 * const props: Auth0EmailFirstLoginProps = { domain: 'tenant.auth0.com', clientId, passwordMode: embeddedPasswords };
 * ```
 */
export interface Auth0EmailFirstLoginProps
  extends EmailFirstLoginSettings, EmailFirstLoginViewProps {
  /** The Auth0 domain, as given to `<Auth0Provider>`: `tenant.auth0.com` or `http://localhost:4000`. */
  readonly domain: string;
  /** The application's client id, as given to `<Auth0Provider>`. */
  readonly clientId: string;
  /**
   * `'universal-login'` (default): as soon as discovery finds a password user,
   * the widget redirects to Auth0's hosted page with the email and the database
   * connection; it never asks for a password. `embeddedPasswords`: the widget
   * asks for it and checks it with cross-origin authentication.
   */
  readonly passwordMode?: PasswordMode | undefined;
  /**
   * Where discovery looks domains up: `webFingerDiscovery` (default),
   * `clientInfoDiscovery`, or your own `() => resolver`. Called once per mount.
   */
  readonly realmSource?: Auth0RealmSource | undefined;
  /**
   * The database connection of password users, sent as `connection` to the
   * hosted page (Universal Login) or as `realm` (embedded). Default
   * `Username-Password-Authentication`; with `clientInfoDiscovery`, the
   * application's first database connection.
   */
  readonly databaseConnection?: string | undefined;
  /** Signs in to this organization (an `org_...` id or a name). */
  readonly organization?: string | undefined;
  /**
   * Where to land after login, an untrusted value: only a path on this origin
   * is kept (see `safeReturnTo`), anything else becomes `/`. Defaults to the
   * page's `returnTo` query parameter. Passed as `appState.returnTo`.
   */
  readonly returnTo?: string | null | undefined;
  /** More `/authorize` parameters (`audience`, `scope`...). */
  readonly authorizationParams?: AuthorizationParams | undefined;
  readonly initialEmail?: string | undefined;
  /** The query parameter that prefills the email. Default `'login_hint'`; `false` reads none. */
  readonly emailQueryParam?: string | false | undefined;
  readonly rememberEmail?: boolean | undefined;
  readonly discoverWhileTyping?: boolean | number | undefined;
  readonly discoveryTimeoutMs?: number | undefined;
  /** Replaces `globalThis.fetch` for discovery and `/co/authenticate` (tests). */
  readonly fetch?: (DiscoveryFetch & CrossOriginFetch) | undefined;
}

/**
 * The email-first login wired to Auth0: WebFinger discovery (or the source
 * you choose), SSO through `loginWithRedirect` with `connection` and
 * `login_hint`, and password users sent straight to Universal Login with one
 * submit or, with `passwordMode={embeddedPasswords}`, signed in by
 * cross-origin authentication. A failed callback's `error_description` is
 * shown as text on the email step. Render it inside `<Auth0Provider>`.
 *
 * @example
 * ```tsx
 * <Auth0Provider domain="tenant.auth0.com" clientId="abc123" authorizationParams={{ redirect_uri: location.origin }}>
 *   <Auth0EmailFirstLogin domain="tenant.auth0.com" clientId="abc123" />
 * </Auth0Provider>
 * ```
 */
export function Auth0EmailFirstLogin(props: Auth0EmailFirstLoginProps) {
  const { passwordMode, returnTo, emailQueryParam = 'login_hint' } = props;
  const { error } = useAuth0();
  const [appState] = useState(() => ({
    returnTo: safeReturnTo(
      // No `location` outside a browser: no query string either.
      returnTo ??
        new URLSearchParams((globalThis as { location?: Location }).location?.search).get(
          'returnTo',
        ),
    ),
  }));
  // The props hold both hooks' options under the same names; each hook reads only its own.
  const authenticator = useAuth0Authenticator({ ...props, appState });
  const resolveRealm = useAuth0RealmResolver({
    ...props,
    source: props.realmSource,
    passwordConnection: props.databaseConnection,
  });
  return (
    <EmailFirstLogin
      {...props}
      resolveRealm={resolveRealm}
      authenticator={authenticator}
      // Only embeddedPasswords is an object: Universal Login (the default) never asks for a password.
      passwordEntry={typeof passwordMode === 'object' ? 'widget' : 'hosted-page'}
      emailQueryParam={emailQueryParam || undefined}
      // A failed callback replaces `initialError`. Its error_description is the
      // identity provider's text: shown as text, and not at any length.
      {...(error && { initialError: error.message.slice(0, 300) })}
    />
  );
}
