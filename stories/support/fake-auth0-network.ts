import type { CrossOriginFetch, CrossOriginResponse } from '@tenantkit/auth0';
import type { DiscoveryFetch, DiscoveryResponse } from '@tenantkit/core';

/** What one fake request asked for, without its body (which holds the password). */
export interface FakeRequest {
  readonly method: string;
  readonly path: string;
}

interface FakeAuth0NetworkOptions {
  /** Domains an enterprise connection owns: WebFinger answers 200 for them, 404 otherwise. */
  readonly federatedDomains: readonly string[];
  /** Email → password accepted by `/co/authenticate`. */
  readonly passwords: Readonly<Record<string, string>>;
  readonly onRequest?: (request: FakeRequest) => void;
}

type FakeResponse = DiscoveryResponse & CrossOriginResponse;

const respond = (status: number, body: unknown): FakeResponse => ({
  status,
  text: () => Promise.resolve(JSON.stringify(body)),
  json: () => Promise.resolve(body),
});

/**
 * The two Auth0 endpoints the browser calls before any redirect — WebFinger
 * discovery and cross-origin authentication — answered in memory, so that
 * `<Auth0EmailFirstLogin>` runs its real network code with no network.
 */
export function fakeAuth0Network(
  options: FakeAuth0NetworkOptions,
): DiscoveryFetch & CrossOriginFetch {
  const fetch = (url: string, init: { readonly body?: unknown }): Promise<FakeResponse> => {
    const { pathname, searchParams } = new URL(url);
    options.onRequest?.({ method: init.body === undefined ? 'GET' : 'POST', path: pathname });
    if (pathname === '/.well-known/webfinger') {
      const domain = (searchParams.get('resource') ?? '').replace(
        'urn:auth0:discovery:domain:',
        '',
      );
      return Promise.resolve(
        options.federatedDomains.includes(domain)
          ? respond(200, { subject: searchParams.get('resource'), links: [] })
          : respond(404, {}),
      );
    }
    if (pathname === '/co/authenticate' && typeof init.body === 'string') {
      const { username, password } = JSON.parse(init.body) as Record<string, unknown>;
      const known =
        typeof username === 'string' &&
        Object.hasOwn(options.passwords, username) &&
        options.passwords[username] === password;
      return Promise.resolve(
        known
          ? respond(200, { login_ticket: 'fake-login-ticket' })
          : respond(403, { error: 'access_denied', error_description: 'Wrong email or password.' }),
      );
    }
    return Promise.resolve(respond(404, {}));
  };
  return fetch;
}
