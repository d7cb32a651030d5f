import type { DirectoryUser, Directory } from '../seed/directory.js';
import type { DatabaseConnection } from '../seed/seed.js';
import { verifyPassword } from './password-hash.js';

/** What a password sign-in gives: the user, or why not (never which part was wrong). */
export type PasswordLoginResult =
  | { readonly ok: true; readonly user: DirectoryUser }
  | { readonly ok: false; readonly error: 'wrong-credentials' | 'too-many-attempts' };

/** Signs users in with a password; shared by `/co/authenticate` and the hosted login page. */
export interface PasswordLogin {
  authenticate(attempt: {
    readonly connection: DatabaseConnection;
    readonly email: string;
    readonly password: string;
    /** The client's address: failures count per user and address, as Auth0's brute-force protection does. */
    readonly ip: string;
  }): Promise<PasswordLoginResult>;
}

/** Auth0's default brute-force protection: 10 consecutive failures block the user from that address. */
export const MAX_FAILED_ATTEMPTS = 10;
const BLOCK_MS = 15 * 60 * 1000;

interface Failures {
  count: number;
  blockedUntil: number;
}

/**
 * Creates the password sign-in. A wrong password and an unknown email give the
 * same answer after the same work (one scrypt derivation each). After
 * {@link MAX_FAILED_ATTEMPTS} consecutive failures for one email from one
 * address, every attempt is refused for 15 minutes, the right password
 * included; a success resets the count.
 *
 * @example
 * ```ts
 * const login = createPasswordLogin({ directory, now: Date.now });
 * const result = await login.authenticate({ connection, email, password, ip });
 * ```
 */
export function createPasswordLogin(options: {
  readonly directory: Directory;
  readonly now: () => number;
}): PasswordLogin {
  const { directory, now } = options;
  const failures = new Map<string, Failures>();

  return {
    async authenticate({ connection, email, password, ip }) {
      const key = `${connection.name}\n${email.trim().toLowerCase()}\n${ip}`;
      const record = failures.get(key);
      if (record !== undefined && record.blockedUntil > now()) {
        return { ok: false, error: 'too-many-attempts' };
      }
      const user = directory.databaseUser(connection, email.trim());
      const valid = await verifyPassword(password, user?.passwordHash);
      if (valid && user !== undefined) {
        failures.delete(key);
        return { ok: true, user };
      }
      const next =
        record === undefined || record.blockedUntil !== 0 ? { count: 0, blockedUntil: 0 } : record;
      next.count += 1;
      if (next.count >= MAX_FAILED_ATTEMPTS) next.blockedUntil = now() + BLOCK_MS;
      failures.set(key, next);
      return { ok: false, error: 'wrong-credentials' };
    },
  };
}
