import { createPostLoginAction } from '../action/post-login-action.js';

/**
 * One tenant as stored in a user's `app_metadata.tenants`: a role alone, or its
 * role, channels and display name.
 *
 * @example
 * ```ts
 * const admin: TenantMetadata = { role: 'admin', channels: ['*'] };
 * const owner: TenantMetadata = 'full';
 * ```
 */
export type TenantMetadata =
  | string
  | {
      readonly role?: string;
      readonly channels?: readonly string[];
      readonly name?: string;
    };

/**
 * One Auth0 Organization as stored in a user's `app_metadata.organizations`.
 *
 * @example
 * ```ts
 * const company: OrganizationMetadata = { id: 'org_company2', name: 'company2', display_name: 'Company 2', role: 'admin' };
 * ```
 */
export interface OrganizationMetadata {
  readonly id: string;
  readonly name?: string;
  readonly display_name?: string;
  readonly role?: string;
  readonly channels?: readonly string[];
}

/**
 * Options of {@link createTenantClaims}.
 *
 * @example
 * ```ts
 * const input: TenantClaimsInput = { tenants: { 'team-1': { role: 'admin', channels: ['*'] } } };
 * ```
 */
export interface TenantClaimsInput {
  /** `app_metadata.tenants`: tenant id → role, or `{ role, channels, name }`. */
  readonly tenants?: Readonly<Record<string, TenantMetadata>>;
  /** `app_metadata.organizations`: the user's Auth0 Organizations. */
  readonly organizations?: readonly OrganizationMetadata[];
  /** The claims' namespace, ending with `/`. Default `https://tenantkit.dev/`. */
  readonly namespace?: string;
  /** Tenants as compact tuples `[role, channels?, name?]`, as the Action's `compact` option writes them. */
  readonly compact?: boolean;
}

/**
 * The custom claims that tenantkit's post-login Action puts in an ID token for
 * a user with this `app_metadata` — computed by running that very Action, so
 * the shapes cannot drift from what Auth0 (or the dev identity provider)
 * issues: `<namespace>tenants` always, `<namespace>organizations` when the
 * user has an organizations list. Throws a `RangeError` when Auth0 would
 * refuse the login (claims over 100 KB), and a `TypeError` for a bad namespace.
 *
 * @example
 * ```ts
 * createTenantClaims({ tenants: { 'team-1': { role: 'admin', channels: ['*'] } } });
 * // { 'https://tenantkit.dev/tenants': { 'team-1': { role: 'admin', channels: ['*'] } } }
 * ```
 */
export function createTenantClaims(input: TenantClaimsInput = {}): Record<string, unknown> {
  const { tenants = {}, organizations, namespace, compact } = input;
  const action = createPostLoginAction({
    ...(namespace !== undefined && { namespace }),
    ...(compact !== undefined && { compact }),
  });
  const claims: Record<string, unknown> = {};
  const denials: string[] = [];
  const appMetadata = organizations === undefined ? { tenants } : { tenants, organizations };
  // The Action does its work before its promise settles: the claims are set on return.
  void action(
    { user: { app_metadata: appMetadata } },
    {
      idToken: { setCustomClaim: (name, value) => void (claims[name] = value) },
      accessToken: { setCustomClaim: () => undefined },
      access: { deny: (reason) => void denials.push(reason) },
    },
  );
  const [denial] = denials;
  if (denial !== undefined) throw new RangeError(`createTenantClaims: ${denial}`);
  return claims;
}
