import { hashPassword, type PasswordHash } from '../auth/password-hash.js';
import type {
  Client,
  Connection,
  DatabaseConnection,
  Organization,
  Seed,
  SsoConnection,
} from './seed.js';
import { userIdFor } from './user-id.js';

/** A user the identity provider can sign in. */
export interface DirectoryUser {
  /** The Auth0-style user id, also the token's `sub`. */
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly connection: Connection;
  /** Only database users have one. */
  readonly passwordHash: PasswordHash | undefined;
  readonly app_metadata: Readonly<Record<string, unknown>>;
}

/**
 * The seed, indexed for the protocol: clients, connections, users and
 * organizations. Passwords exist only as scrypt hashes in memory. Organization
 * memberships grow when invitations are accepted; SSO users appear on their
 * first sign-in (just-in-time provisioning, as on Auth0).
 */
export interface Directory {
  readonly namespace: string;
  readonly clients: readonly Client[];
  client(clientId: string | undefined): Client | undefined;
  /** The connection, if the client has it enabled. */
  enabledConnection(client: Client, name: string): Connection | undefined;
  enabledConnections(client: Client): Connection[];
  /** The client's first enabled database connection: where passwords go without a `connection`. */
  defaultDatabaseConnection(client: Client): DatabaseConnection | undefined;
  /** Enterprise connections claiming a domain, among a client's (or, without one, all). */
  ssoConnectionsFor(domain: string, client?: Client): SsoConnection[];
  databaseUser(connection: DatabaseConnection, email: string): DirectoryUser | undefined;
  userById(id: string): DirectoryUser | undefined;
  usersOf(connection: Connection): DirectoryUser[];
  /** The seed user of an SSO connection, or a new one when the email is on its domains. */
  provisionSsoUser(
    connection: SsoConnection,
    email: string,
    domain: string,
  ): DirectoryUser | undefined;
  /** By id (`org_…`) or by name, case-insensitively. */
  organization(idOrName: string): Organization | undefined;
  isMember(organization: Organization, user: DirectoryUser): boolean;
  /** Makes the user a member when the invitation is theirs; each invitation works once. */
  acceptInvitation(organization: Organization, invitationId: string, user: DirectoryUser): boolean;
  invitationEmail(organization: Organization, invitationId: string): string | undefined;
}

/**
 * Indexes a validated seed, hashing every password (in parallel, off the main thread).
 *
 * @example
 * ```ts
 * const directory = await createDirectory(seed);
 * const client = directory.client('tenantkit-demo');
 * ```
 */
export async function createDirectory(seed: Seed): Promise<Directory> {
  const connections = new Map(seed.connections.map((connection) => [connection.name, connection]));
  const clients = new Map(seed.clients.map((client) => [client.clientId, client]));
  const usersById = new Map<string, DirectoryUser>();
  const usersByIdentity = new Map<string, DirectoryUser>();
  const identity = (connection: Connection, email: string): string =>
    `${connection.name}\n${email.toLowerCase()}`;
  const add = (user: DirectoryUser): DirectoryUser => {
    usersById.set(user.id, user);
    usersByIdentity.set(identity(user.connection, user.email), user);
    return user;
  };

  const users = await Promise.all(
    seed.users.map(async (user) => {
      const connection = connections.get(user.connection);
      if (connection === undefined) throw new Error(`unknown connection ${user.connection}`);
      const passwordHash =
        user.password === undefined ? undefined : await hashPassword(user.password);
      return { ...user, connection, passwordHash };
    }),
  );
  users.forEach(add);

  const members = new Map(seed.organizations.map((org) => [org.id, new Set(org.members)]));
  const invitations = new Map(
    seed.organizations.map((org) => [org.id, new Map(org.invitations.map((i) => [i.id, i.email]))]),
  );

  const enabledConnections = (client: Client): Connection[] =>
    client.connections.flatMap((name) => connections.get(name) ?? []);

  return {
    namespace: seed.namespace,
    clients: seed.clients,
    client: (clientId) => (clientId === undefined ? undefined : clients.get(clientId)),
    enabledConnection: (client, name) =>
      client.connections.includes(name) ? connections.get(name) : undefined,
    enabledConnections,
    defaultDatabaseConnection: (client) =>
      enabledConnections(client).find((c): c is DatabaseConnection => c.type === 'database'),
    ssoConnectionsFor: (domain, client) =>
      (client === undefined ? [...connections.values()] : enabledConnections(client)).filter(
        (c): c is SsoConnection => c.type === 'sso' && c.domains.includes(domain),
      ),
    databaseUser: (connection, email) => usersByIdentity.get(identity(connection, email)),
    userById: (id) => usersById.get(id),
    usersOf: (connection) =>
      [...usersById.values()].filter((user) => user.connection === connection),
    provisionSsoUser: (connection, email, domain) => {
      const existing = usersByIdentity.get(identity(connection, email));
      if (existing !== undefined) return existing;
      if (!connection.domains.includes(domain)) return undefined;
      return add({
        id: userIdFor(connection, email),
        email,
        name: email,
        connection,
        passwordHash: undefined,
        app_metadata: {},
      });
    },
    organization: (idOrName) => {
      const wanted = idOrName.toLowerCase();
      return seed.organizations.find((org) => org.id === idOrName || org.name === wanted);
    },
    isMember: (organization, user) =>
      members.get(organization.id)?.has(user.email.toLowerCase()) === true,
    acceptInvitation: (organization, invitationId, user) => {
      const pending = invitations.get(organization.id);
      if (pending?.get(invitationId) !== user.email.toLowerCase()) return false;
      pending.delete(invitationId);
      members.get(organization.id)?.add(user.email.toLowerCase());
      return true;
    },
    invitationEmail: (organization, invitationId) =>
      invitations.get(organization.id)?.get(invitationId),
  };
}
