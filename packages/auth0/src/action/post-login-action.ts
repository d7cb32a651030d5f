// This file is deployed to Auth0 as is (see createPostLoginAction), so it imports
// nothing at runtime: the compiled file is self-contained.
import type { OnExecutePostLogin, PostLoginApi, PostLoginEvent } from './post-login-types.js';

/**
 * The namespace of the claims the Action sets unless told otherwise.
 *
 * @example
 * ```ts
 * tenantkitClaimNames(DEFAULT_CLAIM_NAMESPACE).tenants; // 'https://tenantkit.dev/tenants'
 * ```
 */
export const DEFAULT_CLAIM_NAMESPACE = 'https://tenantkit.dev/';

/**
 * Auth0 fails a login whose custom claims exceed 100 KB. Auth0 does not say
 * whether a KB is 1,000 or 1,024 bytes: the smaller reading is used, so a
 * login that passes here also passes on Auth0.
 *
 * @example
 * ```ts
 * const size = new TextEncoder().encode(JSON.stringify(claims)).length;
 * if (size > CUSTOM_CLAIMS_LIMIT_BYTES) api.access.deny('too many tenants');
 * ```
 */
export const CUSTOM_CLAIMS_LIMIT_BYTES = 100_000;

/**
 * Options of {@link createPostLoginAction}.
 *
 * @example
 * ```ts
 * const options: PostLoginActionOptions = { namespace: 'https://example.com/', compact: true };
 * export const onExecutePostLogin = createPostLoginAction(options);
 * ```
 */
export interface PostLoginActionOptions {
  /**
   * The URL that prefixes the claim names; it must end with `/`. Defaults to
   * {@link DEFAULT_CLAIM_NAMESPACE}, giving `https://tenantkit.dev/tenants`.
   */
  readonly namespace?: string;
  /**
   * Writes each tenant as a tuple `[role, channels?, name?]` instead of an object,
   * which fits about twice as many tenants under the 100 KB limit. `readTenants`
   * from `@tenantkit/core` reads both forms. Defaults to `false`.
   */
  readonly compact?: boolean;
  /** Also sets the claims on the access token, for your own APIs. Defaults to `false`. */
  readonly accessToken?: boolean;
}

/**
 * The names of the claims the Action sets, as {@link tenantkitClaimNames} returns them.
 *
 * @example
 * ```ts
 * const names: TenantkitClaimNames = tenantkitClaimNames('https://example.com/');
 * names.organizations; // 'https://example.com/organizations'
 * ```
 */
export interface TenantkitClaimNames {
  /** The tenant map: `{ "team-1": { "role": "admin", "channels": ["*"] } }`. */
  readonly tenants: string;
  /** The user's Auth0 Organizations: `[{ "id": "org_…", "display_name": "Acme", "role": "admin" }]`. */
  readonly organizations: string;
}

type TenantEntry =
  | { role?: string; channels?: string[]; name?: string }
  | [role: string | null, channels?: string[], name?: string];

interface OrganizationEntry {
  id: string;
  name?: string;
  display_name?: string;
  role?: string;
  channels?: string[];
}

// Auth0 reserves its own domains as claim namespaces and drops such claims.
const RESERVED_NAMESPACE_HOSTS = ['auth0.com', 'webtask.io', 'webtask.run'];

/**
 * The claim names for a namespace; misconfiguration throws a `TypeError` naming
 * the option.
 *
 * @example
 * ```ts
 * tenantkitClaimNames('https://example.com/').tenants; // 'https://example.com/tenants'
 * ```
 */
export function tenantkitClaimNames(
  namespace: string = DEFAULT_CLAIM_NAMESPACE,
): TenantkitClaimNames {
  const problem = namespaceProblem(namespace);
  if (problem !== undefined) {
    throw new TypeError(`tenantkit post-login Action: \`namespace\` ${problem}`);
  }
  return { tenants: `${namespace}tenants`, organizations: `${namespace}organizations` };
}

/**
 * Creates the post-login Action that copies a user's tenants from
 * `app_metadata` into their ID token, for `readTenants` to read in the app.
 *
 * It reads `app_metadata.tenants`, a map from tenant id to
 * `{ role?, channels?, name? }` (a role string alone also works), and
 * `app_metadata.organizations`, a list of `{ id, name?, display_name?, role?,
 * channels? }`. Entries of any other shape and unknown fields are left out. The
 * tenants claim is always set (`{}` when the user has none), so an app can tell
 * "no tenants" from "the Action is not deployed"; the organizations claim only
 * when the list exists. When the claims exceed Auth0's 100 KB limit the login is
 * denied with a message saying so, rather than failing with Auth0's own error.
 *
 * Deploying: in an Auth0 post-login Action (Node 22 runtime), add the dependency
 * `@tenantkit/auth0` and write
 * `exports.onExecutePostLogin = require('@tenantkit/auth0/action').createPostLoginAction({ namespace: 'https://example.com/' });`.
 * Or paste the compiled `dist/action/post-login-action.js` (it imports nothing)
 * and turn its `export` keywords into CommonJS `exports.` assignments.
 *
 * @example
 * ```ts
 * export const onExecutePostLogin = createPostLoginAction({ namespace: 'https://example.com/' });
 * ```
 */
