import { isRecord } from '../internal/is-record.js';
import type { Tenant } from './tenant.js';
import {
  decodeJsonText,
  isPlainRecord,
  MAX_CLAIM_ENTRIES,
  ownKeys,
  ownValue,
  readString,
  readStringList,
} from './untrusted-value.js';

/**
 * The claim {@link readTenants} reads the tenant map from unless told otherwise;
 * a namespaced URL, as Auth0 requires for custom claims.
 *
 * @example
 * ```ts
 * const claims = { [DEFAULT_TENANTS_CLAIM]: { 'team-1': ['admin', ['*']] } };
 * readTenants(claims); // [{ id: 'team-1', name: 'team-1', role: 'admin', channels: ['*'], … }]
 * ```
 */
export const DEFAULT_TENANTS_CLAIM = 'https://tenantkit.dev/tenants';

/**
 * A suggested name for the claim listing the user's Auth0 Organizations (see
 * `organizationsClaim`). Nothing reads it unless the option names it.
 *
 * @example
 * ```ts
 * const tenants = readTenants(user, { organizationsClaim: DEFAULT_ORGANIZATIONS_CLAIM });
 * ```
 */
export const DEFAULT_ORGANIZATIONS_CLAIM = 'https://tenantkit.dev/organizations';

/**
 * Options of {@link readTenants}: where the tenants are in the token, and which
 * of them is the user's personal account.
 *
 * @example
 * ```ts
 * const options: ReadTenantsOptions = {
 *   claim: 'https://example.com/tenants',
 *   personalIds: (id) => id.startsWith('user_'),
 *   organizationsClaim: DEFAULT_ORGANIZATIONS_CLAIM,
 * };
 * ```
 */
export interface ReadTenantsOptions {
  /** The claim holding the tenant map. Defaults to {@link DEFAULT_TENANTS_CLAIM}. */
  readonly claim?: string;
  /**
   * Which tenant ids are the user's personal account (`kind: 'personal'`): a list
   * of exact ids, or a predicate. Defaults to the single id `personal`.
   */
  readonly personalIds?: readonly string[] | ((id: string) => boolean);
  /**
   * Turns on Auth0 Organizations: names the claim listing the user's organizations
   * (for example {@link DEFAULT_ORGANIZATIONS_CLAIM}), and makes the token's own
   * `org_id` / `org_name` count as a tenant. Without it neither is read, so a token
   * that merely carries `org_id` adds no tenant to a claims-only app.
   */
  readonly organizationsClaim?: string;
}

interface TenantFields {
  readonly name: string | null;
  readonly role: string | null;
  readonly channels: readonly string[];
}

const NO_CHANNELS: readonly string[] = Object.freeze([]);
const DEFAULT_PERSONAL_IDS: ReadonlySet<string> = new Set(['personal']);

/**
 * Reads the tenants a user belongs to from their ID token claims.
 *
 * **Tenant map** (the `claim` option): an object whose keys are tenant ids. Each
 * value is one of
 * - an object `{ "role"?: string, "channels"?: string[], "name"?: string }`:
 *   `{"team-1": {"role": "admin", "channels": ["*"]}}`;
 * - a compact tuple `[role, channels?, name?]` (role may be `null`):
 *   `{"team-1": ["admin", ["*"]], "team-2": ["employee", ["channel-1"], "Team 2"]}`,
 *   which fits about twice as many tenants under Auth0's 100 KB custom-claim cap;
 * - a role string alone: `{"personal": "full", "company1": "user"}`.
 * Values of any other type are skipped (they do not make the user a member).
 *
 * **Organizations** (only with the `organizationsClaim` option): that claim is an
 * array of `{ "id": "org_…", "name"?: string, "display_name"?: string, "role"?: string,
 * "channels"?: string[] }` (the fields Auth0's Management API returns for a user's
 * organizations, plus an optional role); the tenant's `name` is `display_name`,
 * else `name`, else the id, and `orgId` is set. The organization the token was
 * issued for (`org_id`, named by `org_name`) is added with no role when the list
 * does not contain it.
 *
 * **What is trusted.** The claims are treated as hostile input, and nothing throws:
 * a getter or Proxy trap that throws yields `[]`. Only own properties of plain
 * objects and arrays are read, each once; prototypes are never consulted, and keys
 * such as `constructor` or `toString` are ordinary ids. A claim given as JSON
 * text is parsed when at most 100 KB long. Ids and roles are kept exactly (no
 * trimming, no case folding); an empty role or name counts as absent. A missing
 * role is `null`, missing channels are `[]`, and channel entries that are not
 * non-empty strings are dropped. Empty ids and the id `__proto__` are skipped (apps
 * commonly index plain objects by tenant id). Lists or maps over 100,000 entries
 * are ignored whole.
 *
 * **Order.** Tenant map entries in property order (JavaScript lists integer-like
 * keys such as `"42"` first, ascending), then the organizations list, then the
 * token's own organization. An id seen twice keeps its first occurrence.
 *
 * Misconfigured options (an empty `claim`, say) throw a `TypeError` naming the option.
 *
 * @example
 * ```ts
 * const tenants = readTenants(user, { claim: 'https://example.com/tenants' });
 * // [{ id: 'team-1', name: 'team-1', role: 'admin', channels: ['*'], kind: 'organization' }, …]
 * ```
 */
