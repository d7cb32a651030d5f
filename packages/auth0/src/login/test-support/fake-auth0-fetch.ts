import type { DiscoveryFetch, DiscoveryResponse } from '@tenantkit/core';
import type { CrossOriginFetch, CrossOriginResponse } from '../cross-origin-authenticate.js';

export interface FetchCall {
  readonly url: string;
  readonly init: Record<string, unknown>;
}

type Answer = { readonly status: number; readonly body?: unknown } | Error;

/**
 * A fetch for Auth0's endpoints: `answer` decides each response from the URL
 * (and the parsed JSON body, for POSTs); a string body is sent as is, any
 * other as JSON. Every call is recorded.
 */
export function fakeAuth0Fetch(
  answer: (url: URL, body: Record<string, unknown> | undefined) => Answer,
) {
  const calls: FetchCall[] = [];
  const fetch: DiscoveryFetch & CrossOriginFetch = (
    url: string,
    init: { readonly body?: unknown },
  ): Promise<DiscoveryResponse & CrossOriginResponse> => {
    calls.push({ url, init: { ...init } });
    const body =
      typeof init.body === 'string'
        ? (JSON.parse(init.body) as Record<string, unknown>)
        : undefined;
    const result = answer(new URL(url), body);
    if (result instanceof Error) return Promise.reject(result);
    const text =
      typeof result.body === 'string'
        ? result.body
        : result.body === undefined
          ? ''
          : JSON.stringify(result.body);
    return Promise.resolve({
      status: result.status,
      text: () => Promise.resolve(text),
      json: () => Promise.resolve(JSON.parse(text) as unknown),
    });
  };
  return { fetch, calls };
}
