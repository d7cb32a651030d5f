import { createTenantClaims, type TenantClaimsInput } from './create-tenant-claims.js';

/**
 * Options of {@link createIdTokenClaims}: who the user is, their tenants as
 * `app_metadata` holds them, and the organization the token is for.
 *
 * @example
 * ```ts
 * const input: IdTokenClaimsInput = { email: 'ana@example.com', tenants: { 'team-1': 'admin' } };
 * ```
 */
export interface IdTokenClaimsInput extends TenantClaimsInput {
  readonly email: string;
  /** The user id. Default `auth0|<email>`. */
  readonly sub?: string;
  /** Default: the email. */
  readonly name?: string;
  /**
   * Organizations mode: the `org_...` id the token was issued for (`org_id`).
   * `org_name` is the `name` of that entry of `organizations`, when it has one.
   */
  readonly organization?: string;
  /** More claims, added last (they win over the generated ones). */
  readonly claims?: Readonly<Record<string, unknown>>;
}

/**
 * The claims of an ID token as `useAuth0().user` exposes them.
 *
 * @example
 * ```ts
 * const claims: IdTokenClaims = createIdTokenClaims({ email: 'ana@example.com' });
 * claims.sub; // 'auth0|ana@example.com'
 * ```
 */
export interface IdTokenClaims {
  readonly sub: string;
  readonly email: string;
  readonly email_verified: boolean;
  readonly name: string;
  readonly nickname: string;
  readonly org_id?: string;
  readonly org_name?: string;
  readonly [claim: string]: unknown;
}

/**
 * The claims of an ID token for a user with the given tenants, shaped as Auth0
 * (with tenantkit's post-login Action) and the dev identity provider issue
 * them: the profile (`sub`, `name`, `nickname`, `email`, `email_verified`), the
 * namespaced tenant claims (see {@link createTenantClaims}), and `org_id` /
 * `org_name` when the token is for an organization. Pass the result as
 * `user` to `MockAuth0Provider`, or as `claims` to `TenantProvider`.
 *
 * @example
 * ```tsx
 * const user = createIdTokenClaims({
 *   email: 'ana@example.com',
 *   tenants: { 'team-1': { role: 'admin', channels: ['*'] }, 'team-2': 'viewer' },
 * });
 * <MockAuth0Provider user={user}>
 *   <Auth0TenantProvider>
 *     <TenantSwitcher />
 *   </Auth0TenantProvider>
 * </MockAuth0Provider>;
 * ```
 */
export function createIdTokenClaims(input: IdTokenClaimsInput): IdTokenClaims {
  const { email, sub = `auth0|${email}`, name = email, organization, claims } = input;
  const at = email.indexOf('@');
  const orgName = input.organizations?.find(({ id }) => id === organization)?.name;
  return {
    sub,
    name,
    nickname: at > 0 ? email.slice(0, at) : email,
    email,
    email_verified: true,
    ...(organization !== undefined && { org_id: organization }),
    ...(organization !== undefined && orgName !== undefined && { org_name: orgName }),
    ...createTenantClaims(input),
    ...claims,
  };
}
