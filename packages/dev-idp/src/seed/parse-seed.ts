import { tenantkitClaimNames, DEFAULT_CLAIM_NAMESPACE } from '@tenantkit/auth0/action';
import { parseDomain, parseEmail } from '@tenantkit/core';
import { passwordPolicyProblem } from '../auth/password-policy.js';
import type {
  Client,
  Connection,
  EnterpriseStrategy,
  Organization,
  PasswordPolicy,
  Seed,
  SeedUser,
} from './seed.js';
import { userIdFor } from './user-id.js';

/**
 * The outcome of {@link parseSeed}: the validated seed, or every problem found,
 * each naming its field (`users[3].email: not an email`).
 *
 * @example
 * ```ts
 * const result: ParseSeedResult = parseSeed({ connections: [], clients: [] });
 * if (!result.ok) console.error(result.errors); // ['users: required']
 * ```
 */
export type ParseSeedResult =
  | { readonly ok: true; readonly seed: Seed }
  | { readonly ok: false; readonly errors: readonly string[] };

type Fields = Readonly<Record<string, unknown>>;

const PASSWORD_POLICIES: readonly PasswordPolicy[] = ['none', 'low', 'fair', 'good', 'excellent'];
const ENTERPRISE_STRATEGIES: readonly EnterpriseStrategy[] = [
  'samlp',
  'oidc',
  'okta',
  'waad',
  'adfs',
  'google-apps',
  'ad',
  'pingfederate',
  'office365',
];
const CONNECTION_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,126}[A-Za-z0-9])?$/u;
const ORGANIZATION_ID = /^org_[A-Za-z0-9]{1,60}$/u;
const ORGANIZATION_NAME = /^[a-z0-9][a-z0-9_-]{0,49}$/u;
const INVITATION_ID = /^[A-Za-z0-9_-]{1,60}$/u;
const MAX_GENERATED_TENANTS = 10_000;

/**
 * Validates a seed document (parsed JSON) and fills in its defaults. It never
 * throws: problems come back as a list, each naming the field at fault, such as
 * `users[3].email: not an email` or `clients[0].connections[1]: no connection
 * is named "acme"`. Unknown fields are problems too, so typos do not go unseen.
 *
 * @example
 * ```ts
 * const result = parseSeed(JSON.parse(await readFile('seed.json', 'utf8')));
 * if (!result.ok) console.error(result.errors.join('\n'));
 * ```
 */
export function parseSeed(document: unknown): ParseSeedResult {
  const problems: string[] = [];
  const report = (path: string, message: string): void => void problems.push(`${path}: ${message}`);
  const root = fields(document, '', report, [
    'description',
    'namespace',
    'connections',
    'clients',
    'organizations',
    'users',
  ]);
  if (root === undefined) return { ok: false, errors: problems };

  optionalString(root, 'description', '', report);
  const namespace = optionalString(root, 'namespace', '', report) ?? DEFAULT_CLAIM_NAMESPACE;
  try {
    tenantkitClaimNames(namespace);
  } catch (error) {
    report('namespace', (error as Error).message);
  }

  const connections = parseConnections(list(root, 'connections', '', report, true), report);
  const byName = new Map(connections.map((connection) => [connection.name, connection]));
  const clients = parseClients(list(root, 'clients', '', report, true), byName, report);
  const users = parseUsers(list(root, 'users', '', report, true), byName, report);
  const emails = new Set(users.map((user) => user.email.toLowerCase()));
  const organizations = parseOrganizations(
    list(root, 'organizations', '', report, false),
    emails,
    report,
  );

  if (problems.length > 0) return { ok: false, errors: problems };
  return { ok: true, seed: { namespace, connections, clients, organizations, users } };
}

type Report = (path: string, message: string) => void;

