import { createHash } from 'node:crypto';
import type { Connection } from './seed.js';

/**
 * A stable Auth0-style user id for a user of a connection: `auth0|…` for
 * database users, `<strategy>|<connection>|…` for enterprise users. Stable
 * across restarts, so an app's stored state keeps pointing at the same user.
 *
 * @example
 * ```ts
 * userIdFor({ type: 'database', name: 'users', passwordPolicy: 'good', minLength: undefined }, 'a@example.com');
 * // 'auth0|5f0c…' (24 hex digits)
 * ```
 */
export function userIdFor(connection: Connection, email: string): string {
  const digest = createHash('sha256')
    .update(`${connection.name}\n${email.toLowerCase()}`)
    .digest('hex')
    .slice(0, 24);
  return connection.type === 'database'
    ? `auth0|${digest}`
    : `${connection.strategy}|${connection.name}|${digest}`;
}
