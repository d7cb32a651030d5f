import { errors, type ClaimsRequest, type Client, type KoaContextWithOIDC } from 'oidc-provider';
import type { Directory } from '../seed/directory.js';

type ParamValidator = (ctx: KoaContextWithOIDC, value: string | undefined, client: Client) => void;

const ORGANIZATION_CLAIMS = ['org_id', 'org_name'];

/**
 * The `/authorize` parameters Auth0 accepts beyond OpenID Connect, as
 * oidc-provider `extraParams` (it silently drops any other). Two carry logic:
 *
 * - `organization` (an id or a name) becomes an essential `org_id` request in
 *   the claims parameter. The claims parameter is stored with the code and every
 *   refresh token, so each token names the organization of its own request,
 *   even when a session already exists. Callers cannot ask for `org_id` themselves.
 * - `scope`: oidc-provider drops `offline_access` unless `prompt=consent`; Auth0
 *   does not, and auth0-spa-js asks for it to get refresh tokens. It is put back.
 *
 * @example
 * ```ts
 * new Provider(issuer, { extraParams: authorizationParams(directory) });
 * ```
 */
export function authorizationParams(directory: Directory): Record<string, ParamValidator | null> {
  return {
    audience: null,
    connection: null,
    invitation: null,
    login_ticket: null,
    realm: null,
    screen_hint: null,
    organization: (ctx, value) => {
      const claims = parseClaims(ctx.oidc.params.claims);
      for (const target of [claims.id_token, claims.userinfo]) {
        for (const name of ORGANIZATION_CLAIMS) delete target?.[name];
      }
      if (value !== undefined) {
        const organization = directory.organization(value);
        if (organization === undefined) {
          throw new errors.InvalidRequest(
            `parameter organization is invalid: ${value} is not a known organization`,
          );
        }
        claims.id_token = {
          ...claims.id_token,
          org_id: { essential: true, value: organization.id },
        };
      }
      if (Object.keys(claims).length > 0) ctx.oidc.params.claims = JSON.stringify(claims);
    },
    scope: (ctx, value, client) => {
      const requested = ctx.method === 'POST' ? ctx.oidc.body?.scope : ctx.query.scope;
      const scopes = value?.split(' ') ?? [];
      if (
        typeof requested === 'string' &&
        requested.split(' ').includes('offline_access') &&
        !scopes.includes('offline_access') &&
        ctx.oidc.params.response_type?.split(' ').includes('code') === true &&
        client.grantTypeAllowed('refresh_token')
      ) {
        ctx.oidc.params.scope = [...scopes, 'offline_access'].join(' ');
      }
    },
  };
}

/**
 * The organization a request or a token was bound to, from the ID token part
 * of its claims parameter.
 *
 * @example
 * ```ts
 * requestedOrganizationId({ org_id: { essential: true, value: 'org_acme' } }); // 'org_acme'
 * ```
 */
export function requestedOrganizationId(
  idTokenClaims: ClaimsRequest | undefined,
): string | undefined {
  const value = idTokenClaims?.org_id?.value;
  return typeof value === 'string' ? value : undefined;
}

function parseClaims(text: string | undefined): {
  id_token?: ClaimsRequest;
  userinfo?: ClaimsRequest;
} {
  // oidc-provider has already checked that the parameter is a JSON object.
  return text === undefined
    ? {}
    : (JSON.parse(text) as { id_token?: ClaimsRequest; userinfo?: ClaimsRequest });
}
