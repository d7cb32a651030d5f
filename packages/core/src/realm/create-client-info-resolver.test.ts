import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  createClientInfoResolver,
  type ClientInfoResolverOptions,
} from './create-client-info-resolver.js';
import type { DiscoveryFetch } from './realm.js';
import { fakeFetch, hang, reply } from './test-support/fake-fetch.js';
import { flushPromises } from './test-support/flush.js';

const clientInfo = `Auth0.setClient(${JSON.stringify({
  id: 'client/1',
  strategies: [
    {
      name: 'auth0',
      connections: [{ name: 'Username-Password-Authentication' }, { name: 'other-db' }],
    },
    {
      name: 'okta',
      connections: [
        {
          name: 'acme-okta',
          display_name: 'Acme',
          domain: 'acme.com',
          domain_aliases: ['acme.de'],
        },
      ],
    },
    {
      name: 'waad',
      connections: [
        { name: 'acme-azure', domain: 'ACME.com' },
        { name: 'globex', domain: 'globex.com' },
      ],
    },
  ],
})});`;

function clientInfoResolver(
  fetch: DiscoveryFetch,
  options: Partial<ClientInfoResolverOptions> = {},
) {
  return createClientInfoResolver({
    issuer: 'http://localhost:4000/',
    clientId: 'client/1',
    fetch,
    timeoutMs: 1_000,
    ...options,
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createClientInfoResolver', () => {
  test('fetches the client info of the application', async () => {
    const { fetch, requests } = fakeFetch(() => reply(200, clientInfo));
    await clientInfoResolver(fetch)('ana@acme.com');
    expect(requests.map((r) => r.url)).toEqual(['http://localhost:4000/client/client%2F1.js']);
  });

  test('an enterprise domain or alias resolves to its connection', async () => {
    const { fetch } = fakeFetch(() => reply(200, clientInfo));
    const resolve = clientInfoResolver(fetch);
    expect(await resolve('ana@globex.com')).toEqual({
      kind: 'sso',
      domain: 'globex.com',
      connection: 'globex',
      connections: [{ name: 'globex' }],
    });
    expect(await resolve('ana@ACME.de')).toMatchObject({
      kind: 'sso',
      connection: 'acme-okta',
      displayName: 'Acme',
    });
  });

  test('a domain of two connections offers both', async () => {
    const { fetch } = fakeFetch(() => reply(200, clientInfo));
    expect(await clientInfoResolver(fetch)('ana@acme.com')).toMatchObject({
      connections: [{ name: 'acme-okta', displayName: 'Acme' }, { name: 'acme-azure' }],
    });
  });

  test('matches domains exactly, as Lock does', async () => {
    const { fetch } = fakeFetch(() => reply(200, clientInfo));
    const resolve = clientInfoResolver(fetch);
    const realms = await Promise.all(
      ['ana@eu.acme.com', 'ana@evil-acme.com', 'ana@acme.com.evil.io'].map((e) => resolve(e)),
    );
    expect(realms.map((r) => r.kind)).toEqual(['password', 'password', 'password']);
  });

  test('other domains use the first database connection, or the one configured', async () => {
    const { fetch } = fakeFetch(() => reply(200, clientInfo));
    expect(await clientInfoResolver(fetch)('bob@example.org')).toEqual({
      kind: 'password',
      domain: 'example.org',
      connection: 'Username-Password-Authentication',
    });
    expect(
      await clientInfoResolver(fetch, { passwordConnection: 'custom-db' })('bob@example.org'),
    ).toMatchObject({
      connection: 'custom-db',
    });
  });

  test('without a database connection, other domains are not found', async () => {
    const { fetch } = fakeFetch(() =>
      reply(200, '{"strategies":[{"name":"okta","connections":[{"name":"a","domain":"a.com"}]}]}'),
    );
    expect(await clientInfoResolver(fetch)('bob@example.org')).toEqual({
      kind: 'unknown',
      domain: 'example.org',
      reason: 'not-found',
    });
  });

  test('fetches once for sequential and concurrent lookups', async () => {
    const { fetch, requests } = fakeFetch(() => reply(200, clientInfo));
    const resolve = clientInfoResolver(fetch);
    await Promise.all([resolve('a@acme.com'), resolve('b@globex.com'), resolve('c@example.org')]);
    await resolve('d@acme.de');
    expect(requests).toHaveLength(1);
  });

  test('a failed fetch is not kept: the next lookup tries again', async () => {
    const answers = [reply(500), reply(200, clientInfo)];
    const { fetch, requests } = fakeFetch(() => answers.shift() ?? reply(500));
    const resolve = clientInfoResolver(fetch);
    expect(await resolve('ana@acme.com')).toEqual({
      kind: 'unknown',
      domain: 'acme.com',
      reason: 'bad-response',
    });
    expect(await resolve('ana@acme.com')).toMatchObject({ kind: 'sso' });
    expect(requests).toHaveLength(2);
  });

  test.each([
    ['a 404', reply(404)],
    ['a script with trailing code', reply(200, `${clientInfo}alert(1)`)],
    ['a body that is not JSON', reply(200, '<html></html>')],
  ])('%s is a bad response', async (_, response) => {
    const { fetch } = fakeFetch(() => response);
    expect(await clientInfoResolver(fetch)('ana@acme.com')).toMatchObject({
      kind: 'unknown',
      reason: 'bad-response',
    });
  });

  test('a fetch that throws is a network failure', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await clientInfoResolver(fetch)('ana@acme.com')).toMatchObject({
      kind: 'unknown',
      reason: 'network',
    });
  });

  test('a body that fails to download is a network failure', async () => {
    const { fetch } = fakeFetch(() => ({
      status: 200,
      text: () => Promise.reject(new TypeError('terminated')),
    }));
    expect(await clientInfoResolver(fetch)('ana@acme.com')).toMatchObject({
      kind: 'unknown',
      reason: 'network',
    });
  });

  test('an unanswered request times out', async () => {
    vi.useFakeTimers();
    const { fetch } = fakeFetch(hang);
    const realm = clientInfoResolver(fetch)('ana@acme.com');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await realm).toEqual({ kind: 'unknown', domain: 'acme.com', reason: 'timeout' });
  });

  test('a caller that aborts leaves alone; the shared fetch goes on for the others', async () => {
    let answer: (text: string) => void = () => {};
    const { fetch, requests } = fakeFetch(
      () => new Promise((resolve) => (answer = (text) => resolve(reply(200, text)))),
    );
    const resolve = clientInfoResolver(fetch);
    const controller = new AbortController();
    const leaving = resolve('ana@acme.com', { signal: controller.signal });
    const staying = resolve('bob@globex.com');
    await flushPromises();
    expect(requests).toHaveLength(1);
    controller.abort(new Error('left'));
    await expect(leaving).rejects.toThrow('left');
    expect(requests[0]?.init.signal.aborted).toBe(false);
    answer(clientInfo);
    expect(await staying).toMatchObject({ kind: 'sso', connection: 'globex' });
  });

  test('an invalid email resolves without a request', async () => {
    const { fetch, requests } = fakeFetch(() => reply(200, clientInfo));
    expect(await clientInfoResolver(fetch)('a@acme.com@evil.io')).toMatchObject({
      reason: 'invalid-email',
    });
    expect(requests).toHaveLength(0);
  });

  test('checks its options at setup', () => {
    const { fetch } = fakeFetch(() => reply(200));
    expect(() => clientInfoResolver(fetch, { clientId: '' })).toThrow(/clientId/);
    expect(() => clientInfoResolver(fetch, { issuer: 'tenant.auth0.com' })).toThrow(/issuer/);
    expect(() => clientInfoResolver(fetch, { passwordConnection: '' })).toThrow(
      /passwordConnection/,
    );
  });
});
