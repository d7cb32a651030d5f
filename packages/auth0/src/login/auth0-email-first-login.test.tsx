import { OAuthError, type Auth0ContextInterface } from '@auth0/auth0-react';
import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MockAuth0Provider } from '../testing/mock-auth0-provider.js';
import { Auth0EmailFirstLogin, type Auth0EmailFirstLoginProps } from './auth0-email-first-login.js';
import { clientInfoDiscovery } from './client-info-discovery.js';
import { embeddedPasswords } from './cross-origin-authenticate.js';
import { fakeAuth0Fetch } from './test-support/fake-auth0-fetch.js';

const secret = 'correct horse battery staple';

/** The dev identity provider, in miniature: acme.test is federated, every password but `secret` is wrong. */
function auth0Server() {
  return fakeAuth0Fetch((url, body) => {
    if (url.pathname === '/.well-known/webfinger') {
      return { status: url.searchParams.get('resource')?.endsWith(':acme.test') ? 200 : 404 };
    }
    if (url.pathname === '/co/authenticate') {
      return body?.password === secret
        ? { status: 200, body: { login_ticket: 'ticket-1' } }
        : {
            status: 403,
            body: { error: 'access_denied', error_description: 'Wrong email or password.' },
          };
    }
    return { status: 404 };
  });
}

function setup(props: Partial<Auth0EmailFirstLoginProps> = {}, context: { error?: Error } = {}) {
  const server = auth0Server();
  const loginWithRedirect = vi.fn<Auth0ContextInterface['loginWithRedirect']>(() =>
    Promise.resolve(),
  );
  const user = userEvent.setup();
  const view = render(
    <MockAuth0Provider overrides={{ loginWithRedirect }} error={context.error}>
      <Auth0EmailFirstLogin
        domain="http://localhost:4000"
        clientId="client-1"
        fetch={server.fetch}
        {...props}
      />
    </MockAuth0Provider>,
  );
  return { ...view, ...server, loginWithRedirect, user };
}

const emailInput = () => screen.getByLabelText('Email');
const queryPassword = () => document.querySelector('input[type="password"]');

