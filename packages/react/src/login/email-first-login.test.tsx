import { AuthenticationError, type Realm } from '@tenantkit/core';
import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createStaticLoginFlow } from './create-static-login-flow.js';
import { EmailFirstLogin, type EmailFirstLoginViewProps } from './email-first-login.js';
import { rememberedEmailKey } from './initial-email.js';
import { loginMessagesAr } from './messages/ar.js';
import { loginMessagesJa } from './messages/ja.js';
import {
  acmeRealm,
  expectNoAxeViolations,
  fakePorts,
  passwordRealm,
  sharedRealm,
} from './test-support/login-fakes.js';
import type { EmailFirstLoginSettings, OwnedFlowOptions } from './use-email-first-login.js';

type ViewProps = Omit<OwnedFlowOptions, 'resolveRealm' | 'authenticator' | 'flow'> &
  EmailFirstLoginSettings &
  EmailFirstLoginViewProps;

function setup(props: ViewProps = {}) {
  const ports = fakePorts();
  const user = userEvent.setup();
  const view = render(
    <EmailFirstLogin
      resolveRealm={ports.resolveRealm}
      authenticator={ports.authenticator}
      {...props}
    />,
  );
  const root = view.container.firstElementChild as HTMLElement;
  return { ...ports, ...view, user, root };
}

const emailInput = () => screen.getByLabelText<HTMLInputElement>('Email');
const passwordInput = () => screen.getByLabelText<HTMLInputElement>('Password');
const queryPassword = () => document.querySelector('input[type="password"]');
const alert = () => screen.getByRole('alert');
const status = () => screen.getByRole('status');

/** Types `email`, submits it and answers the lookup with `realm`. */
async function reach(context: ReturnType<typeof setup>, email: string, realm: Realm) {
  await context.user.type(emailInput(), `${email}{Enter}`);
  await context.answerLookup(context.lookups.length - 1, realm);
}

const secret = 'hunter2-correct-horse';

afterEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('email step', () => {
  test('starts with a labelled email field, an empty status and an empty alert region', () => {
    const { root } = setup();
    expect(root).toHaveAttribute('data-step', 'email');
    expect(emailInput()).toHaveAttribute('type', 'email');
    expect(emailInput()).toHaveAttribute('autocomplete', 'username');
    expect(emailInput()).toHaveValue('');
    expect(queryPassword()).toBeNull();
    expect(status()).toBeEmptyDOMElement();
    expect(alert()).toBeEmptyDOMElement();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeVisible();
  });

  test('an invalid email shows a message tied to the field and looks nothing up', async () => {
    const { user, lookups } = setup();
    await user.type(emailInput(), 'ana{Enter}');
    expect(alert()).toHaveTextContent('Enter an email address like name@example.com.');
    expect(emailInput()).toHaveAttribute('aria-invalid', 'true');
    expect(emailInput()).toHaveAccessibleDescription(
      'Enter an email address like name@example.com.',
    );
    expect(emailInput()).toHaveFocus();
    expect(lookups).toHaveLength(0);
  });

  test('an email with two @ is refused, not routed to the first domain', async () => {
    const { user, lookups } = setup();
    await user.type(emailInput(), 'a@acme.test@evil.io{Enter}');
    expect(alert()).toHaveTextContent('Enter an email address like name@example.com.');
    expect(lookups).toHaveLength(0);
  });

  test('the same error submitted twice is inserted again, so that it is announced again', async () => {
    const { user } = setup();
    await user.type(emailInput(), 'ana{Enter}');
    const first = alert().firstElementChild;
    expect(first).toHaveTextContent('Enter an email address like name@example.com.');
    await user.keyboard('{Enter}');
    expect(alert().firstElementChild).toHaveTextContent(
      'Enter an email address like name@example.com.',
    );
    expect(alert().firstElementChild).not.toBe(first);
  });

  test('an empty submit asks for the email; typing clears the error', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(alert()).toHaveTextContent('Enter your email address.');
    expect(emailInput()).toHaveFocus();
    await user.type(emailInput(), 'a');
    expect(alert()).toBeEmptyDOMElement();
    expect(emailInput()).not.toHaveAttribute('aria-invalid');
  });

  test('pasting an email works', async () => {
    const { user, lookups } = setup();
    await user.click(emailInput());
    await user.paste('Ana@Example.COM');
    await user.keyboard('{Enter}');
    expect(lookups.map((lookup) => lookup.email)).toEqual(['Ana@example.com']);
  });

  test('a valid email is checked: a status names the domain, no password field appears', async () => {
    const { user, root, lookups } = setup();
    await user.type(emailInput(), ' Ana@ACME.test {Enter}');
    expect(root).toHaveAttribute('data-step', 'discovering');
    expect(status()).toHaveTextContent('Checking acme.test…');
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(queryPassword()).toBeNull();
    expect(lookups.map((lookup) => lookup.email)).toEqual(['Ana@acme.test']);
  });

  test('submitting again while checking starts no second lookup', async () => {
    const { user, lookups } = setup();
    await user.type(emailInput(), 'ana@example.com{Enter}{Enter}');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(lookups).toHaveLength(1);
  });
});

