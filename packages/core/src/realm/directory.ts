import { parseDomain } from '../email/parse-domain.js';
import { isRecord } from '../internal/is-record.js';
import type { Realm, SsoConnection } from './realm.js';

/**
 * One connection of a {@link Directory} and the email domains it claims.
 *
 * @example
 * ```ts
 * const okta: DirectoryConnection = {
 *   name: 'acme-okta',
 *   kind: 'sso',
 *   domains: ['acme.com'],
 *   includeSubdomains: true,
 * };
 * ```
 */
export interface DirectoryConnection {
  /** The identity provider's connection name; unique in the directory. */
  readonly name: string;
  /** `sso` for an enterprise connection, `password` for a database connection. */
  readonly kind: 'sso' | 'password';
  /**
   * Email domains this connection signs in, in any case or script (`Bücher.de`
   * and `xn--bcher-kva.de` are one domain). A connection without domains never
   * matches an email: a password connection can still be the default.
   */
  readonly domains?: readonly string[];
  /** Also claims every subdomain (`eu.acme.com` for `acme.com`). Off by default. */
  readonly includeSubdomains?: boolean;
  /** A human name for buttons, e.g. `Acme Okta`. */
  readonly displayName?: string;
}

/**
 * Which connection signs in which email domain, as the app configures it.
 *
 * Rules: the most specific claim wins (`eu.acme.com` before a subdomain claim
 * on `acme.com`), except that any SSO claim beats every password claim. A domain
 * claimed by two SSO connections is a setup error unless `allowSharedSsoDomains`
 * is set, in which case the realm offers all of them, in directory order.
 *
 * @example
 * ```ts
 * const directory: Directory = {
 *   connections: [
 *     { name: 'acme-okta', kind: 'sso', domains: ['acme.com'], includeSubdomains: true },
 *     { name: 'Username-Password-Authentication', kind: 'password' },
 *   ],
 *   defaultConnection: 'Username-Password-Authentication',
 * };
 * ```
 */
export interface Directory {
  readonly connections: readonly DirectoryConnection[];
  /** The `password` connection for every domain that no connection claims. */
  readonly defaultConnection: string;
  /** Lets several SSO connections claim one domain; the user then picks one. */
  readonly allowSharedSsoDomains?: boolean;
}

/** The connections of one domain that reach a given email domain. */
interface Reach {
  readonly sso: SsoConnection[];
  password: string | undefined;
}

/** The claims on one domain: those for the domain itself, and those for its subdomains. */
interface DomainClaims {
  readonly exact: Reach;
  readonly subdomains: Reach;
}

/** Finds the connection that claims a canonical domain, or undefined when none does. */
export type DirectoryMatch = (domain: string) => Realm | undefined;

/**
 * Checks a directory's connections and indexes their domains by canonical
 * domain, so that a lookup costs one `Map` read per label of the email's domain
 * however many domains the directory holds. Throws at setup, naming the option
 * (`directory.connections[2].domains[0]`), for anything malformed or ambiguous.
 *
 * @example
 * ```ts
 * const match = indexDirectory({ connections });
 * match('eu.acme.com'); // { kind: 'sso', domain: 'eu.acme.com', connection: 'acme-okta', ... }
 * ```
 */
