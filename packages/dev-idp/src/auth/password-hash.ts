import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** A password hashed with scrypt, kept in memory only. */
export interface PasswordHash {
  readonly salt: Buffer;
  readonly hash: Buffer;
}

const KEY_LENGTH = 32;
const SCRYPT_OPTIONS: ScryptOptions = { N: 16_384, r: 8, p: 1 };

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, SCRYPT_OPTIONS, (error, key) => {
      if (error === null) resolve(key);
      else reject(error);
    });
  });
}

/**
 * Hashes a password with scrypt and a random salt.
 *
 * @example
 * ```ts
 * const stored = await hashPassword('Password123!');
 * ```
 */
export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16);
  return { salt, hash: await derive(password, salt) };
}

// Hashed once per process: checks for unknown users cost as much as real ones.
let dummyHash: Promise<PasswordHash> | undefined;

/**
 * Checks a password against a stored hash in constant time. Without a stored
 * hash (an unknown user) it still derives a key, from a dummy hash, and answers
 * `false`: both cases take the same time, so timing reveals no account.
 *
 * @example
 * ```ts
 * const ok = await verifyPassword(typed, user?.passwordHash);
 * ```
 */
export async function verifyPassword(
  password: string,
  stored: PasswordHash | undefined,
): Promise<boolean> {
  const target = stored ?? (await (dummyHash ??= hashPassword(randomBytes(16).toString('hex'))));
  const key = await derive(password, target.salt);
  return timingSafeEqual(key, target.hash) && stored !== undefined;
}
