import { indexDirectory, type Directory } from './directory.js';
import type { RealmResolver } from './realm.js';
import { resolveByDomain } from './resolve-by-domain.js';

/**
 * Resolves realms from a directory the app configures (see {@link Directory}
 * for the matching rules). Every check runs here, once: a malformed domain,
 * a repeated connection name, a domain two SSO connections claim, or a
 * `defaultConnection` that is not a password connection of the list throws,
 * naming the option. Lookups never touch the network and cost one `Map` read
 * per label of the email's domain.
 *
 * @example
 * ```ts
 * const resolveRealm = createDirectoryResolver({
 *   connections: [
 *     { name: 'acme-okta', kind: 'sso', domains: ['acme.com'], displayName: 'Acme' },
 *     { name: 'db', kind: 'password' },
 *   ],
 *   defaultConnection: 'db',
 * });
 * await resolveRealm('ana@ACME.com'); // { kind: 'sso', domain: 'acme.com', connection: 'acme-okta', ... }
 * await resolveRealm('bob@example.org'); // { kind: 'password', domain: 'example.org', connection: 'db' }
 * ```
 */
export function createDirectoryResolver(directory: Directory): RealmResolver {
  const match = indexDirectory(directory);
  const { connections, defaultConnection } = directory;
  if (!connections.some((c) => c.name === defaultConnection && c.kind === 'password')) {
    throw new TypeError(
      `directory.defaultConnection must name a connection of kind 'password' in directory.connections, got ${JSON.stringify(defaultConnection)}`,
    );
  }
  return resolveByDomain(
    (domain) => match(domain) ?? { kind: 'password', domain, connection: defaultConnection },
  );
}