function parseConnections(items: readonly unknown[], report: Report): Connection[] {
  const connections: Connection[] = [];
  const names = new Set<string>();
  items.forEach((item, index) => {
    const path = `connections[${index}]`;
    const entry = fields(item, path, report, []);
    if (entry === undefined) return;
    const { type } = entry;
    checkKeys(
      entry,
      path,
      report,
      type === 'sso'
        ? ['type', 'name', 'strategy', 'displayName', 'domains']
        : ['type', 'name', 'passwordPolicy', 'minLength'],
    );
    const name = requiredString(entry, 'name', path, report);
    if (name !== undefined && !CONNECTION_NAME.test(name)) {
      report(`${path}.name`, 'use letters, digits and inner hyphens (at most 128 characters)');
    } else if (name !== undefined && names.has(name)) {
      report(`${path}.name`, `another connection is already named "${name}"`);
    }
    if (name !== undefined) names.add(name);

    if (type === 'database') {
      const policy = optionalString(entry, 'passwordPolicy', path, report) ?? 'good';
      if (!PASSWORD_POLICIES.includes(policy as PasswordPolicy)) {
        report(`${path}.passwordPolicy`, `must be one of ${PASSWORD_POLICIES.join(', ')}`);
      }
      const minLength = entry.minLength;
      if (
        minLength !== undefined &&
        !(Number.isInteger(minLength) && Number(minLength) >= 1 && Number(minLength) <= 128)
      ) {
        report(`${path}.minLength`, 'must be a whole number from 1 to 128');
      }
      if (name !== undefined) {
        connections.push({
          type,
          name,
          passwordPolicy: policy as PasswordPolicy,
          minLength: typeof minLength === 'number' ? minLength : undefined,
        });
      }
    } else if (type === 'sso') {
      const strategy = optionalString(entry, 'strategy', path, report) ?? 'oidc';
      if (!ENTERPRISE_STRATEGIES.includes(strategy as EnterpriseStrategy)) {
        report(`${path}.strategy`, `must be one of ${ENTERPRISE_STRATEGIES.join(', ')}`);
      }
      const displayName = requiredString(entry, 'displayName', path, report);
      const domains: string[] = [];
      const domainList = list(entry, 'domains', path, report, true);
      if (domainList.length === 0 && Array.isArray(entry.domains)) {
        report(`${path}.domains`, 'list at least one domain');
      }
      domainList.forEach((value, domainIndex) => {
        const parsed = parseDomain(value);
        if (!parsed.ok) {
          report(`${path}.domains[${domainIndex}]`, `not a domain (${parsed.error})`);
        } else {
          domains.push(parsed.domain);
        }
      });
      if (name !== undefined && displayName !== undefined) {
        connections.push({
          type,
          name,
          strategy: strategy as EnterpriseStrategy,
          displayName,
          domains: [...new Set(domains)],
        });
      }
    } else if (entry.type === undefined) {
      report(`${path}.type`, 'required: "database" or "sso"');
    } else {
      report(`${path}.type`, 'must be "database" or "sso"');
    }
  });
  return connections;
}

function parseClients(
  items: readonly unknown[],
  connections: ReadonlyMap<string, Connection>,
  report: Report,
): Client[] {
  const clients: Client[] = [];
  const ids = new Set<string>();
  items.forEach((item, index) => {
    const path = `clients[${index}]`;
    const entry = fields(item, path, report, [
      'clientId',
      'name',
      'callbacks',
      'logoutUrls',
      'webOrigins',
      'connections',
    ]);
    if (entry === undefined) return;
    const clientId = requiredString(entry, 'clientId', path, report);
    if (clientId !== undefined && ids.has(clientId)) {
      report(`${path}.clientId`, `another client already has the id "${clientId}"`);
    }
    if (clientId !== undefined) ids.add(clientId);
    const name = optionalString(entry, 'name', path, report) ?? clientId ?? '';
    const callbacks = urlList(entry, 'callbacks', path, report, true);
    if (callbacks.length === 0 && Array.isArray(entry.callbacks)) {
      report(`${path}.callbacks`, 'list at least one callback URL');
    }
    const logoutUrls = urlList(entry, 'logoutUrls', path, report, false);
    const webOrigins = stringList(entry, 'webOrigins', path, report, false).filter(
      (origin, originIndex) => {
        if (originOf(origin) === origin) return true;
        report(
          `${path}.webOrigins[${originIndex}]`,
          'must be an origin such as "http://localhost:5173" (no path, no trailing slash)',
        );
        return false;
      },
    );
    const enabled = stringList(entry, 'connections', path, report, true).filter(
      (connection, connectionIndex) => {
        if (connections.has(connection)) return true;
        report(`${path}.connections[${connectionIndex}]`, `no connection is named "${connection}"`);
        return false;
      },
    );
    if (clientId !== undefined) {
      clients.push({ clientId, name, callbacks, logoutUrls, webOrigins, connections: enabled });
    }
  });
  return clients;
}

