import { parseEmail } from '@tenantkit/core';
import type { RealmResolver } from '@tenantkit/core';
import { useEffect } from 'react';

const ignore = () => undefined;

/**
 * Looks the realm of a valid `input` up `delayMs` after the user stops typing,
 * and drops the answer: a caching resolver (`withRealmCache`) then answers the
 * real submit at once. Nothing on screen changes, so no password field can
 * flash in and out while the user types. A new keystroke or unmount aborts.
 */
export function useRealmPrefetch(
  resolveRealm: RealmResolver | undefined,
  input: string | null,
  delayMs: number | null,
): void {
  useEffect(() => {
    if (resolveRealm === undefined || input === null || delayMs === null) return;
    const parsed = parseEmail(input);
    if (!parsed.ok) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      // A resolver may throw or reject (it does when aborted): a prefetch has no one to tell.
      Promise.resolve()
        .then(() => resolveRealm(parsed.email, { signal: controller.signal }))
        .catch(ignore);
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [resolveRealm, input, delayMs]);
}
