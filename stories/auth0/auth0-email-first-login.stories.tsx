import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  type Auth0EmailFirstLoginProps,
  type Auth0RealmSource,
  embeddedPasswords,
} from '@tenantkit/auth0';
import { MockAuth0Provider } from '@tenantkit/auth0/testing';
import { createDirectoryResolver } from '@tenantkit/core';
import { seedDirectory } from '@tenantkit/react/testing';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyLoginMessages } from '../../.storybook/story-globals.js';
import { fakeAuth0Network, type FakeRequest } from '../support/fake-auth0-network.js';
import { LocalizedAuth0Login } from '../support/localized.js';

interface Auth0LoginExampleProps extends Auth0EmailFirstLoginProps {
  /** The SDK's `loginWithRedirect`, faked: it records the call and stays on the page. */
  readonly loginWithRedirect: () => Promise<void>;
  /** An error the SDK reports after a failed callback (`error_description`). */
  readonly callbackError?: string;
}

/**
 * `<Auth0EmailFirstLogin>` inside `MockAuth0Provider` (from
 * `@tenantkit/auth0/testing`), the real `Auth0Context` with a faked SDK. The
 * WebFinger and `/co/authenticate` requests are answered in memory: acme.test
 * is federated, employee@example.com's password is `Password123!`.
 */
function Auth0LoginExample({ loginWithRedirect, callbackError, ...props }: Auth0LoginExampleProps) {
  return (
    <MockAuth0Provider
      overrides={{ loginWithRedirect }}
      error={callbackError === undefined ? undefined : new Error(callbackError)}
    >
      <LocalizedAuth0Login {...props} />
    </MockAuth0Provider>
  );
}

const onRequest = fn<(request: FakeRequest) => void>();

// The seed's directory as a discovery source: names each provider, no request at all.
const fromDirectory: Auth0RealmSource = () => createDirectoryResolver(seedDirectory);

const meta = {
  title: 'Auth0/Email-first login',
  component: Auth0LoginExample,
  args: {
    domain: 'tenantkit-demo.eu.auth0.com',
    clientId: 'tenantkit-demo',
    databaseConnection: 'tenantkit-users',
    loginWithRedirect: fn(() => Promise.resolve()),
    returnTo: '/dashboard',
    emailQueryParam: false,
    fetch: fakeAuth0Network({
      federatedDomains: ['acme.test', 'globex.test', 'globex-corp.test', 'initech.test'],
      passwords: { 'employee@example.com': 'Password123!' },
      onRequest,
    }),
  },
  argTypes: {
    fetch: { control: false },
    realmSource: { control: false },
    passwordMode: { control: false },
  },
  beforeEach: () => {
    onRequest.mockClear();
  },
} satisfies Meta<typeof Auth0LoginExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SsoThroughWebFinger: Story = {
  name: 'SSO found by WebFinger',
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await userEvent.type(canvas.getByLabelText(t.emailLabel), 'ana@acme.test{Enter}');
    // WebFinger says "federated" without naming the connection: Auth0 picks it from the hint.
    await userEvent.click(await canvas.findByRole('button', { name: t.continueWithSso }));
    await waitFor(() =>
      expect(args.loginWithRedirect).toHaveBeenCalledWith({
        appState: { returnTo: '/dashboard' },
        authorizationParams: { login_hint: 'ana@acme.test' },
      }),
    );
    // Only the domain left the browser, never the address.
    await expect(onRequest).toHaveBeenCalledWith({
      method: 'GET',
      path: '/.well-known/webfinger',
    });
  },
};

export const SsoFromADirectory: Story = {
  name: 'SSO from a directory',
  args: { realmSource: fromDirectory },
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await userEvent.type(canvas.getByLabelText(t.emailLabel), 'gus@globex-corp.test{Enter}');
    await userEvent.click(
      await canvas.findByRole('button', {
        name: t.continueWith.replace('{provider}', 'Globex SSO'),
      }),
    );
    await waitFor(() =>
      expect(args.loginWithRedirect).toHaveBeenCalledWith({
        appState: { returnTo: '/dashboard' },
        authorizationParams: { login_hint: 'gus@globex-corp.test', connection: 'globex-saml' },
      }),
    );
    await expect(onRequest).not.toHaveBeenCalled();
  },
};

