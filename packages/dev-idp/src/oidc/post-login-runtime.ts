import {
  CUSTOM_CLAIMS_LIMIT_BYTES,
  type OnExecutePostLogin,
  type PostLoginApi,
  type PostLoginEvent,
} from '@tenantkit/auth0/action';
import type { DirectoryUser } from '../seed/directory.js';
import type { Client, Organization } from '../seed/seed.js';

/**
 * Claim names Auth0 reserves: an Action that sets one has it silently dropped.
 * From Auth0's "Create custom claims" documentation.
 */
export const RESTRICTED_CLAIMS: ReadonlySet<string> = new Set([
  'acr',
  'act',
  'active',
  'amr',
  'at_hash',
  'ath',
  'attest',
  'aud',
  'auth_time',
  'authorization_details',
  'azp',
  'c_hash',
  'client_id',
  'cnf',
  'cty',
  'dest',
  'entitlements',
  'events',
  'exp',
  'groups',
  'gty',
  'htm',
  'htu',
  'iat',
  'internalService',
  'iss',
  'jcard',
  'jku',
  'jti',
  'jwe',
  'jwk',
  'kid',
  'may_act',
  'mky',
  'nbf',
  'nonce',
  'object_id',
  'org_id',
  'org_name',
  'orig',
  'origid',
  'permissions',
  'roles',
  'rph',
  's_hash',
  'sid',
  'sip_callid',
  'sip_cseq_num',
  'sip_date',
  'sip_from_tag',
  'sip_via_branch',
  'sub',
  'sub_jwk',
  'toe',
  'txn',
  'typ',
  'uuid',
  'vot',
  'vtm',
  'x5t#S256',
]);

// Auth0 also drops claims namespaced under its own domains.
const RESERVED_HOSTS = ['auth0.com', 'webtask.io', 'webtask.run'];

/**
 * Whether Auth0 would drop a custom claim of this name.
 *
 * @example
 * ```ts
 * isRestrictedClaim('roles'); // true
 * isRestrictedClaim('https://example.com/roles'); // false
 * ```
 */
export function isRestrictedClaim(name: string): boolean {
  if (RESTRICTED_CLAIMS.has(name)) return true;
  if (!/^https?:\/\//u.test(name)) return false;
  try {
    const host = new URL(name).hostname;
    return RESERVED_HOSTS.some((reserved) => host === reserved || host.endsWith(`.${reserved}`));
  } catch {
    return false;
  }
}

/** Why the Action runs: a login (code flow) or a refresh token exchange. */
export type PostLoginProtocol = 'oidc-basic-profile' | 'oauth2-refresh-token';

/** What a post-login run gives: the ID token's custom claims, or why the login fails. */
export type PostLoginOutcome =
  | { readonly ok: true; readonly idTokenClaims: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly reason: string };

interface DevIdpPostLoginEvent extends PostLoginEvent {
  readonly user: PostLoginEvent['user'] & Readonly<Record<string, unknown>>;
  readonly organization?: Readonly<Record<string, unknown>>;
  readonly [field: string]: unknown;
}

/**
 * Runs a post-login Action the way Auth0 does for a login: with an `event`
 * built from the seed (user, organization, client, connection) and an `api`
 * that records custom claims. Then it applies Auth0's rules: restricted claim
 * names are dropped silently, custom claims over the 100 KB limit fail the
 * login, `api.access.deny(reason)` fails it with that reason, and so does an
 * Action that throws.
 *
 * @example
 * ```ts
 * const outcome = await runPostLoginAction(onExecutePostLogin, { user, organization, client, protocol: 'oidc-basic-profile' });
 * if (!outcome.ok) throw new errors.AccessDenied(outcome.reason);
 * ```
 */
export async function runPostLoginAction(
  action: OnExecutePostLogin,
  context: {
    readonly user: DirectoryUser;
    readonly organization: Organization | undefined;
    readonly client: Client;
    readonly protocol: PostLoginProtocol;
  },
): Promise<PostLoginOutcome> {
  const { user, organization, client, protocol } = context;
  const claims: Record<string, unknown> = {};
  let denied: string | undefined;
  const setClaim =
    (target: Record<string, unknown> | undefined) => (name: string, value: unknown) => {
      // Auth0 serialises claims as JSON: a value that does not survive that never reaches a token.
      if (target !== undefined && !isRestrictedClaim(name)) {
        const json = JSON.stringify(value) as string | undefined;
        target[name] = JSON.parse(json ?? 'null') as unknown;
      }
    };
  const api: PostLoginApi = {
    idToken: { setCustomClaim: setClaim(claims) },
    // Access tokens here are opaque: their claims are accepted and ignored.
    accessToken: { setCustomClaim: setClaim(undefined) },
    access: {
      deny: (reason: string) => {
        denied ??= reason;
      },
    },
  };
  const event: DevIdpPostLoginEvent = {
    user: {
      user_id: user.id,
      email: user.email,
      email_verified: true,
      name: user.name,
      nickname: user.email.slice(0, user.email.indexOf('@')),
      app_metadata: structuredClone(user.app_metadata),
      user_metadata: {},
      identities: [
        {
          connection: user.connection.name,
          provider: user.connection.type === 'database' ? 'auth0' : user.connection.strategy,
          user_id: user.id.slice(user.id.lastIndexOf('|') + 1),
          isSocial: false,
        },
      ],
    },
    ...(organization === undefined
      ? {}
      : {
          organization: {
            id: organization.id,
            name: organization.name,
            display_name: organization.displayName,
            metadata: {},
          },
        }),
    client: { client_id: client.clientId, name: client.name, metadata: {} },
    connection: {
      id: `con_${user.connection.name}`,
      name: user.connection.name,
      strategy: user.connection.type === 'database' ? 'auth0' : user.connection.strategy,
    },
    transaction: { protocol },
    secrets: {},
  };

  try {
    await action(event, api);
  } catch (error) {
    return { ok: false, reason: `the post-login Action failed: ${String(error)}` };
  }
  if (denied !== undefined) return { ok: false, reason: denied };
  const size = Buffer.byteLength(JSON.stringify(claims));
  if (size > CUSTOM_CLAIMS_LIMIT_BYTES) {
    return {
      ok: false,
      reason: `custom claims take ${size} bytes, over the limit of ${CUSTOM_CLAIMS_LIMIT_BYTES}`,
    };
  }
  return { ok: true, idTokenClaims: claims };
}
