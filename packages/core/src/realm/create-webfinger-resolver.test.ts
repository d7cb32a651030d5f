import { afterEach, describe, expect, test, vi } from 'vitest';
import { createWebFingerResolver } from './create-webfinger-resolver.js';
import type { DiscoveryFetch } from './realm.js';
import { fakeFetch, hang, reply } from './test-support/fake-fetch.js';
import { flushPromises } from './test-support/flush.js';

const passwordConnection = 'Username-Password-Authentication';

function webFinger(fetch: DiscoveryFetch, issuer = 'https://tenant.auth0.com') {
  return createWebFingerResolver({ issuer, passwordConnection, fetch, timeoutMs: 1_000 });
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('createWebFingerResolver', () => {
  test.each(['http://localhost:4000', 'http://localhost:4000/'])(
    'asks %s about the domain, encoded',
    async (issuer) => {
      const { fetch, requests } = fakeFetch(() => reply(404));
      await webFinger(fetch, issuer)('ana@acme.com');
      expect(requests.map((r) => r.url)).toEqual([
        'http://localhost:4000/.well-known/webfinger?resource=urn%3Aauth0%3Adiscovery%3Adomain%3Aacme.com&rel=http%3A%2F%2Fopenid.net%2Fspecs%2Fconnect%2F1.0%2Fissuer',
      ]);
      expect(requests[0]?.init.credentials).toBe('omit');
    },
  );

  test('sends the canonical domain and never the address', async () => {
    const { fetch, requests } = fakeFetch(() => reply(404));
    const resolve = webFinger(fetch);
    await resolve('ana.secret+tag@BÜCHER.de');
    await resolve('a@acme.com@evil.io');
    expect(requests).toHaveLength(1);
    const url = decodeURIComponent(requests[0]?.url ?? '');
    expect(url).toContain('urn:auth0:discovery:domain:xn--bcher-kva.de&');
    expect(url).not.toMatch(/ana|secret|tag|@/);
  });

  test('200 means the domain is federated', async () => {
    const { fetch } = fakeFetch(() => reply(200, '{"subject":"acct:acme.com"}'));
    expect(await webFinger(fetch)('ana@acme.com')).toEqual({
      kind: 'sso',
      domain: 'acme.com',
      connections: [],
    });
  });

  test('404 means the password connection', async () => {
    const { fetch } = fakeFetch(() => reply(404));
    expect(await webFinger(fetch)('ana@example.org')).toEqual({
      kind: 'password',
      domain: 'example.org',
      connection: passwordConnection,
    });
  });

  test.each([500, 302, 401, 204, 429])('%i is a bad response', async (status) => {
    const { fetch } = fakeFetch(() => reply(status));
    expect(await webFinger(fetch)('ana@acme.com')).toEqual({
      kind: 'unknown',
      domain: 'acme.com',
      reason: 'bad-response',
    });
  });

  test('a fetch that throws is a network failure', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await webFinger(fetch)('ana@acme.com')).toEqual({
      kind: 'unknown',
      domain: 'acme.com',
      reason: 'network',
    });
  });

  test('an unanswered request times out and is aborted', async () => {
    vi.useFakeTimers();
    const { fetch, requests } = fakeFetch(hang);
    const realm = webFinger(fetch)('ana@acme.com');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await realm).toEqual({ kind: 'unknown', domain: 'acme.com', reason: 'timeout' });
    expect(requests[0]?.init.signal.aborted).toBe(true);
  });

  test('a fetch that ignores its signal still cannot outlast the timeout', async () => {
    vi.useFakeTimers();
    const { fetch } = fakeFetch(() => new Promise(() => {}));
    const realm = webFinger(fetch)('ana@acme.com');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await realm).toMatchObject({ reason: 'timeout' });
  });

  test('aborting during the request rejects with the reason and aborts the fetch', async () => {
    const { fetch, requests } = fakeFetch(hang);
    const controller = new AbortController();
    const realm = webFinger(fetch)('ana@acme.com', { signal: controller.signal });
    await flushPromises();
    expect(requests).toHaveLength(1);
    const reason = new Error('user typed another email');
    controller.abort(reason);
    await expect(realm).rejects.toBe(reason);
    expect(requests[0]?.init.signal.aborted).toBe(true);
  });

  test('an already aborted signal rejects without a request', async () => {
    const { fetch, requests } = fakeFetch(() => reply(200));
    const signal = AbortSignal.abort(new Error('stop'));
    await expect(webFinger(fetch)('ana@acme.com', { signal })).rejects.toThrow('stop');
    expect(requests).toHaveLength(0);
  });

  test('uses the global fetch as it is when a lookup runs', async () => {
    vi.stubGlobal('fetch', undefined);
    const resolve = createWebFingerResolver({
      issuer: 'https://tenant.auth0.com',
      passwordConnection,
    });
    const { fetch, requests } = fakeFetch(() => reply(200));
    vi.stubGlobal('fetch', fetch);
    expect(await resolve('ana@acme.com')).toMatchObject({ kind: 'sso' });
    expect(requests).toHaveLength(1);
  });

  test.each([
    'tenant.auth0.com',
    'ftp://tenant.auth0.com',
    'javascript:alert(1)',
    '',
    'https://tenant.auth0.com/?x=1',
  ])('rejects the issuer %j at setup', (issuer) => {
    expect(() => createWebFingerResolver({ issuer, passwordConnection })).toThrow(/issuer/);
  });

  test('requires a password connection and a positive timeout at setup', () => {
    const issuer = 'https://tenant.auth0.com';
    expect(() => createWebFingerResolver({ issuer, passwordConnection: '' })).toThrow(
      /passwordConnection/,
    );
    expect(() => createWebFingerResolver({ issuer, passwordConnection, timeoutMs: 0 })).toThrow(
      /timeoutMs/,
    );
  });
});
