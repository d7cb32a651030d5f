import type { DiscoveryFetch, DiscoveryResponse } from '../realm/realm.js';
import { runWithTimeout } from './run-with-timeout.js';

export interface FetchWithTimeoutOptions {
  /** Falls back to `globalThis.fetch`, looked up at call time. */
  readonly fetch: DiscoveryFetch | undefined;
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a discovery request gave: the value `read` returned, or why there is none. */
export type FetchResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: 'timeout' | 'network' };

/**
 * GETs `url` without cookies and reads the response, under one timeout that
 * covers the body too. A failure of `fetch` or of `read` is a `'network'` error;
 * the caller's abort rejects with the signal's reason.
 *
 * @example
 * ```ts
 * const result = await fetchWithTimeout(url, { fetch, signal, timeoutMs: 5_000 }, (r) => r.status);
 * ```
 */
export async function fetchWithTimeout<T>(
  url: string,
  { fetch, signal, timeoutMs, headers = {} }: FetchWithTimeoutOptions,
  read: (response: DiscoveryResponse) => T | Promise<T>,
): Promise<FetchResult<T>> {
  const outcome = await runWithTimeout(
    async (taskSignal) => {
      // Looked up per request: importing tenantkit must not touch `fetch`, and
      // a polyfill or test double installed later is honoured.
      const fetchFn: DiscoveryFetch = fetch ?? globalThis.fetch;
      const response = await fetchFn(url, { signal: taskSignal, credentials: 'omit', headers });
      return read(response);
    },
    { signal, timeoutMs },
  );
  switch (outcome.status) {
    case 'done':
      return { ok: true, value: outcome.value };
    case 'timeout':
      return { ok: false, error: 'timeout' };
    case 'failed':
      return { ok: false, error: 'network' };
    default:
      return outcome satisfies never;
  }
}
