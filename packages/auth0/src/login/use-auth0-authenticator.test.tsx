import type { Auth0ContextInterface } from '@auth0/auth0-react';
import { AuthenticationError } from '@tenantkit/core';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { MockAuth0Provider } from '../testing/mock-auth0-provider.js';
import { embeddedPasswords } from './cross-origin-authenticate.js';
import { fakeAuth0Fetch } from './test-support/fake-auth0-fetch.js';
import {
  useAuth0Authenticator,
  type Auth0AuthenticatorOptions,
} from './use-auth0-authenticator.js';

const secret = 'correct horse battery staple';

function setup(
  options: Auth0AuthenticatorOptions,
  loginWithRedirect: Auth0ContextInterface['loginWithRedirect'] = vi.fn(() => Promise.resolve()),
) {
  const overrides = { loginWithRedirect };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockAuth0Provider overrides={overrides}>{children}</MockAuth0Provider>
  );
  const hook = renderHook((props: Auth0AuthenticatorOptions) => useAuth0Authenticator(props), {
    initialProps: options,
    wrapper,
  });
  return { ...hook, loginWithRedirect: vi.mocked(loginWithRedirect) };
}

const embedded = {
  passwordMode: embeddedPasswords,
  domain: 'http://localhost:4000',
  clientId: 'client-1',
} as const;

describe('useAuth0Authenticator', () => {
  test('SSO redirects with the connection, the login hint, the organization and the app state', async () => {
    const { result, loginWithRedirect } = setup({
      organization: 'org_123',
      appState: { returnTo: '/settings' },
      authorizationParams: { audience: 'https://api.example', connection: 'overridden' },
    });
    await result.current.loginWithSso({ email: 'ana@acme.test', connection: 'acme-okta' });
    expect(loginWithRedirect).toHaveBeenCalledWith({
      appState: { returnTo: '/settings' },
      authorizationParams: {
        audience: 'https://api.example',
        connection: 'acme-okta',
        login_hint: 'ana@acme.test',
        organization: 'org_123',
      },
    });
  });

  test('SSO without a connection lets Auth0 pick it from the login hint', async () => {
    const { result, loginWithRedirect } = setup({});
    await result.current.loginWithSso({ email: 'bob@fed.test' });
    expect(loginWithRedirect).toHaveBeenCalledWith({
      authorizationParams: { login_hint: 'bob@fed.test' },
    });
  });

  test('hosted login sends the login hint, and the connection when discovery found one', async () => {
    const { result, loginWithRedirect } = setup({});
    await result.current.loginWithHostedPage({ email: 'ana@example.org' });
    expect(loginWithRedirect).toHaveBeenLastCalledWith({
      authorizationParams: { login_hint: 'ana@example.org' },
    });
    await result.current.loginWithHostedPage({ email: 'bob@example.com', connection: 'db' });
    expect(loginWithRedirect).toHaveBeenLastCalledWith({
      authorizationParams: { login_hint: 'bob@example.com', connection: 'db' },
    });
  });

  test('universal-login password mode redirects with the database connection, never the password', async () => {
    const { result, loginWithRedirect } = setup({ passwordMode: 'universal-login' });
    await result.current.loginWithPassword({
      email: 'ana@example.com',
      password: secret,
      connection: 'Username-Password-Authentication',
    });
    expect(loginWithRedirect).toHaveBeenCalledWith({
      authorizationParams: {
        login_hint: 'ana@example.com',
        connection: 'Username-Password-Authentication',
      },
    });
    expect(JSON.stringify(loginWithRedirect.mock.calls)).not.toContain(secret);
  });

  test('embedded mode checks the password at /co/authenticate, then redeems the ticket', async () => {
    const { fetch, calls } = fakeAuth0Fetch(() => ({ status: 200, body: { login_ticket: 'tkt' } }));
    const { result, loginWithRedirect } = setup({
      ...embedded,
      fetch,
      appState: { returnTo: '/' },
      organization: 'org_1',
    });
    await result.current.loginWithPassword({
      email: 'ana@example.com',
      password: secret,
      connection: 'db',
    });
    expect(calls.map(({ url }) => url)).toEqual(['http://localhost:4000/co/authenticate']);
    expect(loginWithRedirect).toHaveBeenCalledWith({
      appState: { returnTo: '/' },
      authorizationParams: { login_ticket: 'tkt', realm: 'db', organization: 'org_1' },
    });
    expect(JSON.stringify(loginWithRedirect.mock.calls)).not.toContain(secret);
  });

  test('embedded mode: refused credentials reject with a typed error and no redirect', async () => {
    const { fetch } = fakeAuth0Fetch(() => ({ status: 403, body: { error: 'access_denied' } }));
    const { result, loginWithRedirect } = setup({ ...embedded, fetch });
    const login = result.current.loginWithPassword({
      email: 'ana@example.com',
      password: secret,
      connection: 'db',
    });
    await expect(login).rejects.toMatchObject({ code: 'invalid-credentials' });
    expect(loginWithRedirect).not.toHaveBeenCalled();
  });

  test('a failing loginWithRedirect becomes redirect-failed', async () => {
    const { result } = setup({}, () => Promise.reject(new Error('crypto.subtle is unavailable')));
    const login = result.current.loginWithSso({ email: 'ana@acme.test' });
    await expect(login).rejects.toBeInstanceOf(AuthenticationError);
    await expect(login).rejects.toMatchObject({
      code: 'redirect-failed',
      message: expect.stringContaining('crypto.subtle is unavailable') as string,
    });
  });

  test('keeps its identity across renders and uses the latest options', async () => {
    const { result, rerender, loginWithRedirect } = setup({ organization: 'org_a' });
    const first = result.current;
    rerender({ organization: 'org_b' });
    expect(result.current).toBe(first);
    await result.current.loginWithHostedPage({ email: 'ana@example.org' });
    expect(loginWithRedirect).toHaveBeenCalledWith({
      authorizationParams: { login_hint: 'ana@example.org', organization: 'org_b' },
    });
  });

  test.each([
    ['domain', { ...embedded, domain: '' }],
    ['domain', { ...embedded, domain: 'ftp://tenant.auth0.com' }],
    ['clientId', { ...embedded, clientId: '' }],
    ['timeoutMs', { ...embedded, timeoutMs: 0 }],
    ['passwordMode', { ...embedded, passwordMode: 'embedded' }],
  ])(
    'a bad passwordMode, or embedded mode without a valid %s, fails at setup, naming it',
    (option, options) => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      expect(() => setup(options as unknown as Auth0AuthenticatorOptions)).toThrow(`\`${option}\``);
      vi.restoreAllMocks();
    },
  );
});
