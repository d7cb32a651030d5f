import { useAuth0, type AuthorizationParams } from '@auth0/auth0-react';
import type { DiscoveryFetch, Realm, RealmResolver } from '@tenantkit/core';
import {
  EmailFirstLogin,
  type EmailFirstLoginSettings,
  type EmailFirstLoginViewProps,
} from '@tenantkit/react';
import { useState } from 'react';
import type { CrossOriginFetch } from './cross-origin-authenticate.js';
import { safeReturnTo } from './safe-return-to.js';
import { useAuth0Authenticator, type PasswordMode } from './use-auth0-authenticator.js';
import {
  DEFAULT_DATABASE_CONNECTION,
  useAuth0RealmResolver,
  type Auth0RealmSource,
} from './use-auth0-realm-resolver.js';

/**
 * Props of {@link Auth0EmailFirstLogin}.
 *
 * @example
 * ```ts
 * const props: Auth0EmailFirstLoginProps = { domain: 'tenant.auth0.com', clientId, passwordMode: 'embedded' };
 * ```
 */
export interface Auth0EmailFirstLoginProps
  extends EmailFirstLoginSettings, EmailFirstLoginViewProps {
  /** The Auth0 domain, as given to `<Auth0Provider>`: `tenant.auth0.com` or `http://localhost:4000`. */
  readonly domain: string;
  /** The application's client id, as given to `<Auth0Provider>`. */
  readonly clientId: string;
  /**
   * `'universal-login'` (default): password users continue on Auth0's hosted
   * page, so the widget never asks for a password. `'embedded'`: the widget
   * asks for it and checks it with cross-origin authentication.
   */
  readonly passwordMode?: PasswordMode | undefined;
  /** Where discovery looks domains up. Default `'webfinger'`. */
  readonly realmSource?: Auth0RealmSource | undefined;
  /** The database connection of password users. Default `Username-Password-Authentication`. */
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

// An error_description is the identity provider's text: shown as text, and not at any length.
const maxErrorLength = 300;

/**
 * The email-first login wired to Auth0: WebFinger discovery (or the source
 * you choose), SSO through `loginWithRedirect` with `connection` and
 * `login_hint`, and password users sent to Universal Login or, with
 * `passwordMode: 'embedded'`, signed in by cross-origin authentication. A
 * failed callback's `error_description` is shown as text on the email step.
 * Render it inside `<Auth0Provider>`.
 *
 * @example
 * ```tsx
 * <Auth0Provider domain="tenant.auth0.com" clientId="abc123" authorizationParams={{ redirect_uri: location.origin }}>
 *   <Auth0EmailFirstLogin domain="tenant.auth0.com" clientId="abc123" passwordMode="embedded" />
 * </Auth0Provider>
 * ```
 */
export function Auth0EmailFirstLogin(props: Auth0EmailFirstLoginProps) {
  const {
    domain,
    clientId,
    passwordMode = 'universal-login',
    realmSource = 'webfinger',
    databaseConnection = DEFAULT_DATABASE_CONNECTION,
    organization,
    returnTo,
    authorizationParams,
    emailQueryParam = 'login_hint',
    fetch,
    initialError,
    ...view
  } = props;
  const { error } = useAuth0();
  const [appState] = useState(() => ({ returnTo: safeReturnTo(returnTo ?? readReturnTo()) }));
  const authenticator = useAuth0Authenticator({
    ...(passwordMode === 'embedded' ? { passwordMode, domain, clientId, fetch } : { passwordMode }),
    organization,
    appState,
    authorizationParams,
  });
  const resolver = useAuth0RealmResolver({
    source: realmSource,
    domain,
    clientId,
    passwordConnection: databaseConnection,
    fetch,
  });
  const [resolveRealm] = useState(() =>
    passwordMode === 'embedded' ? resolver : hostedForPasswordUsers(resolver),
  );
  return (
    <EmailFirstLogin
      {...view}
      resolveRealm={resolveRealm}
      authenticator={authenticator}
      emailQueryParam={emailQueryParam === false ? undefined : emailQueryParam}
      initialError={error ? error.message.slice(0, maxErrorLength) : initialError}
    />
  );
}

/**
 * With Universal Login, a password typed in the widget could not be used:
 * password users get the hosted-login step instead of a password field.
 */
function hostedForPasswordUsers(resolveRealm: RealmResolver): RealmResolver {
  return async (email, options) => {
    const realm = await resolveRealm(email, options);
    return realm.kind === 'password'
      ? ({ kind: 'unknown', domain: realm.domain, reason: 'not-found' } satisfies Realm)
      : realm;
  };
}

function readReturnTo(): string | null {
  return typeof location === 'undefined'
    ? null
    : new URLSearchParams(location.search).get('returnTo');
}
