/**
 * Auth0's password policies for database connections, weakest first.
 *
 * @example
 * ```ts
 * const policy: PasswordPolicy = 'good';
 * ```
 */
export type PasswordPolicy = 'none' | 'low' | 'fair' | 'good' | 'excellent';

/**
 * The Auth0 strategies of enterprise (SSO) connections that Lock recognises.
 *
 * @example
 * ```ts
 * const strategy: EnterpriseStrategy = 'okta';
 * ```
 */
export type EnterpriseStrategy =
  'samlp' | 'oidc' | 'okta' | 'waad' | 'adfs' | 'google-apps' | 'ad' | 'pingfederate' | 'office365';

/**
 * A seed file as written: JSON with these fields. `parseSeed` validates it and
 * fills in the defaults. The README documents every field.
 *
 * @example
 * ```ts
 * const seed: SeedDocument = {
 *   connections: [{ name: 'users', type: 'database' }],
 *   clients: [{ clientId: 'app', callbacks: ['http://localhost:5173/'], connections: ['users'] }],
 *   users: [{ email: 'a@example.com', connection: 'users', password: 'Password123!' }],
 * };
 * ```
 */
export interface SeedDocument {
  readonly description?: string;
  /** The namespace of the tenantkit claims; defaults to `https://tenantkit.dev/`. */
  readonly namespace?: string;
  readonly connections: readonly SeedConnectionDocument[];
  readonly clients: readonly SeedClientDocument[];
  readonly organizations?: readonly SeedOrganizationDocument[];
  readonly users: readonly SeedUserDocument[];
}

/**
 * A connection of a {@link SeedDocument}: a database of users with passwords, or
 * an enterprise (SSO) connection that owns the email domains it lists.
 *
 * @example
 * ```ts
 * const database: SeedConnectionDocument = { type: 'database', name: 'users', minLength: 12 };
 * const sso: SeedConnectionDocument = {
 *   type: 'sso', name: 'acme-okta', strategy: 'okta', displayName: 'Acme Okta', domains: ['acme.test'],
 * };
 * ```
 */
export type SeedConnectionDocument =
  | {
      readonly type: 'database';
      readonly name: string;
      /** Defaults to `good`. */
      readonly passwordPolicy?: PasswordPolicy;
      /** Raises the policy's minimum length. */
      readonly minLength?: number;
    }
  | {
      readonly type: 'sso';
      readonly name: string;
      /** Defaults to `oidc`. */
      readonly strategy?: EnterpriseStrategy;
      readonly displayName: string;
      readonly domains: readonly string[];
    };

/**
 * An application of a {@link SeedDocument}.
 *
 * @example
 * ```ts
 * const client: SeedClientDocument = {
 *   clientId: 'my-app', callbacks: ['http://localhost:3000/'], connections: ['tenantkit-users'],
 * };
 * ```
 */
export interface SeedClientDocument {
  readonly clientId: string;
  readonly name?: string;
  readonly callbacks: readonly string[];
  readonly logoutUrls?: readonly string[];
  readonly webOrigins?: readonly string[];
  /** The connections enabled for this application, by name. */
  readonly connections: readonly string[];
}

/**
 * An Auth0 Organization of a {@link SeedDocument}.
 *
 * @example
 * ```ts
 * const organization: SeedOrganizationDocument = {
 *   id: 'org_acme', name: 'acme', displayName: 'Acme', members: ['user@example.com'],
 * };
 * ```
 */
export interface SeedOrganizationDocument {
  /** `org_` followed by letters and digits. */
  readonly id: string;
  /** Lowercase letters, digits, `-` and `_`. */
  readonly name: string;
  readonly displayName?: string;
  /** Members by email. */
  readonly members?: readonly string[];
  readonly invitations?: readonly { readonly id: string; readonly email: string }[];
}

/**
 * A user of a {@link SeedDocument}.
 *
 * @example
 * ```ts
 * const user: SeedUserDocument = {
 *   email: 'bulk@example.com', connection: 'tenantkit-users', password: 'Password123!',
 *   generateTenants: { count: 500, role: 'viewer' },
 * };
 * ```
 */
export interface SeedUserDocument {
  /** Defaults to a stable id derived from the connection and the email. */
  readonly id?: string;
  readonly email: string;
  readonly name?: string;
  readonly connection: string;
  /** Required for database users, forbidden for SSO users. */
  readonly password?: string;
  readonly app_metadata?: Readonly<Record<string, unknown>>;
  /** Adds `count` tenants to `app_metadata.tenants` at load, for tests at scale. */
  readonly generateTenants?: {
    readonly count: number;
    readonly idPrefix?: string;
    readonly role?: string;
    readonly channels?: readonly string[];
  };
}

/**
 * A validated database connection, with its password policy filled in.
 *
 * @example
 * ```ts
 * const databases = seed.connections.filter(
 *   (connection): connection is DatabaseConnection => connection.type === 'database',
 * );
 * ```
 */
export interface DatabaseConnection {
  readonly type: 'database';
  readonly name: string;
  readonly passwordPolicy: PasswordPolicy;
  readonly minLength: number | undefined;
}

/**
 * A validated enterprise connection; `domains` are lowercase ASCII.
 *
 * @example
 * ```ts
 * const acme = seed.connections.find(
 *   (connection): connection is SsoConnection =>
 *     connection.type === 'sso' && connection.domains.includes('acme.test'),
 * );
 * ```
 */
export interface SsoConnection {
  readonly type: 'sso';
  readonly name: string;
  readonly strategy: EnterpriseStrategy;
  readonly displayName: string;
  readonly domains: readonly string[];
}

/**
 * A validated connection; narrow it on `type`.
 *
 * @example
 * ```ts
 * const label = (connection: Connection): string =>
 *   connection.type === 'sso' ? connection.displayName : connection.name;
 * ```
 */
export type Connection = DatabaseConnection | SsoConnection;

/**
 * A validated application, with `name` defaulting to its `clientId`.
 *
 * @example
 * ```ts
 * const demo: Client | undefined = seed.clients.find((client) => client.clientId === 'tenantkit-demo');
 * demo?.callbacks; // the redirect URIs it accepts
 * ```
 */
export interface Client {
  readonly clientId: string;
  readonly name: string;
  readonly callbacks: readonly string[];
  readonly logoutUrls: readonly string[];
  readonly webOrigins: readonly string[];
  readonly connections: readonly string[];
}

/**
 * A validated organization; member and invitation emails are lowercase.
 *
 * @example
 * ```ts
 * const mine: Organization[] = seed.organizations.filter((organization) =>
 *   organization.members.includes('user@example.com'),
 * );
 * ```
 */
export interface Organization {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly members: readonly string[];
  readonly invitations: readonly { readonly id: string; readonly email: string }[];
}

/**
 * A validated user, with generated tenants already in `app_metadata`.
 *
 * @example
 * ```ts
 * const user: SeedUser | undefined = seed.users.find((u) => u.email === 'user@example.com');
 * user?.app_metadata.tenants; // what the post-login Action turns into claims
 * ```
 */
export interface SeedUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly connection: string;
  readonly password: string | undefined;
  readonly app_metadata: Readonly<Record<string, unknown>>;
}

/**
 * A validated seed: what `parseSeed` returns.
 *
 * @example
 * ```ts
 * const result = parseSeed(JSON.parse(text));
 * if (result.ok) console.log(result.seed.users.length);
 * ```
 */
export interface Seed {
  readonly namespace: string;
  readonly connections: readonly Connection[];
  readonly clients: readonly Client[];
  readonly organizations: readonly Organization[];
  readonly users: readonly SeedUser[];
}
