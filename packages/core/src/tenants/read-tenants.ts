import { isRecord } from '../internal/is-record.js';
import type { Tenant } from './tenant.js';
import {
  decodeJsonText,
  isPlainRecord,
  ownItems,
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

const NO_CHANNELS: readonly string[] = Object.freeze([]);
const ENTRY_FIELDS = ['role', 'channels', 'name'];
// The compact tuple holds the same fields, in the same order.
const TUPLE_FIELDS = [0, 1, 2];

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
  const tenants: Tenant[] = [];
  // An id seen twice (only organizations can repeat one) keeps its first occurrence.
  const seen = new Set<string>();
  const add = (
    id: string,
    role: string | null,
    channels: readonly string[],
    name: string | null,
    organization?: boolean,
  ): void => {
    if (!isTenantId(id) || seen.has(id)) return;
    seen.add(id);
    tenants.push({
      id,
      name: name ?? id,
      role,
      channels,
      kind: isPersonal(id) ? 'personal' : 'organization',
      ...(organization && { orgId: id }),
    });
  };

  try {
    if (!isRecord(claims)) return [];
    const map = decodeJsonText(ownValue(claims, claim));
    for (const id of isPlainRecord(map) ? ownKeys(map) : []) {
      if (!isTenantId(id)) continue; // before reading its entry
      const entry = ownValue(map as object, id);
      // A role alone, a tuple [role, channels, name], or an object with those fields.
      const fields = Array.isArray(entry)
        ? TUPLE_FIELDS
        : isPlainRecord(entry)
          ? ENTRY_FIELDS
          : null;
      if (typeof entry === 'string') {
        add(id, readString(entry), NO_CHANNELS, null);
      } else if (fields !== null) {
        const [role, channels, name] = fields.map((field) => ownValue(entry as object, field));
        add(id, readString(role), readStringList(channels), readString(name));
      }
    }
    if (organizationsClaim === undefined) return tenants;

    for (const organization of ownItems(decodeJsonText(ownValue(claims, organizationsClaim)))) {
      if (!isPlainRecord(organization)) continue;
      const id = readString(ownValue(organization, 'id'));
      if (id === null) continue;
      const name =
        readString(ownValue(organization, 'display_name')) ??
        readString(ownValue(organization, 'name'));
      const role = readString(ownValue(organization, 'role'));
      add(id, role, readStringList(ownValue(organization, 'channels')), name, true);
    }
    const orgId = readString(ownValue(claims, 'org_id'));
    if (orgId !== null) {
      add(orgId, null, NO_CHANNELS, readString(ownValue(claims, 'org_name')), true);
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

function claimOption(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value !== '') return value;
  throw new TypeError(`readTenants: \`${option}\` must be a non-empty claim name.`);
}

function personalOption(value: unknown): (id: string) => boolean {
  if (value === undefined) return (id) => id === 'personal';
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