function parseUsers(
  items: readonly unknown[],
  connections: ReadonlyMap<string, Connection>,
  report: Report,
): SeedUser[] {
  const users: SeedUser[] = [];
  const identities = new Set<string>();
  const ids = new Set<string>();
  const ssoDomains = new Map<string, string>();
  for (const connection of connections.values()) {
    if (connection.type === 'sso') {
      for (const domain of connection.domains) ssoDomains.set(domain, connection.name);
    }
  }
  items.forEach((item, index) => {
    const path = `users[${index}]`;
    const entry = fields(item, path, report, [
      'id',
      'email',
      'name',
      'connection',
      'password',
      'app_metadata',
      'generateTenants',
    ]);
    if (entry === undefined) return;
    const rawEmail = requiredString(entry, 'email', path, report);
    const parsed = rawEmail === undefined ? undefined : parseEmail(rawEmail);
    if (parsed !== undefined && !parsed.ok)
      report(`${path}.email`, `not an email (${parsed.error})`);
    const email = parsed?.ok === true ? parsed.email : undefined;

    const connectionName = requiredString(entry, 'connection', path, report);
    const connection = connectionName === undefined ? undefined : connections.get(connectionName);
    if (connectionName !== undefined && connection === undefined) {
      report(`${path}.connection`, `no connection is named "${connectionName}"`);
    }
    const password = optionalString(entry, 'password', path, report);
    if (connection?.type === 'database') {
      if (password === undefined && entry.password === undefined) {
        report(
          `${path}.password`,
          `required for users of the database connection "${connection.name}"`,
        );
      } else if (password !== undefined) {
        const problem = passwordPolicyProblem(
          password,
          connection.passwordPolicy,
          connection.minLength,
        );
        if (problem !== undefined) {
          report(
            `${path}.password`,
            `${problem} (password policy "${connection.passwordPolicy}" of "${connection.name}")`,
          );
        }
      }
      const sso = parsed?.ok === true ? ssoDomains.get(parsed.domain) : undefined;
      if (sso !== undefined && parsed?.ok === true) {
        report(
          `${path}.email`,
          `${parsed.domain} signs in with the SSO connection "${sso}"; database users cannot use it`,
        );
      }
    } else if (connection?.type === 'sso') {
      if (entry.password !== undefined) {
        report(
          `${path}.password`,
          `SSO users sign in at their identity provider ("${connection.name}"): remove the password`,
        );
      }
      if (parsed?.ok === true && !connection.domains.includes(parsed.domain)) {
        report(
          `${path}.email`,
          `must be on a domain of "${connection.name}" (${connection.domains.join(', ')})`,
        );
      }
    }

    const identity = `${connectionName ?? ''}\n${email?.toLowerCase() ?? ''}`;
    if (email !== undefined && identities.has(identity)) {
      report(`${path}.email`, `another user of "${connectionName ?? ''}" already has this email`);
    }
    identities.add(identity);

    const metadata = entry.app_metadata ?? {};
    if (!isPlainObject(metadata)) report(`${path}.app_metadata`, 'must be an object');
    const generated = generatedTenants(entry.generateTenants, `${path}.generateTenants`, report);
    const name = optionalString(entry, 'name', path, report);
    const explicitId = optionalString(entry, 'id', path, report);

    if (email === undefined || connection === undefined || !isPlainObject(metadata)) return;
    const id = explicitId ?? userIdFor(connection, email);
    if (ids.has(id)) report(`${path}.id`, `another user already has the id "${id}"`);
    ids.add(id);
    users.push({
      id,
      email,
      name: name ?? email,
      connection: connection.name,
      password,
      app_metadata: withGeneratedTenants(metadata, generated),
    });
  });
  return users;
}

