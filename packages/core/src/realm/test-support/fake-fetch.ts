import type { DiscoveryFetch, DiscoveryRequestInit, DiscoveryResponse } from '../realm.js';

type Respond = (
  url: string,
  init: DiscoveryRequestInit,
) => DiscoveryResponse | Promise<DiscoveryResponse>;

/** A fetch double that records every request and answers with `respond`. */
export function fakeFetch(respond: Respond) {
  const requests: { url: string; init: DiscoveryRequestInit }[] = [];
  const fetch: DiscoveryFetch = async (url, init) => {
    requests.push({ url, init });
    return respond(url, init);
  };
  return { fetch, requests };
}

/** A response with a status and a text body. */
export function reply(status: number, body = ''): DiscoveryResponse {
  return { status, text: () => Promise.resolve(body) };
}

/** Never answers; rejects like a real fetch once its signal aborts. */
export function hang(_url: string, init: DiscoveryRequestInit): Promise<DiscoveryResponse> {
  return new Promise((_, reject) => {
    init.signal.addEventListener('abort', () => reject(init.signal.reason as Error), {
      once: true,
    });
  });
}
