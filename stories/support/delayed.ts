import type { RealmResolver } from '@tenantkit/core';

/**
 * The resolver, answering after `ms` like a real lookup would, so that
 * "Checking…" shows. Aborting (the user edited the email) stops the wait.
 */
export function delayed(resolveRealm: RealmResolver, ms: number): RealmResolver {
  return (email, options) =>
    new Promise((resolve, reject) => {
      const signal = options?.signal;
      const timer = setTimeout(() => resolve(resolveRealm(email, options)), ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      });
    });
}
