import type { Meta, StoryObj } from '@storybook/react-vite';
import { createDirectoryResolver, type PasswordEntry, withRealmCache } from '@tenantkit/core';
import {
  type AuthenticatorCall,
  createFakeAuthenticator,
  type FakeAuthenticatorOptions,
  seedDirectory,
} from '@tenantkit/react/testing';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyLoginMessages } from '../../.storybook/story-globals.js';
import { delayed } from '../support/delayed.js';
import { LocalizedLogin } from '../support/localized.js';

interface LoginPlaygroundProps {
  /** Hears every sign-in the fake authenticator receives (never the password). */
  readonly onSignIn: (call: AuthenticatorCall) => void;
  /** How long discovery takes, in milliseconds. */
  readonly discoveryDelayMs: number;
  /** Every sign-in fails with this code. */
  readonly failWith?: FakeAuthenticatorOptions['failWith'];
  readonly initialEmail?: string;
  /** `'hosted-page'`: password users go straight to the hosted page (Universal Login). */
  readonly passwordEntry?: PasswordEntry;
}

// employee@example.com signs in with this password; any other is refused.
const PASSWORD = 'Password123!';

/**
 * `<EmailFirstLogin>` driving the real login flow against the dev identity
 * provider's seed, with fakes for the network: `createDirectoryResolver(seedDirectory)`
 * (acme.test → Acme Okta, initech.test → two providers, other domains →
 * password) and `createFakeAuthenticator` from `@tenantkit/react/testing`.
 * Password: `Password123!`.
 */
function LoginPlayground({
  onSignIn,
  discoveryDelayMs,
  failWith,
  initialEmail,
  passwordEntry,
}: LoginPlaygroundProps) {
  const [ports] = useState(() => ({
    resolveRealm: withRealmCache(delayed(createDirectoryResolver(seedDirectory), discoveryDelayMs)),
    authenticator: createFakeAuthenticator({
      passwords: { 'employee@example.com': PASSWORD },
      onCall: onSignIn,
      ...(failWith !== undefined && { failWith }),
    }),
  }));
  return (
    <LocalizedLogin
      {...ports}
      initialEmail={initialEmail}
      passwordEntry={passwordEntry}
      onForgotPassword={() => undefined}
      onSignUp={() => undefined}
    />
  );
}

const meta = {
  title: 'Login/Flows',
  component: LoginPlayground,
  args: { onSignIn: fn(), discoveryDelayMs: 150 },
  argTypes: {
    passwordEntry: { control: 'inline-radio', options: ['widget', 'hosted-page'] },
    failWith: {
      control: 'select',
      options: [undefined, 'network', 'too-many-attempts', 'misconfigured', 'unexpected'],
    },
  },
  // A new mount for new settings: the flow reads its ports once.
  render: (args) => <LoginPlayground key={JSON.stringify(args)} {...args} />,
} satisfies Meta<typeof LoginPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

export const PasswordSignIn: Story = {
  play: async ({ args, canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await step('Type the email and continue', async () => {
      await userEvent.type(canvas.getByLabelText(t.emailLabel), 'employee@example.com');
      await userEvent.click(canvas.getByRole('button', { name: t.continue }));
      await expect(canvas.getByRole('status')).toHaveTextContent(
        t.checking.replace('{domain}', 'example.com'),
      );
    });
    await step('The password step takes the focus', async () => {
      const password = await canvas.findByLabelText(t.passwordLabel);
      await waitFor(() => expect(password).toHaveFocus());
      await userEvent.type(password, `${PASSWORD}{Enter}`);
    });
    await step('Signed in: the browser would leave now', async () => {
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(t.redirecting));
      await expect(args.onSignIn).toHaveBeenCalledWith({
        method: 'password',
        email: 'employee@example.com',
        connection: 'tenantkit-users',
      });
    });
  },
};

