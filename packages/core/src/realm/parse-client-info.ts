import { parseDomain } from '../email/parse-domain.js';
import { isRecord } from '../internal/is-record.js';
import type { DirectoryConnection } from './directory.js';

/** Auth0 strategies whose connections are enterprise (SSO) connections. */
export const ENTERPRISE_STRATEGIES: ReadonlySet<string> = new Set([
  'samlp',
  'oidc',
  'okta',
  'waad',
  'adfs',
  'google-apps',
  'ad',
  'pingfederate',
  'office365',
]);

/** The strategy of Auth0 database (password) connections. */
const DATABASE_STRATEGY = 'auth0';

/** Far above any real client info; bounds the work an untrusted response can cause. */
export const MAX_CLIENT_INFO_LENGTH = 2_000_000;

const JSONP_OPENING = /^Auth0\.setClient\s*\(/;

/**
 * Reads Lock's client info (`<issuer>/client/<clientId>.js`), as plain JSON or as
 * the JSONP script `Auth0.setClient({...});`, and returns its connections as
 * directory entries. The script is never evaluated: the text between the call's
 * parentheses must be one JSON object and nothing may follow the call. The
 * response is untrusted: anything malformed gives `undefined`, entries of the
 * wrong shape and domains that do not parse are skipped, a repeated connection
 * name keeps its first entry, and only the known fields are copied.
 *
 * Enterprise connections become `sso` entries claiming `domain` and
 * `domain_aliases` exactly (as Lock does, no subdomains); `auth0` connections
 * become `password` entries; other strategies (social, passwordless) are left out.
 *
 * @example
 * ```ts
 * parseClientInfo('Auth0.setClient({"id":"abc","strategies":[{"name":"okta","connections":[{"name":"acme","domain":"acme.com"}]}]});');
 * // [{ name: 'acme', kind: 'sso', domains: ['acme.com'] }]
 * ```
 */
export function parseClientInfo(text: string): DirectoryConnection[] | undefined {
  if (text.length > MAX_CLIENT_INFO_LENGTH) return undefined;
  const payload = jsonPayload(text.trim());
  if (payload === undefined) return undefined;
  let info: unknown;
  try {
    info = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (!isRecord(info) || !Array.isArray(info.strategies)) return undefined;

  const connections: DirectoryConnection[] = [];
  const names = new Set<string>();
  for (const strategy of info.strategies as unknown[]) {
    if (!isRecord(strategy) || typeof strategy.name !== 'string') continue;
    if (!Array.isArray(strategy.connections)) continue;
    const kind: DirectoryConnection['kind'] | undefined = ENTERPRISE_STRATEGIES.has(strategy.name)
      ? 'sso'
      : strategy.name === DATABASE_STRATEGY
        ? 'password'
        : undefined;
    if (kind === undefined) continue;
    for (const connection of strategy.connections as unknown[]) {
      if (!isRecord(connection)) continue;
      const { name, display_name: displayName } = connection;
      if (typeof name !== 'string' || name === '' || names.has(name)) continue;
      names.add(name);
      const entry = { name, kind, ...(typeof displayName === 'string' ? { displayName } : {}) };
      connections.push(kind === 'sso' ? { ...entry, domains: claimedDomains(connection) } : entry);
    }
  }
  return connections;
}

/** The JSON text of a client info: the whole text, or the argument of `Auth0.setClient(...)`. */
function jsonPayload(text: string): string | undefined {
  if (text.startsWith('{')) return text;
  const opening = JSONP_OPENING.exec(text);
  if (opening === null) return undefined;
  const closing = text.lastIndexOf(')');
  // Only an optional semicolon may follow the call: `...);alert(1)` ends in
  // another call's parenthesis and leaves a payload that is not JSON.
  if (closing < opening[0].length || !/^\s*;?$/.test(text.slice(closing + 1))) return undefined;
  return text.slice(opening[0].length, closing);
}

function claimedDomains(connection: Readonly<Record<string, unknown>>): string[] {
  const { domain, domain_aliases: aliases } = connection;
  const candidates: unknown[] = [domain, ...(Array.isArray(aliases) ? (aliases as unknown[]) : [])];
  const domains = new Set<string>();
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const parsed = parseDomain(candidate);
    if (parsed.ok) domains.add(parsed.domain);
  }
  return [...domains];
}