export function readTenants(claims: unknown, options: ReadTenantsOptions = {}): Tenant[] {
  const claim = claimOption(options.claim, 'claim') ?? DEFAULT_TENANTS_CLAIM;
  const organizationsClaim = claimOption(options.organizationsClaim, 'organizationsClaim');
  const isPersonal = personalOption(options.personalIds);
  const tenant = (id: string, fields: TenantFields): Tenant => ({
    id,
    name: fields.name ?? id,
    role: fields.role,
    channels: fields.channels,
    kind: isPersonal(id) ? 'personal' : 'organization',
  });

  try {
    if (!isRecord(claims)) return [];
    const tenants = readTenantMap(decodeJsonText(ownValue(claims, claim)), tenant);
    if (organizationsClaim === undefined) return tenants;

    // Ids in the map are unique by construction; only organizations can repeat one.
    const seen = new Set(tenants.map(({ id }) => id));
    const addOrganization = (id: string, fields: TenantFields): void => {
      if (!isTenantId(id) || seen.has(id)) return;
      seen.add(id);
      tenants.push({ ...tenant(id, fields), orgId: id });
    };
    readOrganizations(decodeJsonText(ownValue(claims, organizationsClaim)), addOrganization);
    const orgId = readString(ownValue(claims, 'org_id'));
    if (orgId !== null) {
      const name = readString(ownValue(claims, 'org_name'));
      addOrganization(orgId, { name, role: null, channels: NO_CHANNELS });
    }
    return tenants;
  } catch {
    // A getter or Proxy trap threw (or the personalIds predicate did): grant nothing.
    return [];
  }
}

function isTenantId(id: string): boolean {
  return id !== '' && id !== '__proto__';
}

function readTenantMap(
  map: unknown,
  tenant: (id: string, fields: TenantFields) => Tenant,
): Tenant[] {
  const tenants: Tenant[] = [];
  if (!isPlainRecord(map)) return tenants;
  const ids = ownKeys(map);
  if (ids === null) return tenants;
  for (const id of ids) {
    if (!isTenantId(id)) continue;
    const fields = readEntry(ownValue(map, id));
    if (fields !== null) tenants.push(tenant(id, fields));
  }
  return tenants;
}

function readEntry(entry: unknown): TenantFields | null {
  if (typeof entry === 'string') {
    return { name: null, role: readString(entry), channels: NO_CHANNELS };
  }
  if (Array.isArray(entry)) {
    return {
      role: readString(ownValue(entry, 0)),
      channels: readStringList(ownValue(entry, 1)),
      name: readString(ownValue(entry, 2)),
    };
  }
  if (!isPlainRecord(entry)) return null;
  return {
    role: readString(ownValue(entry, 'role')),
    channels: readStringList(ownValue(entry, 'channels')),
    name: readString(ownValue(entry, 'name')),
  };
}

function readOrganizations(list: unknown, add: (id: string, fields: TenantFields) => void): void {
  if (!Array.isArray(list) || list.length > MAX_CLAIM_ENTRIES) return;
  const length = list.length;
  for (let index = 0; index < length; index += 1) {
    const organization = ownValue(list, index);
    if (!isPlainRecord(organization)) continue;
    const id = readString(ownValue(organization, 'id'));
    if (id === null) continue;
    const name =
      readString(ownValue(organization, 'display_name')) ??
      readString(ownValue(organization, 'name'));
    const role = readString(ownValue(organization, 'role'));
    add(id, { name, role, channels: readStringList(ownValue(organization, 'channels')) });
  }
}

function claimOption(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value !== '') return value;
  throw new TypeError(`readTenants: \`${option}\` must be a non-empty claim name.`);
}

function personalOption(value: unknown): (id: string) => boolean {
  if (value === undefined) return (id) => DEFAULT_PERSONAL_IDS.has(id);
  if (typeof value === 'function') {
    // A predicate answering a truthy non-boolean is treated as "no": personal is opt-in.
    const predicate = value as (id: string) => unknown;
    return (id) => predicate(id) === true;
  }
  if (Array.isArray(value) && value.every((id) => typeof id === 'string')) {
    const ids = new Set<string>(value);
    return (id) => ids.has(id);
  }
  throw new TypeError('readTenants: `personalIds` must be a list of tenant ids or a function.');
}