export const PasswordOnUniversalLogin: Story = {
  name: 'Password user, Universal Login (one submit)',
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await userEvent.type(canvas.getByLabelText(t.emailLabel), 'employee@example.com{Enter}');
    // One submit: discovery says "password", and the widget hands over to Auth0's page,
    // with the email and the database connection. It never asks for a password it could not use.
    await waitFor(() =>
      expect(args.loginWithRedirect).toHaveBeenCalledWith({
        appState: { returnTo: '/dashboard' },
        authorizationParams: { login_hint: 'employee@example.com', connection: 'tenantkit-users' },
      }),
    );
    await expect(args.loginWithRedirect).toHaveBeenCalledTimes(1);
    await expect(canvasElement.querySelector('input[type="password"]')).toBeNull();
    await expect(canvas.getByRole('status')).toHaveTextContent(t.redirecting);
  },
};

export const UniversalLoginRedirectFailed: Story = {
  name: 'Password user, Universal Login, redirect failed',
  args: { loginWithRedirect: fn(() => Promise.reject(new Error('crypto.subtle is unavailable'))) },
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    const email = canvas.getByLabelText(t.emailLabel);
    await userEvent.type(email, 'employee@example.com{Enter}');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(t.errorUnexpected));
    // Back on the email step: the email is kept, and Continue tries again.
    await expect(email).toHaveValue('employee@example.com');
    await userEvent.click(canvas.getByRole('button', { name: t.continue }));
    await waitFor(() => expect(args.loginWithRedirect).toHaveBeenCalledTimes(2));
  },
};

export const EmbeddedPassword: Story = {
  name: 'Password user, embedded (cross-origin authentication)',
  args: { passwordMode: embeddedPasswords },
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await userEvent.type(canvas.getByLabelText(t.emailLabel), 'employee@example.com{Enter}');
    await userEvent.type(await canvas.findByLabelText(t.passwordLabel), 'Password123!{Enter}');
    await waitFor(() =>
      expect(args.loginWithRedirect).toHaveBeenCalledWith({
        appState: { returnTo: '/dashboard' },
        authorizationParams: { login_ticket: 'fake-login-ticket', realm: 'tenantkit-users' },
      }),
    );
    await expect(onRequest).toHaveBeenCalledWith({ method: 'POST', path: '/co/authenticate' });
  },
};

export const EmbeddedWrongPassword: Story = {
  name: 'Password user, embedded, wrong password',
  args: { passwordMode: embeddedPasswords },
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await userEvent.type(canvas.getByLabelText(t.emailLabel), 'employee@example.com{Enter}');
    await userEvent.type(await canvas.findByLabelText(t.passwordLabel), 'guess{Enter}');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(t.errorCredentials));
    await expect(args.loginWithRedirect).not.toHaveBeenCalled();
  },
};

export const OrganizationLogin: Story = {
  name: 'Signing in to an organization',
  args: { organization: 'org_acme', realmSource: fromDirectory },
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await userEvent.type(canvas.getByLabelText(t.emailLabel), 'ana@acme.test{Enter}');
    await userEvent.click(
      await canvas.findByRole('button', {
        name: t.continueWith.replace('{provider}', 'Acme Okta'),
      }),
    );
    await waitFor(() =>
      expect(args.loginWithRedirect).toHaveBeenCalledWith({
        appState: { returnTo: '/dashboard' },
        authorizationParams: {
          login_hint: 'ana@acme.test',
          connection: 'acme-okta',
          organization: 'org_acme',
        },
      }),
    );
  },
};

export const CallbackError: Story = {
  name: 'Back from Auth0 with an error',
  args: { callbackError: 'user is blocked' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('user is blocked');
  },
};

export const UnsafeReturnTo: Story = {
  name: 'returnTo to another site is dropped',
  args: { returnTo: '//evil.example/steal', realmSource: fromDirectory },
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await userEvent.type(canvas.getByLabelText(t.emailLabel), 'ana@acme.test{Enter}');
    await userEvent.click(
      await canvas.findByRole('button', {
        name: t.continueWith.replace('{provider}', 'Acme Okta'),
      }),
    );
    await waitFor(() =>
      expect(args.loginWithRedirect).toHaveBeenCalledWith(
        expect.objectContaining({ appState: { returnTo: '/' } }),
      ),
    );
  },
};
