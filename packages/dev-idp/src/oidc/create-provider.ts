import { createHash, generateKeyPair, randomBytes, type JsonWebKey } from 'node:crypto';
import { tenantkitClaimNames, type OnExecutePostLogin } from '@tenantkit/auth0/action';
import Provider, { errors, type Account, type KoaContextWithOIDC } from 'oidc-provider';
import { layout, pageSecurityPolicy } from '../pages/layout.js';
import { html, rawHtml } from '../pages/html.js';
import { messagePage } from '../pages/message-page.js';
import type { Directory } from '../seed/directory.js';
import { authorizationParams, requestedOrganizationId } from './authorization-params.js';
import { createInteractionPolicy } from './interaction-policy.js';
import { createMemoryAdapter } from './memory-adapter.js';
import { runPostLoginAction } from './post-login-runtime.js';

/**
 * Auth0's endpoint paths. Discovery stays at oidc-provider's (and Auth0's)
 * `/.well-known/openid-configuration`.
 */
export const AUTH0_ROUTES = {
  authorization: '/authorize',
  token: '/oauth/token',
  revocation: '/oauth/revoke',
  end_session: '/v2/logout',
  jwks: '/.well-known/jwks.json',
  userinfo: '/userinfo',
} as const;

/** Where oidc-provider sends the browser for a login: the hosted pages. */
export const INTERACTION_PATH = '/interaction/';

const HOUR = 60 * 60;
const DAY = 24 * HOUR;

async function signingKey(): Promise<JsonWebKey> {
  const { privateKey } = await new Promise<{ privateKey: import('node:crypto').KeyObject }>(
    (resolve, reject) => {
      generateKeyPair('rsa', { modulusLength: 2048 }, (error, _publicKey, key) => {
        if (error === null) resolve({ privateKey: key });
        else reject(error);
      });
    },
  );
  const jwk = privateKey.export({ format: 'jwk' });
  const kid = createHash('sha256').update(String(jwk.n)).digest('base64url').slice(0, 16);
  return { ...jwk, kid, alg: 'RS256', use: 'sig' };
}

// Kept out of `html` templates: a formatter reflowing the script would break its CSP hash.
const AUTO_SUBMIT = "document.getElementById('op.logoutForm').submit();";
const AUTO_SUBMIT_HASH = createHash('sha256').update(AUTO_SUBMIT).digest('base64');
const AUTO_SUBMIT_SCRIPT = rawHtml(`<script>${AUTO_SUBMIT}</script>`);
const NO_SCRIPT_BUTTON = rawHtml(
  '<noscript><button type="submit" form="op.logoutForm">Sign out</button></noscript>',
);

/**
 * Creates the oidc-provider instance that speaks Auth0's protocol: Auth0's
 * paths, RS256, PKCE (S256) for every client, exact redirect URIs, refresh
 * tokens with rotation when `offline_access` is asked for, `web_message` for
 * silent authentication in an iframe, no consent screen (first-party apps), the
 * claims that auth0-spa-js reads in the ID token, `org_id`/`org_name` for
 * organizations, and the post-login Action's claims. Logout needs no
 * confirmation. A fresh signing key and cookie key are made at each start.
 *
 * @example
 * ```ts
 * const provider = await createProvider({ issuer: 'http://localhost:4000/', directory, action });
 * ```
 */