describe('password step', () => {
  test('shows a password field after the email, in one form, one Tab away', async () => {
    const context = setup();
    await reach(context, 'ana@example.com', passwordRealm);
    expect(context.root).toHaveAttribute('data-step', 'password');
    const password = passwordInput();
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveAttribute('autocomplete', 'current-password');
    expect(password).toHaveFocus();
    expect(emailInput()).toHaveValue('ana@example.com');
    expect(emailInput()).toHaveAttribute('autocomplete', 'username');
    expect(password.form).toBe(emailInput().form);
    await context.user.click(emailInput());
    await context.user.tab();
    expect(password).toHaveFocus();
  });

  test('the password cannot leave through the form: no name, method post', async () => {
    const context = setup();
    await reach(context, 'ana@example.com', passwordRealm);
    expect(passwordInput()).not.toHaveAttribute('name');
    expect(passwordInput().form).toHaveAttribute('method', 'post');
  });

  test('Enter signs in with the email, the password and the connection', async () => {
    const context = setup();
    await reach(context, 'ana@example.com', passwordRealm);
    await context.user.type(passwordInput(), `${secret}{Enter}`);
    expect(context.signIns).toHaveLength(1);
    expect(context.signIns[0]).toMatchObject({
      method: 'password',
      request: {
        email: 'ana@example.com',
        password: secret,
        connection: 'Username-Password-Authentication',
      },
    });
    expect(context.root).toHaveAttribute('data-step', 'submitting');
    expect(status()).toHaveTextContent('Signing in…');
    expect(passwordInput()).toHaveAttribute('readonly');
    expect(passwordInput()).toHaveFocus();
    await context.answerSignIn(0);
    expect(context.root).toHaveAttribute('data-step', 'redirecting');
    expect(status()).toHaveTextContent('Redirecting…');
  });

  test('a double submit signs in once', async () => {
    const context = setup();
    await reach(context, 'ana@example.com', passwordRealm);
    await context.user.type(passwordInput(), `${secret}{Enter}{Enter}`);
    await context.user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(context.signIns).toHaveLength(1);
  });

  test('an empty password is asked for, without calling the authenticator', async () => {
    const context = setup();
    await reach(context, 'ana@example.com', passwordRealm);
    await context.user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(alert()).toHaveTextContent('Enter your password.');
    expect(passwordInput()).toHaveAttribute('aria-invalid', 'true');
    expect(passwordInput()).toHaveFocus();
    expect(context.signIns).toHaveLength(0);
  });

  test('wrong credentials: one message, the field marked, the password selected for retyping', async () => {
    const context = setup();
    await reach(context, 'ana@example.com', passwordRealm);
    await context.user.type(passwordInput(), `${secret}{Enter}`);
    await context.answerSignIn(0, new AuthenticationError('invalid-credentials', 'wrong'));
    expect(context.root).toHaveAttribute('data-step', 'password');
    expect(alert()).toHaveTextContent('Wrong email or password.');
    expect(passwordInput()).toHaveAttribute('aria-invalid', 'true');
    expect(passwordInput()).toHaveAccessibleDescription('Wrong email or password.');
    expect(passwordInput()).toHaveFocus();
    const input = passwordInput();
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, secret.length]);
  });

  test('a repeated error is inserted again, so that it is announced again', async () => {
    const context = setup();
    await reach(context, 'ana@example.com', passwordRealm);
    const region = alert();
    await context.user.type(passwordInput(), `${secret}{Enter}`);
    await context.answerSignIn(0, new AuthenticationError('invalid-credentials', 'wrong'));
    const first = region.firstElementChild;
    await context.user.keyboard('{Enter}');
    expect(region).toBeEmptyDOMElement();
    await context.answerSignIn(1, new AuthenticationError('invalid-credentials', 'wrong'));
    expect(alert()).toBe(region);
    expect(region).toHaveTextContent('Wrong email or password.');
    expect(region.firstElementChild).not.toBe(first);
  });

  test.each([
    ['too-many-attempts', 'Too many attempts. Wait a few minutes, then try again.'],
    ['network', 'We could not connect. Check your connection and try again.'],
    ['misconfigured', 'Sign-in is not available right now. Please contact your administrator.'],
    ['redirect-failed', 'Something went wrong. Please try again.'],
    ['unexpected', 'Something went wrong. Please try again.'],
  ] as const)('%s shows its message without blaming the password', async (code, message) => {
    const context = setup();
    await reach(context, 'ana@example.com', passwordRealm);
    await context.user.type(passwordInput(), `${secret}{Enter}`);
    await context.answerSignIn(0, new AuthenticationError(code, 'developer detail'));
    expect(alert()).toHaveTextContent(message);
    expect(passwordInput()).not.toHaveAttribute('aria-invalid');
    expect(passwordInput()).toHaveAccessibleDescription(message);
  });

  test('a rejection that is not an AuthenticationError shows the generic message', async () => {
    const context = setup();
    await reach(context, 'ana@example.com', passwordRealm);
    await context.user.type(passwordInput(), `${secret}{Enter}`);
    await context.answerSignIn(0, new Error(`boom ${secret}`));
    expect(alert()).toHaveTextContent('Something went wrong. Please try again.');
    expect(document.body.textContent).not.toContain(secret);
  });

  test('the password appears in no attribute, text, URL or console output', async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const context = setup();
    await reach(context, 'ana@example.com', passwordRealm);
    await context.user.type(passwordInput(), `${secret}{Enter}`);
    await context.answerSignIn(0, new AuthenticationError('invalid-credentials', 'wrong'));
    expect(document.documentElement.outerHTML).not.toContain(secret);
    expect(window.location.href).not.toContain(secret);
    for (const spy of [log, warn, error]) {
      expect(JSON.stringify(spy.mock.calls)).not.toContain(secret);
    }
  });

  test('"Use a different email" returns to the email step with the email kept and focused', async () => {
    const context = setup();
    await reach(context, 'ana@example.com', passwordRealm);
    await context.user.click(screen.getByRole('button', { name: 'Use a different email' }));
    expect(context.root).toHaveAttribute('data-step', 'email');
    expect(queryPassword()).toBeNull();
    expect(emailInput()).toHaveValue('ana@example.com');
    expect(emailInput()).toHaveFocus();
  });

  test('editing the email removes the password field', async () => {
    const context = setup();
    await reach(context, 'ana@example.com', passwordRealm);
    await context.user.type(emailInput(), 'x');
    expect(context.root).toHaveAttribute('data-step', 'email');
    expect(queryPassword()).toBeNull();
    expect(emailInput()).toHaveValue('ana@example.comx');
    expect(emailInput()).toHaveFocus();
  });

  test('"Forgot password?" and "Sign up" hand the email to the app', async () => {
    const onForgotPassword = vi.fn();
    const onSignUp = vi.fn();
    const context = setup({ onForgotPassword, onSignUp });
    await reach(context, 'ana@example.com', passwordRealm);
    await context.user.click(screen.getByRole('button', { name: 'Forgot password?' }));
    await context.user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(onForgotPassword).toHaveBeenCalledWith('ana@example.com');
    expect(onSignUp).toHaveBeenCalledWith('ana@example.com');
  });

  test('without callbacks there is no "Forgot password?" nor "Sign up"', async () => {
    const context = setup();
    await reach(context, 'ana@example.com', passwordRealm);
    expect(screen.queryByRole('button', { name: 'Forgot password?' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign up' })).toBeNull();
  });
});

describe('SSO step', () => {
  test('names the domain, offers the provider and never renders a password field', async () => {
    const context = setup({ onSignUp: vi.fn(), onForgotPassword: vi.fn() });
    await reach(context, 'ana@acme.test', acmeRealm);
    expect(context.root).toHaveAttribute('data-step', 'sso');
    expect(context.root).toHaveTextContent('Single sign-on is enabled for acme.test');
    const button = screen.getByRole('button', { name: 'Continue with Acme Okta' });
    expect(button).toHaveFocus();
    expect(queryPassword()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign up' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Forgot password?' })).toBeNull();
  });

  test('Enter on the provider button signs in through that connection', async () => {
    const context = setup();
    await reach(context, 'ana@acme.test', acmeRealm);
    await context.user.keyboard('{Enter}');
    expect(context.signIns.map(({ method, request }) => ({ method, request }))).toEqual([
      { method: 'sso', request: { email: 'ana@acme.test', connection: 'acme-okta' } },
    ]);
    expect(context.root).toHaveAttribute('data-step', 'submitting');
    expect(screen.getByRole('button', { name: 'Continue with Acme Okta' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await context.answerSignIn(0);
    expect(context.root).toHaveAttribute('data-step', 'redirecting');
    expect(screen.getByRole('button', { name: 'Continue with Acme Okta' })).toHaveFocus();
  });

  test('several providers for one domain: a labelled choice', async () => {
    const context = setup();
    await reach(context, 'ana@acme.test', sharedRealm);
    const group = screen.getByRole('group', { name: 'Choose how to sign in' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Continue with Acme Okta',
      'Continue with Acme Azure',
    ]);
    expect(buttons[0]).toHaveFocus();
    await context.user.click(buttons[1]!);
    expect(context.signIns[0]?.request).toEqual({
      email: 'ana@acme.test',
      connection: 'acme-azure',
    });
  });

  test('Enter in the email field does not pick a provider for the user', async () => {
    const context = setup();
    await reach(context, 'ana@acme.test', sharedRealm);
    await context.user.click(emailInput());
    await context.user.keyboard('{Enter}');
    expect(context.signIns).toHaveLength(0);
    expect(alert()).toHaveTextContent('Choose one of the sign-in options.');
  });

  test('a domain known only to be federated continues with single sign-on', async () => {
    const context = setup();
    await reach(context, 'bob@fed.test', { kind: 'sso', domain: 'fed.test', connections: [] });
    await context.user.click(screen.getByRole('button', { name: 'Continue with single sign-on' }));
    expect(context.signIns[0]?.request).toEqual({ email: 'bob@fed.test' });
  });

  test('a failed redirect is shown on the SSO step', async () => {
    const context = setup();
    await reach(context, 'ana@acme.test', acmeRealm);
    await context.user.keyboard('{Enter}');
    await context.answerSignIn(0, new AuthenticationError('redirect-failed', 'no crypto'));
    expect(context.root).toHaveAttribute('data-step', 'sso');
    expect(alert()).toHaveTextContent('Something went wrong. Please try again.');
    expect(screen.getByRole('button', { name: 'Continue with Acme Okta' })).toHaveFocus();
  });

  test('a provider name full of markup is shown as text', async () => {
    const context = setup();
    const name = '<img src=x onerror=alert(1)>';
    await reach(context, 'ana@acme.test', {
      kind: 'sso',
      domain: 'acme.test',
      connections: [{ name: 'evil', displayName: name }],
    });
    expect(screen.getByRole('button', { name: `Continue with ${name}` })).toBeVisible();
    expect(context.container.querySelector('img')).toBeNull();
  });
});

describe('unknown step', () => {
  test.each<[string, Realm | Error]>([
    ['the resolver failed', new Error('down')],
    ['the domain is unknown', { kind: 'unknown', domain: 'example.org', reason: 'not-found' }],
  ])('when %s: no password field, continue to the hosted page', async (_, answer) => {
    const context = setup();
    await context.user.type(emailInput(), 'ana@example.org{Enter}');
    await context.answerLookup(0, answer);
    expect(context.root).toHaveAttribute('data-step', 'unknown');
    expect(queryPassword()).toBeNull();
    expect(context.root).toHaveTextContent('You will finish signing in on a secure page.');
    const button = screen.getByRole('button', { name: 'Continue' });
    expect(button).toHaveFocus();
    await context.user.keyboard('{Enter}');
    expect(context.signIns.map(({ method, request }) => ({ method, request }))).toEqual([
      { method: 'hosted', request: { email: 'ana@example.org' } },
    ]);
  });

  test('discovery that takes too long ends on the unknown step', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const ports = fakePorts();
      render(
        <EmailFirstLogin
          resolveRealm={ports.resolveRealm}
          authenticator={ports.authenticator}
          discoveryTimeoutMs={1000}
          initialEmail="ana@example.org"
        />,
      );
      act(() => screen.getByRole('button', { name: 'Continue' }).click());
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(
        screen.getByRole('button', { name: 'Continue' }).closest('[data-step]'),
      ).toHaveAttribute('data-step', 'unknown');
      expect(ports.lookups[0]?.signal?.aborted).toBe(true);
      expect(queryPassword()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("passwordEntry: 'hosted-page'", () => {
  test('one submit: a password user goes to the hosted page with the connection, never a password field', async () => {
    const context = setup({ passwordEntry: 'hosted-page' });
    await reach(context, 'ana@example.com', passwordRealm);
    expect(queryPassword()).toBeNull();
    expect(context.signIns.map(({ method, request }) => ({ method, request }))).toEqual([
      {
        method: 'hosted',
        request: { email: 'ana@example.com', connection: 'Username-Password-Authentication' },
      },
    ]);
    // The email form stays on screen, read-only, while the browser leaves.
    expect(context.root).toHaveAttribute('data-step', 'submitting');
    expect(emailInput()).toHaveAttribute('readonly');
    expect(status()).toHaveTextContent('Signing in…');
    await context.answerSignIn(0);
    expect(status()).toHaveTextContent('Redirecting…');
    expect(queryPassword()).toBeNull();
  });

  test('a failed redirect: the error on the email step, the field valid and focused, Enter retries', async () => {
    const context = setup({ passwordEntry: 'hosted-page' });
    await reach(context, 'ana@example.com', passwordRealm);
    await context.answerSignIn(0, new AuthenticationError('network', 'offline'));
    expect(context.root).toHaveAttribute('data-step', 'email');
    expect(alert()).toHaveTextContent('We could not connect. Check your connection and try again.');
    expect(emailInput()).toHaveValue('ana@example.com');
    expect(emailInput()).not.toHaveAttribute('aria-invalid');
    expect(emailInput()).toHaveAccessibleDescription(
      'We could not connect. Check your connection and try again.',
    );
    expect(emailInput()).toHaveFocus();
    await context.user.keyboard('{Enter}');
    await context.answerLookup(1, passwordRealm);
    expect(context.signIns).toHaveLength(2);
  });
});

describe('races', () => {
  test('editing the email while checking drops the old answer', async () => {
    const context = setup();
    await context.user.type(emailInput(), 'ana@example.com{Enter}');
    await context.user.type(emailInput(), 'x');
    expect(context.lookups[0]?.signal?.aborted).toBe(true);
    await context.answerLookup(0, passwordRealm);
    expect(context.root).toHaveAttribute('data-step', 'email');
    expect(queryPassword()).toBeNull();
  });

  test('a slow first answer cannot overwrite a fast second one', async () => {
    const context = setup();
    await context.user.type(emailInput(), 'ana@example.com{Enter}');
    await context.user.clear(emailInput());
    await context.user.type(emailInput(), 'ana@acme.test{Enter}');
    await context.answerLookup(1, acmeRealm);
    await context.answerLookup(0, passwordRealm);
    expect(context.root).toHaveAttribute('data-step', 'sso');
    expect(queryPassword()).toBeNull();
  });

  test('unmounting while checking aborts the lookup and ignores its answer quietly', async () => {
    const error = vi.spyOn(console, 'error');
    const context = setup();
    await context.user.type(emailInput(), 'ana@example.com{Enter}');
    context.unmount();
    expect(context.lookups[0]?.signal?.aborted).toBe(true);
    await act(async () => {
      context.lookups[0]!.resolve(passwordRealm);
      await Promise.resolve();
    });
    expect(error).not.toHaveBeenCalled();
  });

  test('unmounting while signing in ignores the answer quietly', async () => {
    const error = vi.spyOn(console, 'error');
    const context = setup();
    await reach(context, 'ana@example.com', passwordRealm);
    await context.user.type(passwordInput(), `${secret}{Enter}`);
    context.unmount();
    await act(async () => {
      context.signIns[0]!.reject(new AuthenticationError('network', 'late'));
      await Promise.resolve();
    });
    expect(error).not.toHaveBeenCalled();
  });

  test('works under Strict Mode, which unmounts and remounts every effect', async () => {
    const ports = fakePorts();
    const user = userEvent.setup();
    render(
      <StrictMode>
        <EmailFirstLogin resolveRealm={ports.resolveRealm} authenticator={ports.authenticator} />
      </StrictMode>,
    );
    await user.type(emailInput(), 'ana@example.com{Enter}');
    expect(ports.lookups).toHaveLength(1);
    await ports.answerLookup(0, passwordRealm);
    expect(passwordInput()).toHaveFocus();
  });
});

describe('focus', () => {
  test('an answer does not pull the focus back from elsewhere on the page', async () => {
    const ports = fakePorts();
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Elsewhere</button>
        <EmailFirstLogin resolveRealm={ports.resolveRealm} authenticator={ports.authenticator} />
      </>,
    );
    await user.type(emailInput(), 'ana@example.com{Enter}');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await ports.answerLookup(0, passwordRealm);
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    expect(passwordInput()).not.toHaveFocus();
  });
});

describe('keyboard only', () => {
  test('Tab and Enter go from the email to a signed-in redirect', async () => {
    const context = setup();
    await context.user.tab();
    expect(emailInput()).toHaveFocus();
    await context.user.keyboard('ana@example.com');
    await context.user.tab();
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
    await context.user.keyboard('{Enter}');
    await context.answerLookup(0, passwordRealm);
    expect(passwordInput()).toHaveFocus();
    await context.user.keyboard(secret);
    await context.user.tab();
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveFocus();
    await context.user.keyboard(' ');
    expect(context.signIns).toHaveLength(1);
  });
});

describe('prefill and memory', () => {
  test('initialEmail prefills the field without submitting it', () => {
    const { lookups } = setup({ initialEmail: 'ana@example.com' });
    expect(emailInput()).toHaveValue('ana@example.com');
    expect(lookups).toHaveLength(0);
  });

  test('emailQueryParam prefills from the URL; initialEmail wins over it', () => {
    window.history.replaceState(null, '', '/login?login_hint=ana%40example.com');
    setup({ emailQueryParam: 'login_hint' });
    expect(emailInput()).toHaveValue('ana@example.com');
  });

  test('initialEmail wins over the URL', () => {
    window.history.replaceState(null, '', '/login?login_hint=ana%40example.com');
    setup({ emailQueryParam: 'login_hint', initialEmail: 'bob@example.com' });
    expect(emailInput()).toHaveValue('bob@example.com');
  });

  test('the URL is not read unless asked', () => {
    window.history.replaceState(null, '', '/login?login_hint=ana%40example.com');
    setup();
    expect(emailInput()).toHaveValue('');
  });

  test('rememberEmail keeps the email once a sign-in starts and prefills it next time', async () => {
    const context = setup({ rememberEmail: true });
    await reach(context, 'Ana@Example.com', passwordRealm);
    await context.user.type(passwordInput(), `${secret}{Enter}`);
    expect(localStorage.getItem(rememberedEmailKey)).toBeNull();
    await context.answerSignIn(0);
    expect(localStorage.getItem(rememberedEmailKey)).toBe('Ana@example.com');
    context.unmount();
    setup({ rememberEmail: true });
    expect(emailInput()).toHaveValue('Ana@example.com');
  });

  test('without rememberEmail nothing is stored nor read', async () => {
    localStorage.setItem(rememberedEmailKey, 'old@example.com');
    const context = setup();
    expect(emailInput()).toHaveValue('');
    await reach(context, 'ana@acme.test', acmeRealm);
    await context.user.keyboard('{Enter}');
    await context.answerSignIn(0);
    expect(localStorage.getItem(rememberedEmailKey)).toBe('old@example.com');
  });

  test('storage that throws does not break the sign-in', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const context = setup({ rememberEmail: true });
    await reach(context, 'ana@acme.test', acmeRealm);
    await context.user.keyboard('{Enter}');
    await context.answerSignIn(0);
    expect(context.root).toHaveAttribute('data-step', 'redirecting');
  });
});

describe('discovery while typing', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function renderTyping(discoverWhileTyping: boolean | number) {
    const ports = fakePorts();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const { container } = render(
      <EmailFirstLogin
        resolveRealm={ports.resolveRealm}
        authenticator={ports.authenticator}
        discoverWhileTyping={discoverWhileTyping}
      />,
    );
    return { ports, user, container };
  }

  test('looks the last valid email up after a pause, without changing the step', async () => {
    const { ports, user, container } = renderTyping(300);
    await user.type(emailInput(), 'ana@acme.test');
    expect(ports.lookups).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(ports.lookups.map((lookup) => lookup.email)).toEqual(['ana@acme.test']);
    await ports.answerLookup(0, passwordRealm);
    expect(container.firstElementChild).toHaveAttribute('data-step', 'email');
    expect(queryPassword()).toBeNull();
  });

  test('the submit after a pause uses the answer found while typing: one lookup, no wait', async () => {
    const { ports, user } = renderTyping(true);
    await user.type(emailInput(), 'ana@example.com');
    await act(() => vi.advanceTimersByTimeAsync(400));
    await ports.answerLookup(0, passwordRealm);
    await user.type(emailInput(), '{Enter}');
    expect(await screen.findByLabelText('Password')).toBeVisible();
    expect(ports.lookups).toHaveLength(1);
  });

  test('typing on aborts the pending prefetch; an invalid email is not looked up', async () => {
    const { ports, user } = renderTyping(true);
    await user.type(emailInput(), 'ana@acme.test');
    await act(() => vi.advanceTimersByTimeAsync(400));
    await user.type(emailInput(), '@');
    expect(ports.lookups[0]?.signal?.aborted).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(ports.lookups).toHaveLength(1);
  });
});

describe('texts, locales and looks', () => {
  test('every message can be overridden', () => {
    setup({ messages: { emailLabel: 'Work email', continue: 'Next' } });
    expect(screen.getByLabelText('Work email')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Next' })).toBeVisible();
  });

  test('Arabic renders right to left', async () => {
    const context = setup({ locale: 'ar', messages: loginMessagesAr });
    expect(context.root).toHaveAttribute('dir', 'rtl');
    expect(context.root).toHaveAttribute('lang', 'ar');
    await context.user.type(
      screen.getByLabelText(loginMessagesAr.emailLabel),
      'ana@acme.test{Enter}',
    );
    await context.answerLookup(0, acmeRealm);
    const domain = context.container.querySelector('bdi[data-slot="domain"]');
    expect(domain).toHaveTextContent('acme.test');
    expect(context.root).toHaveTextContent('تسجيل الدخول الموحّد مفعّل للنطاق acme.test');
  });

  test('Japanese renders left to right with its own texts', () => {
    const context = setup({ locale: 'ja', messages: loginMessagesJa });
    expect(context.root).toHaveAttribute('dir', 'ltr');
    expect(screen.getByLabelText('メールアドレス')).toBeVisible();
  });

  test('every part carries a data-slot; unstyled drops the stylesheet hook', () => {
    const styled = setup({ onSignUp: vi.fn() });
    expect(styled.root).toHaveAttribute('data-tk', 'login');
    const slots = [...styled.root.querySelectorAll('[data-slot]')].map((node) =>
      node.getAttribute('data-slot'),
    );
    expect(slots).toEqual([
      'form',
      'field',
      'email-label',
      'email-input',
      'error',
      'status',
      'submit',
      'sign-up',
    ]);
    styled.unmount();
    const { root } = setup({ unstyled: true });
    expect(root).not.toHaveAttribute('data-tk');
    expect(root).toHaveAttribute('data-slot', 'root');
  });

  test('initialError is shown as text until the user submits', async () => {
    const context = setup({ initialError: '<b>access_denied</b>: user cancelled' });
    expect(alert()).toHaveTextContent('<b>access_denied</b>: user cancelled');
    expect(alert().querySelector('b')).toBeNull();
    await context.user.type(emailInput(), 'ana@example.com{Enter}');
    expect(alert()).toBeEmptyDOMElement();
    await context.user.click(screen.getByRole('button', { name: 'Continue' }));
    await context.answerLookup(0, passwordRealm);
    await context.user.click(screen.getByRole('button', { name: 'Use a different email' }));
    expect(alert()).toBeEmptyDOMElement();
  });

  test('autoFocus puts the focus in the email field on mount, and only then', () => {
    setup({ autoFocus: true });
    expect(emailInput()).toHaveFocus();
  });

  test('without autoFocus the page keeps its focus', () => {
    setup();
    expect(emailInput()).not.toHaveFocus();
  });
});

describe('rendering any state (external flow)', () => {
  test('a domain full of markup is rendered as text', () => {
    const domain = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <EmailFirstLogin
        flow={createStaticLoginFlow({
          step: 'sso',
          email: `ana@${domain}`,
          domain,
          connections: [],
          error: null,
        })}
      />,
    );
    expect(container).toHaveTextContent(`Single sign-on is enabled for ${domain}`);
    expect(container.querySelector('img')).toBeNull();
  });

  test('a submitting state keeps the form it started from on screen, read-only', () => {
    render(
      <EmailFirstLogin
        flow={createStaticLoginFlow({
          step: 'submitting',
          method: 'password',
          email: 'ana@example.com',
          domain: 'example.com',
          connection: 'db',
          from: {
            step: 'password',
            email: 'ana@example.com',
            domain: 'example.com',
            connection: 'db',
            error: null,
          },
        })}
      />,
    );
    expect(passwordInput()).toHaveAttribute('readonly');
    expect(emailInput()).toHaveAttribute('readonly');
    expect(status()).toHaveTextContent('Signing in…');
  });

  test('a redirecting state with no known origin shows the email and the status', () => {
    render(
      <EmailFirstLogin
        flow={createStaticLoginFlow({
          step: 'redirecting',
          method: 'hosted',
          email: 'ana@example.org',
          domain: 'example.org',
          connection: null,
        })}
      />,
    );
    expect(emailInput()).toHaveValue('ana@example.org');
    expect(status()).toHaveTextContent('Redirecting…');
  });

  test('actions reach the flow by name only', async () => {
    const onAction = vi.fn();
    const user = userEvent.setup();
    render(
      <EmailFirstLogin
        flow={createStaticLoginFlow(
          {
            step: 'password',
            email: 'ana@example.com',
            domain: 'example.com',
            connection: 'db',
            error: null,
          },
          onAction,
        )}
      />,
    );
    await user.type(passwordInput(), `${secret}{Enter}`);
    expect(onAction.mock.calls).toEqual([['submitPassword']]);
  });
});

describe('accessibility (axe)', () => {
  test.each<[string, Realm | null]>([
    ['email', null],
    ['password', passwordRealm],
    ['sso', acmeRealm],
    ['sso with a choice', sharedRealm],
    ['unknown', { kind: 'unknown', domain: 'example.com', reason: 'timeout' }],
  ])('the %s step has no violations', async (_, realm) => {
    const context = setup({ onForgotPassword: vi.fn(), onSignUp: vi.fn() });
    if (realm !== null) await reach(context, 'ana@example.com', realm);
    await expectNoAxeViolations(context.container);
  });

  test('the checking, error, submitting and redirecting states have no violations', async () => {
    const context = setup({ onForgotPassword: vi.fn(), onSignUp: vi.fn() });
    await context.user.type(emailInput(), 'ana{Enter}');
    await expectNoAxeViolations(context.container);
    await context.user.type(emailInput(), '@example.com{Enter}');
    await expectNoAxeViolations(context.container);
    await context.answerLookup(0, passwordRealm);
    await context.user.type(passwordInput(), `${secret}{Enter}`);
    await expectNoAxeViolations(context.container);
    await context.answerSignIn(0, new AuthenticationError('invalid-credentials', 'wrong'));
    await expectNoAxeViolations(context.container);
    await context.user.keyboard('{Enter}');
    await context.answerSignIn(1);
    await expectNoAxeViolations(context.container);
  });

  test('right to left has no violations', async () => {
    const context = setup({ locale: 'ar', messages: loginMessagesAr });
    await expectNoAxeViolations(context.container);
  });
});