/** Lets the fake network answer and React render it. */
async function settle() {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement) act(() => active.blur());
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('Auth0EmailFirstLogin', () => {
  test('an SSO domain continues to Auth0 with the login hint; no password field', async () => {
    window.history.replaceState(null, '', '/login?returnTo=%2Fsettings%3Ftab%3D2');
    const { user, loginWithRedirect, calls } = setup();
    await user.type(emailInput(), 'ana@acme.test{Enter}');
    await settle();
    expect(screen.getByText(/Single sign-on is enabled for/)).toHaveTextContent('acme.test');
    expect(queryPassword()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Continue with single sign-on' }));
    expect(loginWithRedirect).toHaveBeenCalledWith({
      appState: { returnTo: '/settings?tab=2' },
      authorizationParams: { login_hint: 'ana@acme.test' },
    });
    expect(calls.map(({ url }) => new URL(url).pathname)).toEqual(['/.well-known/webfinger']);
  });

  test('embedded: a password user signs in through /co/authenticate and a login ticket', async () => {
    const { user, loginWithRedirect, calls } = setup({
      passwordMode: embeddedPasswords,
      organization: 'org_1',
    });
    await user.type(emailInput(), 'bob@example.com{Enter}');
    await settle();
    await user.type(screen.getByLabelText('Password'), `${secret}{Enter}`);
    await settle();
    expect(calls.map(({ url }) => url).at(-1)).toBe('http://localhost:4000/co/authenticate');
    expect(loginWithRedirect).toHaveBeenCalledWith({
      appState: { returnTo: '/' },
      authorizationParams: {
        login_ticket: 'ticket-1',
        realm: 'Username-Password-Authentication',
        organization: 'org_1',
      },
    });
    expect(screen.getByRole('status')).toHaveTextContent('Redirecting…');
  });

  test('embedded: a wrong password shows the one credentials message', async () => {
    const { user, loginWithRedirect } = setup({ passwordMode: embeddedPasswords });
    await user.type(emailInput(), 'bob@example.com{Enter}');
    await settle();
    await user.type(screen.getByLabelText('Password'), 'nope{Enter}');
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('Wrong email or password.');
    expect(loginWithRedirect).not.toHaveBeenCalled();
  });

  test('universal-login (default): one submit sends a password user to Auth0 with the hint and the connection', async () => {
    const { user, loginWithRedirect } = setup({ databaseConnection: 'db' });
    await user.type(emailInput(), 'bob@example.com{Enter}');
    await settle();
    expect(loginWithRedirect).toHaveBeenCalledTimes(1);
    expect(loginWithRedirect).toHaveBeenCalledWith({
      appState: { returnTo: '/' },
      authorizationParams: { login_hint: 'bob@example.com', connection: 'db' },
    });
    expect(queryPassword()).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Redirecting…');
    expect(emailInput()).toHaveAttribute('readonly');
  });

  test('universal-login: a failed redirect stays on the email step with an error, and a submit retries', async () => {
    const { user, loginWithRedirect } = setup();
    loginWithRedirect.mockRejectedValueOnce(new Error('crypto.subtle is unavailable'));
    await user.type(emailInput(), 'bob@example.com{Enter}');
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong. Please try again.');
    expect(emailInput()).toHaveValue('bob@example.com');
    expect(emailInput()).not.toHaveAttribute('aria-invalid');
    expect(queryPassword()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await settle();
    expect(loginWithRedirect).toHaveBeenLastCalledWith({
      appState: { returnTo: '/' },
      authorizationParams: {
        login_hint: 'bob@example.com',
        connection: 'Username-Password-Authentication',
      },
    });
  });

  test('clientInfoDiscovery names the connection and finds the database connection', async () => {
    const clientInfo = `Auth0.setClient(${JSON.stringify({
      id: 'client-1',
      strategies: [
        { name: 'auth0', connections: [{ name: 'app-users' }] },
        {
          name: 'okta',
          connections: [{ name: 'acme-okta', display_name: 'Acme Okta', domain: 'acme.test' }],
        },
      ],
    })});`;
    const server = fakeAuth0Fetch(() => ({ status: 200, body: clientInfo }));
    const { user, loginWithRedirect } = setup({
      realmSource: clientInfoDiscovery,
      fetch: server.fetch,
    });
    await user.type(emailInput(), 'ana@acme.test{Enter}');
    await settle();
    expect(screen.getByRole('button', { name: 'Continue with Acme Okta' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Use a different email' }));
    await user.clear(emailInput());
    await user.type(emailInput(), 'bob@example.com{Enter}');
    await settle();
    expect(loginWithRedirect).toHaveBeenCalledWith({
      appState: { returnTo: '/' },
      authorizationParams: { login_hint: 'bob@example.com', connection: 'app-users' },
    });
    expect(server.calls.map(({ url }) => url)).toEqual([
      'http://localhost:4000/client/client-1.js',
    ]);
  });

  test.each(['//evil.example', '/\\evil.example', 'javascript:alert(1)', '/%2F%2Fevil.example'])(
    'a hostile returnTo %j becomes /',
    async (returnTo) => {
      const { user, loginWithRedirect } = setup({ returnTo });
      await user.type(emailInput(), 'ana@acme.test{Enter}');
      await settle();
      await user.click(screen.getByRole('button', { name: 'Continue with single sign-on' }));
      expect(loginWithRedirect.mock.calls[0]?.[0]?.appState).toEqual({ returnTo: '/' });
    },
  );

  test("the callback's error is shown as text on the email step", () => {
    const error = new OAuthError('access_denied', '<b>User did not authorize</b> the request');
    setup({}, { error });
    expect(screen.getByRole('alert')).toHaveTextContent(
      '<b>User did not authorize</b> the request',
    );
    expect(screen.getByRole('alert').querySelector('b')).toBeNull();
    expect(emailInput()).toBeVisible();
  });

  test('the login_hint of the URL prefills the email', () => {
    window.history.replaceState(null, '', '/login?login_hint=ana%40acme.test');
    setup();
    expect(emailInput()).toHaveValue('ana@acme.test');
  });

  test('emailQueryParam={false} ignores the URL', () => {
    window.history.replaceState(null, '', '/login?login_hint=ana%40acme.test');
    setup({ emailQueryParam: false });
    expect(emailInput()).toHaveValue('');
  });

  test('has no axe violations with an error shown', async () => {
    const { container } = setup({}, { error: new OAuthError('access_denied', 'Denied') });
    const results = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
