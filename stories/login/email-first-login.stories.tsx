import type { Meta, StoryObj } from '@storybook/react-vite';
import { EmailFirstLogin } from '@tenantkit/react';
import type { CSSProperties } from 'react';
import { createStaticLoginFlow } from '@tenantkit/react/testing';
import { expect, within } from 'storybook/test';
import { storyLoginMessages } from '../../.storybook/story-globals.js';
import { LocalizedLogin } from '../support/localized.js';
import { loginStates, type LoginStateName } from '../support/login-states.js';

/**
 * Every state of `<EmailFirstLogin>`, frozen with `createStaticLoginFlow` from
 * `@tenantkit/react/testing`: no backend, no identity provider. The toolbars
 * switch the theme, the locale and the direction. The stories under
 * "Login/Flows" drive the real flow.
 */
const meta = {
  title: 'Login/Email-first login',
  component: EmailFirstLogin,
  render: (args) => <LocalizedLogin {...args} />,
  argTypes: { flow: { control: false } },
} satisfies Meta<typeof EmailFirstLogin>;

export default meta;
type Story = StoryObj<typeof meta>;

const at = (name: LoginStateName) => ({ flow: createStaticLoginFlow(loginStates[name]) });

export const Email: Story = { args: at('email') };

export const EmailTyped: Story = { args: { ...at('emailTyped'), onSignUp: () => undefined } };

export const Checking: Story = {
  args: at('checking'),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await expect(canvas.getByRole('status')).toHaveTextContent(
      t.checking.replace('{domain}', 'acme.test'),
    );
    // A second submit while checking does nothing, and says so.
    await expect(canvas.getByRole('button', { name: t.continue })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

export const SsoOneProvider: Story = {
  name: 'SSO, one identity provider',
  args: at('sso'),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    // The whole point of SSO discovery: no password field a password manager could fill.
    await expect(canvas.queryByLabelText(t.passwordLabel)).toBeNull();
    await expect(canvasElement.querySelector('input[type="password"]')).toBeNull();
    await expect(
      canvas.getByRole('button', { name: t.continueWith.replace('{provider}', 'Acme Okta') }),
    ).toBeVisible();
  },
};

export const SsoSeveralProviders: Story = {
  name: 'SSO, several identity providers',
  args: at('ssoChoice'),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    const group = canvas.getByRole('group', { name: t.chooseProvider });
    await expect(within(group).getAllByRole('button')).toHaveLength(2);
    await expect(canvasElement.querySelector('input[type="password"]')).toBeNull();
  },
};

export const SsoIdentityProviderPicks: Story = {
  name: 'SSO, the identity provider picks the connection',
  args: at('ssoIdentityProviderPicks'),
};

export const Password: Story = {
  args: { ...at('password'), onForgotPassword: () => undefined, onSignUp: () => undefined },
  play: async ({ canvasElement, globals }) => {
    const t = storyLoginMessages(globals);
    const password = within(canvasElement).getByLabelText(t.passwordLabel);
    // What password managers need to offer the right account.
    await expect(password).toHaveAttribute('autocomplete', 'current-password');
    await expect(password).not.toHaveAttribute('name');
    await expect(within(canvasElement).getByLabelText(t.emailLabel)).toHaveAttribute(
      'autocomplete',
      'username',
    );
  },
};

export const SigningIn: Story = { args: at('signingIn') };

export const Unknown: Story = {
  name: 'Unknown domain (hosted login)',
  args: at('unknown'),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('input[type="password"]')).toBeNull();
  },
};

export const HostedRedirect: Story = {
  name: 'Password user, hosted page (passwordEntry: hosted-page)',
  args: at('hostedRedirect'),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    // Straight from discovery to the hosted page: the email form stays, read-only; no password.
    await expect(canvas.getByRole('status')).toHaveTextContent(t.signingIn);
    await expect(canvas.getByLabelText(t.emailLabel)).toHaveAttribute('readonly');
    await expect(canvasElement.querySelector('input[type="password"]')).toBeNull();
  },
};

export const Redirecting: Story = {
  args: at('redirecting'),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await expect(canvas.getByRole('status')).toHaveTextContent(t.redirecting);
    await expect(canvas.getByLabelText(t.emailLabel)).toHaveAttribute('readonly');
  },
};

// Errors: one story per message a user can meet.

export const ErrorEmailRequired: Story = {
  name: 'Error: email required',
  args: at('emailRequired'),
};
export const ErrorEmailFormat: Story = { name: 'Error: not an email', args: at('emailFormat') };
export const ErrorEmailSpaces: Story = { name: 'Error: spaces', args: at('emailSpaces') };
export const ErrorEmailTooLong: Story = { name: 'Error: email too long', args: at('emailTooLong') };
export const ErrorEmailDomain: Story = { name: 'Error: invalid domain', args: at('emailDomain') };
export const ErrorPasswordRequired: Story = {
  name: 'Error: password required',
  args: at('passwordRequired'),
};

export const ErrorWrongPassword: Story = {
  name: 'Error: wrong email or password',
  args: at('wrongPassword'),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await expect(canvas.getByRole('alert')).toHaveTextContent(t.errorCredentials);
    const password = canvas.getByLabelText(t.passwordLabel);
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(t.errorCredentials);
  },
};