export function indexDirectory(
  directory: Pick<Directory, 'connections' | 'allowSharedSsoDomains'>,
  path = 'directory',
): DirectoryMatch {
  if (!isRecord(directory)) fail(path, 'must be an object with a connections array');
  const { connections, allowSharedSsoDomains = false } = directory;
  if (!Array.isArray(connections)) fail(`${path}.connections`, 'must be an array');
  if (typeof allowSharedSsoDomains !== 'boolean') {
    fail(`${path}.allowSharedSsoDomains`, 'must be a boolean');
  }

  const byDomain = new Map<string, DomainClaims>();
  const names = new Set<string>();
  connections.forEach((connection: unknown, index) => {
    const at = `${path}.connections[${index}]`;
    const { name, domains, includeSubdomains, sso } = readConnection(connection, at);
    if (names.has(name)) fail(`${at}.name`, `repeats the connection name ${JSON.stringify(name)}`);
    names.add(name);
    domains.forEach((raw, domainIndex) => {
      const domain = canonicalDomain(raw, `${at}.domains[${domainIndex}]`);
      let claims = byDomain.get(domain);
      if (claims === undefined) {
        claims = {
          exact: { sso: [], password: undefined },
          subdomains: { sso: [], password: undefined },
        };
        byDomain.set(domain, claims);
      }
      const reaches = includeSubdomains ? [claims.exact, claims.subdomains] : [claims.exact];
      for (const reach of reaches) {
        if (sso !== undefined) {
          // The same connection may list a domain twice (`Acme.com`, `acme.com`).
          if (reach.sso.includes(sso)) continue;
          if (reach.sso.length > 0 && !allowSharedSsoDomains) {
            fail(
              `${at}.domains[${domainIndex}]`,
              `claims ${domain}, already claimed by the SSO connection ${JSON.stringify(reach.sso[0]?.name)}; set ${path}.allowSharedSsoDomains to let users choose`,
            );
          }
          reach.sso.push(sso);
        } else if (reach.password !== undefined && reach.password !== name) {
          fail(
            `${at}.domains[${domainIndex}]`,
            `claims ${domain}, already claimed by the password connection ${JSON.stringify(reach.password)}`,
          );
        } else {
          reach.password = name;
        }
      }
    });
  });
  for (const claims of byDomain.values()) {
    Object.freeze(claims.exact.sso);
    Object.freeze(claims.subdomains.sso);
  }

  return (domain) => {
    let password: string | undefined;
    let suffix = domain;
    let exact = true;
    for (;;) {
      const claims = byDomain.get(suffix);
      if (claims !== undefined) {
        const reach = exact ? claims.exact : claims.subdomains;
        const [first] = reach.sso;
        if (first !== undefined) {
          return {
            kind: 'sso',
            domain,
            connection: first.name,
            ...(first.displayName === undefined ? {} : { displayName: first.displayName }),
            connections: reach.sso,
          };
        }
        password ??= reach.password;
      }
      // Walking up whole labels is what anchors subdomains at a dot:
      // `evil-acme.com` never visits `acme.com`.
      const dot = suffix.indexOf('.');
      if (dot === -1) break;
      suffix = suffix.slice(dot + 1);
      exact = false;
    }
    return password === undefined ? undefined : { kind: 'password', domain, connection: password };
  };
}

interface CheckedConnection {
  readonly name: string;
  readonly domains: readonly unknown[];
  readonly includeSubdomains: boolean;
  /** The connection as offered in an `sso` realm; undefined for a password connection. */
  readonly sso: SsoConnection | undefined;
}

function readConnection(value: unknown, at: string): CheckedConnection {
  if (!isRecord(value)) fail(at, 'must be an object with a name and a kind');
  const { name, kind, domains = [], includeSubdomains = false, displayName } = value;
  if (typeof name !== 'string' || name === '') fail(`${at}.name`, 'must be a non-empty string');
  if (kind !== 'sso' && kind !== 'password') fail(`${at}.kind`, "must be 'sso' or 'password'");
  if (!Array.isArray(domains)) fail(`${at}.domains`, 'must be an array of domains');
  if (typeof includeSubdomains !== 'boolean') fail(`${at}.includeSubdomains`, 'must be a boolean');
  if (displayName !== undefined && typeof displayName !== 'string') {
    fail(`${at}.displayName`, 'must be a string');
  }
  const sso =
    kind === 'password'
      ? undefined
      : Object.freeze(displayName === undefined ? { name } : { name, displayName });
  return { name, domains, includeSubdomains, sso };
}

function canonicalDomain(raw: unknown, at: string): string {
  const parsed = parseDomain(raw);
  if (parsed.ok) return parsed.domain;
  const hint =
    typeof raw === 'string' && raw.startsWith('*.')
      ? ' (no wildcards: list the parent domain with includeSubdomains: true)'
      : '';
  return fail(at, `is not a valid domain (${parsed.error}): ${JSON.stringify(raw)}${hint}`);
}

function fail(option: string, problem: string): never {
  throw new TypeError(`${option} ${problem}`);
}