export const PasswordOnHostedPage: Story = {
  name: 'Password sign-in on the hosted page (one submit)',
  args: { passwordEntry: 'hosted-page' },
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await userEvent.type(canvas.getByLabelText(t.emailLabel), 'employee@example.com{Enter}');
    // One submit: discovery, then straight to the hosted page. No password step, no second click.
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(t.redirecting));
    await expect(args.onSignIn).toHaveBeenCalledTimes(1);
    await expect(args.onSignIn).toHaveBeenCalledWith({
      method: 'hosted',
      email: 'employee@example.com',
    });
    await expect(canvasElement.querySelector('input[type="password"]')).toBeNull();
  },
};

export const HostedPageUnreachable: Story = {
  name: 'Password user, hosted page unreachable',
  args: { passwordEntry: 'hosted-page', failWith: 'network' },
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    const email = canvas.getByLabelText(t.emailLabel);
    await userEvent.type(email, 'employee@example.com{Enter}');
    // Back on the email step, with the email and the error: Continue tries again.
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(t.errorNetwork));
    await expect(email).toHaveValue('employee@example.com');
    await waitFor(() => expect(email).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onSignIn).toHaveBeenCalledTimes(2));
  },
};

export const WrongPassword: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await userEvent.type(canvas.getByLabelText(t.emailLabel), 'employee@example.com{Enter}');
    const password = await canvas.findByLabelText<HTMLInputElement>(t.passwordLabel);
    await userEvent.type(password, 'not the password{Enter}');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(t.errorCredentials));
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    // The refused password is selected, so typing replaces it.
    await waitFor(() => expect(password).toHaveFocus());
    await expect(password.selectionStart).toBe(0);
  },
};

export const SsoSignIn: Story = {
  name: 'SSO sign-in (no password field)',
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await userEvent.type(canvas.getByLabelText(t.emailLabel), 'ana@acme.test{Enter}');
    const button = await canvas.findByRole('button', {
      name: t.continueWith.replace('{provider}', 'Acme Okta'),
    });
    await expect(canvasElement.querySelector('input[type="password"]')).toBeNull();
    await waitFor(() => expect(button).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(args.onSignIn).toHaveBeenCalledWith({
        method: 'sso',
        email: 'ana@acme.test',
        connection: 'acme-okta',
      }),
    );
  },
};

export const ChooseIdentityProvider: Story = {
  name: 'SSO with two identity providers',
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await userEvent.type(canvas.getByLabelText(t.emailLabel), 'ines@initech.test{Enter}');
    const group = await canvas.findByRole('group', { name: t.chooseProvider });
    await userEvent.click(
      within(group).getByRole('button', {
        name: t.continueWith.replace('{provider}', 'Initech Okta'),
      }),
    );
    await waitFor(() =>
      expect(args.onSignIn).toHaveBeenCalledWith({
        method: 'sso',
        email: 'ines@initech.test',
        connection: 'initech-okta',
      }),
    );
  },
};

export const InvalidEmail: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    const email = canvas.getByLabelText(t.emailLabel);
    await userEvent.type(email, 'employee.example.com{Enter}');
    await expect(canvas.getByRole('alert')).toHaveTextContent(t.errorEmailFormat);
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(t.errorEmailFormat);
    await expect(args.onSignIn).not.toHaveBeenCalled();
  },
};

export const UseADifferentEmail: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await userEvent.type(canvas.getByLabelText(t.emailLabel), 'ana@acme.test{Enter}');
    await userEvent.click(await canvas.findByRole('button', { name: t.useDifferentEmail }));
    const email = canvas.getByLabelText(t.emailLabel);
    // Back on the email step with the email kept and focused, ready to correct.
    await expect(email).toHaveValue('ana@acme.test');
    await waitFor(() => expect(email).toHaveFocus());
    await userEvent.clear(email);
    await userEvent.type(email, 'employee@example.com{Enter}');
    await expect(await canvas.findByLabelText(t.passwordLabel)).toBeVisible();
  },
};

export const IdentityProviderUnreachable: Story = {
  args: { failWith: 'network', initialEmail: 'ana@acme.test' },
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await userEvent.click(canvas.getByRole('button', { name: t.continue }));
    await userEvent.click(
      await canvas.findByRole('button', {
        name: t.continueWith.replace('{provider}', 'Acme Okta'),
      }),
    );
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(t.errorNetwork));
    await expect(args.onSignIn).toHaveBeenCalledTimes(1);
  },
};
