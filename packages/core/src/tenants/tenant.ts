/**
 * Whether a tenant is the user's own account or an organization they belong to.
 * Switchers usually show the personal tenant apart from the others.
 *
 * @example
 * ```ts
 * const personal = tenants.filter((tenant) => tenant.kind === 'personal');
 * ```
 */
export type TenantKind = 'personal' | 'organization';

/**
 * One workspace the signed-in user can act in, as stated by their ID token.
 *
 * Everything here was read from the token: `role` is `null` and `channels` is
 * empty unless the token says otherwise, so nothing is ever granted by default.
 *
 * @example
 * ```ts
 * const team: Tenant = {
 *   id: 'team-2',
 *   name: 'Team 2',
 *   role: 'employee',
 *   channels: ['channel-1', 'channel-2'],
 *   kind: 'organization',
 * };
 * ```
 */
export interface Tenant {
  /** The id the token uses for this tenant, kept exactly (case and spaces included). */
  readonly id: string;
  /** A name to show; the id when the token gives none. */
  readonly name: string;
  /** The user's role here, compared exactly (`'Admin'` is not `'admin'`); `null` when none is stated. */
  readonly role: string | null;
  /** Channels the user may use here; `'*'` means all of them. */
  readonly channels: readonly string[];
  readonly kind: TenantKind;
  /**
   * Set for tenants that are Auth0 Organizations: entering one is a new login with
   * `organization: orgId` rather than a local switch.
   */
  readonly orgId?: string;
}
