import type { DiscoveryFetch, DiscoveryResponse } from '../realm/realm.js';
import { runWithTimeout, type TimedOutcome } from './run-with-timeout.js';

export interface FetchWithTimeoutOptions {
  /** Falls back to `globalThis.fetch`, looked up at call time. */
  readonly fetch: DiscoveryFetch | undefined;
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * GETs `url` without cookies and reads the response, under one timeout that
 * covers the body too. A failure of `fetch` or of `read` is a `'network'` outcome;
 * the caller's abort rejects with the signal's reason.
 *
 * @example
 * ```ts
 * const result = await fetchWithTimeout(url, { fetch, signal, timeoutMs: 5_000 }, (r) => r.status);
 * ```
 */
export function fetchWithTimeout<T>(
  url: string,
  { fetch, signal, timeoutMs, headers = {} }: FetchWithTimeoutOptions,
  read: (response: DiscoveryResponse) => T | Promise<T>,
): Promise<TimedOutcome<T>> {
  return runWithTimeout(
    // Looked up per request: importing tenantkit must not touch `fetch`, and
    // a polyfill or test double installed later is honoured.
    async (taskSignal) =>
      read(
        await (fetch ?? globalThis.fetch)(url, {
          signal: taskSignal,
          credentials: 'omit',
          headers,
        }),
      ),
    { signal, timeoutMs },
  );
}