export async function createProvider(options: {
  readonly issuer: string;
  readonly directory: Directory;
  readonly action: OnExecutePostLogin;
}): Promise<Provider> {
  const { issuer, directory, action } = options;
  const names = tenantkitClaimNames(directory.namespace);
  const updatedAt = new Date().toISOString();

  const findAccount = (ctx: KoaContextWithOIDC, sub: string): Account | undefined => {
    const user = directory.userById(sub);
    if (user === undefined) return undefined;
    return {
      accountId: user.id,
      async claims(use, _scope, claims) {
        const client = directory.client(ctx.oidc.client?.clientId);
        if (client === undefined) throw new errors.AccessDenied('unknown client');
        const organizationId = use === 'id_token' ? requestedOrganizationId(claims) : undefined;
        const organization =
          organizationId === undefined ? undefined : directory.organization(organizationId);
        const outcome = await runPostLoginAction(action, {
          user,
          organization,
          client,
          protocol:
            ctx.oidc.params.grant_type === 'refresh_token'
              ? 'oauth2-refresh-token'
              : 'oidc-basic-profile',
        });
        if (!outcome.ok) throw new errors.AccessDenied(outcome.reason);
        return {
          sub: user.id,
          name: user.name,
          nickname: user.email.slice(0, user.email.indexOf('@')),
          updated_at: updatedAt,
          email: user.email,
          email_verified: true,
          ...(organization === undefined
            ? {}
            : { org_id: organization.id, org_name: organization.name }),
          ...outcome.idTokenClaims,
        };
      },
    };
  };

  const renderPage = (
    ctx: KoaContextWithOIDC,
    page: { text: string },
    scriptHashes: string[] = [],
  ): void => {
    ctx.type = 'html';
    ctx.set('Content-Security-Policy', pageSecurityPolicy(scriptHashes));
    ctx.body = page.text;
  };

  const provider = new Provider(issuer, {
    adapter: createMemoryAdapter(),
    clients: directory.clients.map((client) => ({
      client_id: client.clientId,
      client_name: client.name,
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: client.callbacks,
      post_logout_redirect_uris: client.logoutUrls,
      id_token_signed_response_alg: 'RS256',
    })),
    clientBasedCORS: (_ctx: KoaContextWithOIDC, origin: string, client: { clientId: string }) =>
      directory.client(client.clientId)?.webOrigins.includes(origin) === true,
    jwks: { keys: [await signingKey()] },
    cookies: {
      // Distinct names, so an app's own cookies on another localhost port cannot collide.
      names: {
        session: 'tk_idp_session',
        interaction: 'tk_idp_interaction',
        resume: 'tk_idp_resume',
      },
      keys: [randomBytes(32).toString('base64url')],
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    routes: AUTH0_ROUTES,
    responseTypes: ['code'],
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    claims: {
      openid: ['sub', 'org_id', 'org_name', names.tenants, names.organizations],
      profile: ['name', 'nickname', 'updated_at'],
      email: ['email', 'email_verified'],
    },
    // Auth0 puts the profile claims in the ID token even when an access token is issued.
    conformIdTokenClaims: false,
    extraParams: authorizationParams(directory),
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      resourceIndicators: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      webMessageResponseMode: { enabled: true, ack: 'individual-draft-01' },
      rpInitiatedLogout: {
        enabled: true,
        // Auth0's /v2/logout asks nothing: the form oidc-provider renders submits itself.
        logoutSource: (ctx: KoaContextWithOIDC, form: string) => {
          const confirmed = form.replace(
            '</form>',
            '<input type="hidden" name="logout" value="yes"/></form>',
          );
          renderPage(
            ctx,
            layout(
              'Signing out',
              html`<h1>Signing out…</h1>
                ${rawHtml(confirmed)}${NO_SCRIPT_BUTTON}${AUTO_SUBMIT_SCRIPT}`,
            ),
            [AUTO_SUBMIT_HASH],
          );
        },
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => {
          renderPage(
            ctx,
            messagePage('Signed out', 'You are signed out of the tenantkit dev identity provider.'),
          );
        },
      },
    },
    interactions: {
      policy: createInteractionPolicy({ directory, action }),
      url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) =>
        `${INTERACTION_PATH}${interaction.uid}`,
    },
    // First-party applications never see a consent screen on Auth0: grant what is asked.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { oidc } = ctx;
      const clientId = oidc.client?.clientId;
      const accountId = oidc.session?.accountId;
      if (clientId === undefined || accountId === undefined) return undefined;
      const grantId = oidc.session?.grantIdFor(clientId);
      const existing = grantId === undefined ? undefined : await oidc.provider.Grant.find(grantId);
      const grant =
        existing?.accountId === accountId
          ? existing
          : new oidc.provider.Grant({ accountId, clientId });
      if (oidc.requestParamOIDCScopes.size > 0) grant.addOIDCScope(oidc.requestParamOIDCScopes);
      if (oidc.requestParamClaims.size > 0) grant.addOIDCClaims(oidc.requestParamClaims);
      await grant.save();
      return grant;
    },
    findAccount,
    rotateRefreshToken: true,
    renderError: (ctx: KoaContextWithOIDC, out: { error?: string; error_description?: string }) => {
      renderPage(
        ctx,
        messagePage(
          'Something went wrong',
          'The identity provider could not complete this request.',
          [`${out.error ?? 'error'}: ${out.error_description ?? ''}`],
        ),
      );
    },
    ttl: {
      AccessToken: DAY,
      AuthorizationCode: 60,
      IdToken: 10 * HOUR,
      Interaction: HOUR,
      Session: 3 * DAY,
      Grant: 30 * DAY,
      // Rotation keeps the absolute lifetime of the first refresh token, as on Auth0.
      RefreshToken: (ctx: KoaContextWithOIDC) =>
        ctx.oidc.entities.RotatedRefreshToken?.remainingTTL ?? 30 * DAY,
    },
  });
  return provider;
}