export const ErrorTooManyAttempts: Story = {
  name: 'Error: too many attempts',
  args: at('tooManyAttempts'),
};
export const ErrorNetwork: Story = { name: 'Error: network', args: at('networkError') };
export const ErrorMisconfigured: Story = {
  name: 'Error: misconfigured',
  args: at('misconfigured'),
};
export const ErrorUnexpected: Story = { name: 'Error: unexpected', args: at('unexpected') };
export const ErrorChooseProvider: Story = {
  name: 'Error: choose an identity provider',
  args: at('ssoChoiceRequired'),
};
export const ErrorSsoRedirectFailed: Story = {
  name: 'Error: SSO redirect failed',
  args: at('ssoRedirectFailed'),
};
export const ErrorHostedRedirectFailed: Story = {
  name: 'Error: hosted page redirect failed',
  args: at('hostedRedirectFailed'),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyLoginMessages(globals);
    await expect(canvas.getByRole('alert')).toHaveTextContent(t.errorUnexpected);
    // Not the email's fault: the field stays valid, and Continue tries again.
    await expect(canvas.getByLabelText(t.emailLabel)).not.toHaveAttribute('aria-invalid');
    await expect(canvas.getByRole('button', { name: t.continue })).toBeVisible();
  },
};

export const ErrorHostedNetwork: Story = {
  name: 'Error: hosted login unreachable',
  args: at('unknownNetworkError'),
};

export const ErrorFromIdentityProvider: Story = {
  name: 'Error: from the identity provider (callback)',
  args: {
    ...at('email'),
    // An `error_description` an identity provider sent back: shown as text, never as markup.
    initialError: 'Access denied: <b>user is blocked</b> by policy "Contractors"',
  },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('<b>user is blocked</b>');
    await expect(alert.querySelector('b')).toBeNull();
  },
};

// Layout

export const VeryLongDomain: Story = {
  args: at('longDomainSso'),
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('[data-tk="login"]');
    // Wraps inside the card rather than pushing it wider or scrolling sideways.
    await expect(root).not.toBeNull();
    await expect(root?.scrollWidth).toBeLessThanOrEqual(root?.clientWidth ?? 0);
  },
};

export const VeryLongEmail: Story = {
  args: at('longDomainPassword'),
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('[data-tk="login"]');
    await expect(root?.scrollWidth).toBeLessThanOrEqual(root?.clientWidth ?? 0);
  },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  args: at('password'),
  globals: { locale: 'ar', direction: 'auto' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('[data-tk="login"]');
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(root).toHaveAttribute('lang', 'ar');
  },
};

export const Japanese: Story = { args: at('ssoChoice'), globals: { locale: 'ja' } };

export const Dark: Story = { args: at('wrongPassword'), globals: { theme: 'dark' } };

export const Unstyled: Story = { args: { ...at('password'), unstyled: true } };

// Any ancestor can set the tokens; these ones are a brand's, for the light scheme.
const brand = {
  '--tk-color-accent': '#0f766e',
  '--tk-color-accent-hover': '#115e59',
  '--tk-color-accent-text': '#ffffff',
  '--tk-color-focus': '#0f766e',
  '--tk-radius': '0.125rem',
  '--tk-font-family': 'Georgia, "Times New Roman", serif',
} as CSSProperties;

/** The same widget with six tokens changed: see "Docs/Theming". */
export const Branded: Story = {
  args: { ...at('password'), onForgotPassword: () => undefined },
  globals: { theme: 'light' },
  render: (args) => (
    <div style={brand}>
      <LocalizedLogin {...args} />
    </div>
  ),
};

const overview = (
  [
    ['email', 'Email'],
    ['emailFormat', 'Not an email'],
    ['checking', 'Checking the domain'],
    ['password', 'Password'],
    ['wrongPassword', 'Wrong password'],
    ['tooManyAttempts', 'Too many attempts'],
    ['signingIn', 'Signing in'],
    ['sso', 'SSO, one identity provider'],
    ['ssoChoice', 'SSO, two identity providers'],
    ['ssoChoiceRequired', 'SSO, none chosen'],
    ['unknown', 'Unknown domain'],
    ['redirecting', 'Redirecting'],
    ['longDomainSso', 'Very long domain'],
  ] as const
).map(([name, label]) => ({ label, flow: createStaticLoginFlow(loginStates[name]) }));

/** Every state side by side, for visual review (switch theme, locale and direction above). */
export const AllStates: Story = {
  args: at('email'),
  parameters: { layout: 'fullscreen' },
  render: () => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(20rem, 1fr))',
        gap: '1.5rem',
        alignItems: 'start',
      }}
    >
      {overview.map(({ label, flow }) => (
        <section key={label} aria-label={label}>
          <h2 style={{ fontSize: '0.875rem', fontWeight: 600, margin: '0 0 0.5rem' }}>{label}</h2>
          <LocalizedLogin flow={flow} />
        </section>
      ))}
    </div>
  ),
};