export function createPostLoginAction(options: PostLoginActionOptions = {}): OnExecutePostLogin {
  const names = tenantkitClaimNames(options.namespace);
  const compact = booleanOption(options.compact, 'compact');
  const alsoAccessToken = booleanOption(options.accessToken, 'accessToken');

  return (event: PostLoginEvent, api: PostLoginApi): Promise<void> => {
    const metadata = event.user.app_metadata;
    const claims: Record<string, unknown> = {
      [names.tenants]: readTenantMap(field(metadata, 'tenants'), compact),
    };
    const organizations = field(metadata, 'organizations');
    if (Array.isArray(organizations)) {
      claims[names.organizations] = readOrganizations(organizations as unknown[]);
    }

    const size = new TextEncoder().encode(JSON.stringify(claims)).length;
    if (size > CUSTOM_CLAIMS_LIMIT_BYTES) {
      api.access.deny(
        `tenantkit: this user's tenant claims take ${size} bytes, over Auth0's limit of ` +
          `${CUSTOM_CLAIMS_LIMIT_BYTES} bytes for custom claims. Remove tenants from the ` +
          `user's app_metadata, or set the Action's compact option.`,
      );
      return Promise.resolve();
    }
    for (const [name, value] of Object.entries(claims)) {
      api.idToken.setCustomClaim(name, value);
      if (alsoAccessToken) api.accessToken.setCustomClaim(name, value);
    }
    return Promise.resolve();
  };
}

/**
 * The Action with the default options, for `exports.onExecutePostLogin`.
 *
 * @example
 * ```ts
 * exports.onExecutePostLogin = onExecutePostLogin;
 * ```
 */
export const onExecutePostLogin: OnExecutePostLogin = createPostLoginAction();

function namespaceProblem(namespace: unknown): string | undefined {
  if (typeof namespace !== 'string') return 'must be a string URL such as "https://example.com/"';
  if (!namespace.endsWith('/')) return `must end with "/" (got "${namespace}")`;
  let url: URL;
  try {
    url = new URL(namespace);
  } catch {
    return `must be an absolute URL (got "${namespace}")`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `must be an http(s) URL (got "${namespace}")`;
  }
  const host = url.hostname;
  if (
    RESERVED_NAMESPACE_HOSTS.some((reserved) => host === reserved || host.endsWith(`.${reserved}`))
  ) {
    return `must not use an Auth0 domain: Auth0 drops such claims (got "${namespace}")`;
  }
  return undefined;
}

function booleanOption(value: unknown, option: string): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  throw new TypeError(`tenantkit post-login Action: \`${option}\` must be a boolean`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(record: unknown, key: string): unknown {
  return isRecord(record) && Object.hasOwn(record, key) ? record[key] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function textList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return (value as unknown[]).filter((item): item is string => text(item) !== undefined);
}

function readTenantMap(map: unknown, compact: boolean): Record<string, TenantEntry> {
  const tenants: Record<string, TenantEntry> = {};
  if (!isRecord(map)) return tenants;
  for (const [id, value] of Object.entries(map)) {
    // `__proto__` would set the prototype instead of adding a tenant.
    if (id === '' || id === '__proto__') continue;
    const entry = typeof value === 'string' ? { role: value } : value;
    if (!isRecord(entry)) continue;
    const role = text(entry.role);
    const channels = textList(entry.channels);
    const name = text(entry.name);
    tenants[id] = compact ? tuple(role, channels, name) : definedFields({ role, channels, name });
  }
  return tenants;
}

function tuple(
  role: string | undefined,
  channels: string[] | undefined,
  name: string | undefined,
): TenantEntry {
  if (name !== undefined) return [role ?? null, channels ?? [], name];
  if (channels !== undefined && channels.length > 0) return [role ?? null, channels];
  return [role ?? null];
}

function readOrganizations(list: readonly unknown[]): OrganizationEntry[] {
  const organizations: OrganizationEntry[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    if (!isRecord(item)) continue;
    const id = text(item.id);
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    organizations.push({
      id,
      ...definedFields({
        name: text(item.name),
        display_name: text(item.display_name),
        role: text(item.role),
        channels: textList(item.channels),
      }),
    });
  }
  return organizations;
}

function definedFields<T extends Record<string, unknown>>(
  fields: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) result[key] = value;
  }
  return result as { [K in keyof T]?: Exclude<T[K], undefined> };
}
