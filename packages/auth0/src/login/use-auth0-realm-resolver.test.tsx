import type { Realm, RealmResolver } from '@tenantkit/core';
import { renderHook } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { createDirectoryResolver, withRealmCache } from '@tenantkit/core';
import { clientInfoDiscovery } from './client-info-discovery.js';
import { fakeAuth0Fetch } from './test-support/fake-auth0-fetch.js';
import {
  useAuth0RealmResolver,
  webFingerDiscovery,
  type Auth0RealmResolverOptions,
} from './use-auth0-realm-resolver.js';

function setup(options: Auth0RealmResolverOptions) {
  return renderHook((props: Auth0RealmResolverOptions) => useAuth0RealmResolver(props), {
    initialProps: options,
  });
}

const acmeClientInfo = `Auth0.setClient(${JSON.stringify({
  id: 'client-1',
  strategies: [
    { name: 'auth0', connections: [{ name: 'db' }] },
    {
      name: 'okta',
      connections: [{ name: 'acme-okta', display_name: 'Acme Okta', domain: 'acme.test' }],
    },
  ],
})});`;

describe('useAuth0RealmResolver', () => {
  test('webfinger (the default) asks the Auth0 domain about the email domain only', async () => {
    const { fetch, calls } = fakeAuth0Fetch((url) => ({
      status: url.searchParams.get('resource')?.endsWith(':acme.test') ? 200 : 404,
    }));
    const { result } = setup({ domain: 'http://localhost:4000', fetch });
    await expect(result.current('ana@acme.test')).resolves.toMatchObject({
      kind: 'sso',
      domain: 'acme.test',
    });
    await expect(result.current('bob@example.com')).resolves.toEqual({
      kind: 'password',
      domain: 'example.com',
      connection: 'Username-Password-Authentication',
    });
    const first = new URL(calls[0]!.url);
    expect(first.origin + first.pathname).toBe('http://localhost:4000/.well-known/webfinger');
    expect(calls.map(({ url }) => url).join()).not.toContain('ana');
  });

  test('the resolver is memoised across renders; a source wrapped in withRealmCache caches per domain', async () => {
    const { fetch, calls } = fakeAuth0Fetch(() => ({ status: 200 }));
    const options: Auth0RealmResolverOptions = {
      source: (sourceOptions) => withRealmCache(webFingerDiscovery(sourceOptions)),
      domain: 'tenant.auth0.com',
      fetch,
    };
    const { result, rerender } = setup(options);
    const first = result.current;
    await first('ana@acme.test');
    rerender({ ...options });
    expect(result.current).toBe(first);
    await result.current('bob@ACME.test');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url.startsWith('https://tenant.auth0.com/')).toBe(true);
  });

  test('without a cache every lookup asks again', async () => {
    const { fetch, calls } = fakeAuth0Fetch(() => ({ status: 200 }));
    const { result } = setup({ domain: 'tenant.auth0.com', fetch });
    await result.current('ana@acme.test');
    await result.current('ana@acme.test');
    expect(calls).toHaveLength(2);
  });

  test("client-info reads Lock's client file and offers the named connection", async () => {
    const { fetch, calls } = fakeAuth0Fetch(() => ({ status: 200, body: acmeClientInfo }));
    const { result } = setup({
      source: clientInfoDiscovery,
      domain: 'http://localhost:4000',
      clientId: 'client-1',
      fetch,
    });
    await expect(result.current('ana@acme.test')).resolves.toMatchObject({
      kind: 'sso',
      connections: [{ name: 'acme-okta', displayName: 'Acme Okta' }],
    });
    await expect(result.current('bob@example.com')).resolves.toMatchObject({
      kind: 'password',
      connection: 'db',
    });
    expect(calls.map(({ url }) => url)).toEqual(['http://localhost:4000/client/client-1.js']);
  });

  test('a directory resolves without the network', async () => {
    const { result } = setup({
      source: () =>
        createDirectoryResolver({
          connections: [
            { name: 'acme-okta', kind: 'sso', domains: ['acme.test'], displayName: 'Acme Okta' },
            { name: 'db', kind: 'password' },
          ],
          defaultConnection: 'db',
        }),
    });
    await expect(result.current('ana@acme.test')).resolves.toMatchObject({
      kind: 'sso',
      connection: 'acme-okta',
    });
  });

  test("the app's own resolver is created once per mount, with the options", async () => {
    const resolver = vi.fn<RealmResolver>((email) =>
      Promise.resolve<Realm>({ kind: 'password', domain: email.split('@')[1]!, connection: 'one' }),
    );
    const source = vi.fn(() => resolver);
    const { result, rerender } = setup({ source, passwordConnection: 'one' });
    const first = result.current;
    await first('ana@example.com');
    await first('bob@example.com');
    rerender({ source: () => resolver, passwordConnection: 'two' });
    expect(result.current).toBe(first);
    expect(source).toHaveBeenCalledTimes(1);
    expect(source).toHaveBeenCalledWith({ source, passwordConnection: 'one' });
    expect(resolver).toHaveBeenCalledTimes(2);
  });

  test.each<[string, Auth0RealmResolverOptions]>([
    ['domain', {}],
    ['clientId', { source: clientInfoDiscovery, domain: 'tenant.auth0.com' }],
    ['source', { source: 'client-info' as unknown as typeof webFingerDiscovery }],
    [
      'source',
      { source: (() => Promise.resolve(undefined)) as unknown as typeof webFingerDiscovery },
    ],
  ])('a missing or malformed %s fails at setup, naming it', (option, options) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => setup(options)).toThrow(`\`${option}\``);
    vi.restoreAllMocks();
  });
});