function parseOrganizations(
  items: readonly unknown[],
  userEmails: ReadonlySet<string>,
  report: Report,
): Organization[] {
  const organizations: Organization[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  items.forEach((item, index) => {
    const path = `organizations[${index}]`;
    const entry = fields(item, path, report, [
      'id',
      'name',
      'displayName',
      'members',
      'invitations',
    ]);
    if (entry === undefined) return;
    const id = requiredString(entry, 'id', path, report);
    if (id !== undefined && !ORGANIZATION_ID.test(id)) {
      report(`${path}.id`, 'must be "org_" followed by letters and digits');
    } else if (id !== undefined && ids.has(id)) {
      report(`${path}.id`, `another organization already has the id "${id}"`);
    }
    const name = requiredString(entry, 'name', path, report);
    if (name !== undefined && !ORGANIZATION_NAME.test(name)) {
      report(`${path}.name`, 'use lowercase letters, digits, "-" and "_" (at most 50 characters)');
    } else if (name !== undefined && names.has(name)) {
      report(`${path}.name`, `another organization is already named "${name}"`);
    }
    const displayName = optionalString(entry, 'displayName', path, report) ?? name ?? '';
    const members = stringList(entry, 'members', path, report, false)
      .map((member) => member.toLowerCase())
      .filter((member, memberIndex) => {
        if (userEmails.has(member)) return true;
        report(`${path}.members[${memberIndex}]`, `no user has the email "${member}"`);
        return false;
      });
    const invitations = list(entry, 'invitations', path, report, false).flatMap(
      (invitation, invitationIndex) => {
        const invitationPath = `${path}.invitations[${invitationIndex}]`;
        const invitationFields = fields(invitation, invitationPath, report, ['id', 'email']);
        if (invitationFields === undefined) return [];
        const invitationId = requiredString(invitationFields, 'id', invitationPath, report);
        if (invitationId !== undefined && !INVITATION_ID.test(invitationId)) {
          report(`${invitationPath}.id`, 'use letters, digits, "-" and "_"');
        }
        const invitedEmail = requiredString(invitationFields, 'email', invitationPath, report);
        const parsed = invitedEmail === undefined ? undefined : parseEmail(invitedEmail);
        if (parsed !== undefined && !parsed.ok)
          report(`${invitationPath}.email`, `not an email (${parsed.error})`);
        return invitationId !== undefined && parsed?.ok === true
          ? [{ id: invitationId, email: parsed.email.toLowerCase() }]
          : [];
      },
    );
    if (id !== undefined) ids.add(id);
    if (name !== undefined) names.add(name);
    if (id !== undefined && name !== undefined) {
      organizations.push({ id, name, displayName, members, invitations });
    }
  });
  return organizations;
}

interface GeneratedTenants {
  readonly count: number;
  readonly idPrefix: string;
  readonly role: string | undefined;
  readonly channels: readonly string[] | undefined;
}

function generatedTenants(
  value: unknown,
  path: string,
  report: Report,
): GeneratedTenants | undefined {
  if (value === undefined) return undefined;
  const entry = fields(value, path, report, ['count', 'idPrefix', 'role', 'channels']);
  if (entry === undefined) return undefined;
  const { count } = entry;
  if (!(Number.isInteger(count) && Number(count) >= 1 && Number(count) <= MAX_GENERATED_TENANTS)) {
    report(`${path}.count`, `must be a whole number from 1 to ${MAX_GENERATED_TENANTS}`);
    return undefined;
  }
  const channels =
    entry.channels === undefined ? undefined : stringList(entry, 'channels', path, report, false);
  return {
    count: Number(count),
    idPrefix: optionalString(entry, 'idPrefix', path, report) ?? 'tenant-',
    role: optionalString(entry, 'role', path, report),
    channels,
  };
}

function withGeneratedTenants(
  metadata: Readonly<Record<string, unknown>>,
  generated: GeneratedTenants | undefined,
): Readonly<Record<string, unknown>> {
  if (generated === undefined) return metadata;
  const existing = metadata.tenants;
  const tenants: Record<string, unknown> = isPlainObject(existing) ? { ...existing } : {};
  const width = String(generated.count).length;
  for (let index = 1; index <= generated.count; index += 1) {
    tenants[`${generated.idPrefix}${String(index).padStart(width, '0')}`] = {
      ...(generated.role === undefined ? {} : { role: generated.role }),
      ...(generated.channels === undefined ? {} : { channels: [...generated.channels] }),
    };
  }
  return { ...metadata, tenants };
}

function isPlainObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** The object at `path`, after reporting its unknown keys (none are checked when `keys` is empty). */
function fields(
  value: unknown,
  path: string,
  report: Report,
  keys: readonly string[],
): Fields | undefined {
  if (!isPlainObject(value)) {
    report(path === '' ? '(seed)' : path, 'must be an object');
    return undefined;
  }
  checkKeys(value, path, report, keys);
  return value;
}

function checkKeys(entry: Fields, path: string, report: Report, keys: readonly string[]): void {
  if (keys.length === 0) return;
  for (const key of Object.keys(entry)) {
    if (!keys.includes(key)) report(join(path, key), 'unknown field');
  }
}

function requiredString(
  entry: Fields,
  key: string,
  path: string,
  report: Report,
): string | undefined {
  const value = entry[key];
  if (value === undefined) {
    report(join(path, key), 'required');
    return undefined;
  }
  return optionalString(entry, key, path, report);
}

function optionalString(
  entry: Fields,
  key: string,
  path: string,
  report: Report,
): string | undefined {
  const value = entry[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    report(join(path, key), 'must be a non-empty string');
    return undefined;
  }
  return value;
}

function list(
  entry: Fields,
  key: string,
  path: string,
  report: Report,
  required: boolean,
): readonly unknown[] {
  const value = entry[key];
  if (value === undefined) {
    if (required) report(join(path, key), 'required');
    return [];
  }
  if (!Array.isArray(value)) {
    report(join(path, key), 'must be a list');
    return [];
  }
  return value as unknown[];
}

function stringList(
  entry: Fields,
  key: string,
  path: string,
  report: Report,
  required: boolean,
): string[] {
  return list(entry, key, path, report, required).flatMap((value, index) => {
    if (typeof value === 'string' && value !== '') return [value];
    report(`${join(path, key)}[${index}]`, 'must be a non-empty string');
    return [];
  });
}

function urlList(
  entry: Fields,
  key: string,
  path: string,
  report: Report,
  required: boolean,
): string[] {
  return stringList(entry, key, path, report, required).filter((value, index) => {
    const origin = originOf(value);
    if (origin !== undefined && !value.includes('#')) return true;
    report(`${join(path, key)}[${index}]`, 'must be an absolute http(s) URL without a fragment');
    return false;
  });
}

function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
