import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, expectTypeOf, test, vi } from 'vitest';
import { parseEmail } from '../email/parse-email.js';
import type { Realm, RealmResolver } from '../realm/realm.js';
import { AuthenticationError } from './authentication-error.js';
import type {
  Authenticator,
  HostedLoginRequest,
  PasswordLoginRequest,
  SsoLoginRequest,
} from './authenticator.js';
import { createLoginFlow } from './create-login-flow.js';
import type { LoginFlowOptions } from './create-login-flow.js';
import { loginSteps } from './login-state.js';
import type { LoginState, LoginStep } from './login-state.js';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

/** Lets every settled fake answer reach the flow. */
async function flush(): Promise<void> {
  for (let tick = 0; tick < 10; tick += 1) await Promise.resolve(undefined);
}

interface Lookup extends Deferred<Realm> {
  email: string;
  signal: AbortSignal | undefined;
}

type SignInCall =
  | ({ method: 'password'; request: PasswordLoginRequest } & Deferred<undefined>)
  | ({ method: 'sso'; request: SsoLoginRequest } & Deferred<undefined>)
  | ({ method: 'hosted'; request: HostedLoginRequest } & Deferred<undefined>);

function setup(options: Partial<LoginFlowOptions> = {}) {
  const lookups: Lookup[] = [];
  const signIns: SignInCall[] = [];
  const resolveRealm: RealmResolver = (email, resolveOptions) => {
    const answer = deferred<Realm>();
    lookups.push({ email, signal: resolveOptions?.signal, ...answer });
    return answer.promise;
  };
  const authenticator: Authenticator = {
    loginWithPassword(request) {
      const answer = deferred<undefined>();
      signIns.push({ method: 'password', request, ...answer });
      return answer.promise;
    },
    loginWithSso(request) {
      const answer = deferred<undefined>();
      signIns.push({ method: 'sso', request, ...answer });
      return answer.promise;
    },
    loginWithHostedPage(request) {
      const answer = deferred<undefined>();
      signIns.push({ method: 'hosted', request, ...answer });
      return answer.promise;
    },
  };
  const flow = createLoginFlow({ resolveRealm, authenticator, ...options });
  const lookup = (index: number): Lookup => {
    const found = lookups[index];
    if (!found) throw new Error(`no lookup #${index}`);
    return found;
  };
  const signIn = (index: number): SignInCall => {
    const found = signIns[index];
    if (!found) throw new Error(`no sign-in #${index}`);
    return found;
  };
  return { flow, lookups, signIns, lookup, signIn, state: () => flow.getSnapshot() };
}

const passwordRealm: Realm = {
  kind: 'password',
  domain: 'example.com',
  connection: 'Username-Password-Authentication',
};
const acmeRealm: Realm = {
  kind: 'sso',
  domain: 'acme.test',
  connection: 'acme-okta',
  displayName: 'Acme Okta',
  connections: [
    { name: 'acme-okta', displayName: 'Acme Okta' },
    { name: 'acme-azure', displayName: 'Acme Azure' },
  ],
};
const singleSsoRealm: Realm = {
  kind: 'sso',
  domain: 'acme.test',
  connection: 'acme-okta',
  displayName: 'Acme Okta',
  connections: [{ name: 'acme-okta', displayName: 'Acme Okta' }],
};
const federatedRealm: Realm = { kind: 'sso', domain: 'fed.test', connections: [] };
const notFoundRealm: Realm = { kind: 'unknown', domain: 'example.org', reason: 'not-found' };

/** A flow whose discovery for `email` answered `realm`. */
async function flowAt(
  realm: Realm,
  email = 'ana@example.com',
  options: Partial<LoginFlowOptions> = {},
) {
  const context = setup(options);
  context.flow.setEmail(email);
  context.flow.submitEmail();
  context.lookup(0).resolve(realm);
  await flush();
  return context;
}

const secret = 'correct horse battery staple';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('setup', () => {
  test('starts on an empty email step without calling any port', () => {
    const { state, lookups, signIns } = setup();
    expect(state()).toEqual({ step: 'email', input: '', error: null });
    expect(lookups).toHaveLength(0);
    expect(signIns).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('prefills the email from initialEmail without submitting it', () => {
    const { state, lookups } = setup({ initialEmail: 'ana@example.com' });
    expect(state()).toEqual({ step: 'email', input: 'ana@example.com', error: null });
    expect(lookups).toHaveLength(0);
  });

  test.each([
    ['resolveRealm', { resolveRealm: undefined }],
    ['authenticator', { authenticator: null }],
    [
      'authenticator.loginWithHostedPage',
      { authenticator: { loginWithSso() {}, loginWithPassword() {} } },
    ],
    ['initialEmail', { initialEmail: 42 }],
    ['discoveryTimeoutMs', { discoveryTimeoutMs: 0 }],
    ['discoveryTimeoutMs', { discoveryTimeoutMs: Number.NaN }],
    ['discoveryTimeoutMs', { discoveryTimeoutMs: 2 ** 31 }],
    ['passwordEntry', { passwordEntry: 'hosted' }],
  ])('names the misconfigured option %s', (name, override) => {
    const options = {
      resolveRealm: () => Promise.resolve(passwordRealm),
      authenticator: {
        loginWithSso: vi.fn(),
        loginWithPassword: vi.fn(),
        loginWithHostedPage: vi.fn(),
      },
      ...override,
    } as unknown as LoginFlowOptions;
    expect(() => createLoginFlow(options)).toThrow(`\`${name}\``);
  });

  test('the step type and the list of steps agree', () => {
    expectTypeOf<LoginState['step']>().toEqualTypeOf<LoginStep>();
    expect(new Set(loginSteps).size).toBe(7);
  });
});

describe('email step', () => {
  test('setEmail updates the typed input and clears the last error', () => {
    const { flow, state } = setup();
    flow.setEmail('ana');
    flow.submitEmail();
    expect(state()).toEqual({ step: 'email', input: 'ana', error: 'missing-at' });
    flow.setEmail('ana@');
    expect(state()).toEqual({ step: 'email', input: 'ana@', error: null });
  });

  test('setting the same email keeps the snapshot, error included', () => {
    const { flow, state } = setup();
    flow.setEmail('ana');
    flow.submitEmail();
    const before = state();
    flow.setEmail('ana');
    expect(state()).toBe(before);
  });

  test.each([
    ['', 'empty'],
    ['ana', 'missing-at'],
    ['ana@acme.com@evil.io', 'multiple-at'],
    ['ana@localhost', 'single-label-domain'],
  ])('an invalid email %j stays on the email step with %s and is not looked up', (input, error) => {
    const { flow, state, lookups } = setup();
    flow.setEmail(input);
    flow.submitEmail();
    expect(state()).toEqual({ step: 'email', input, error });
    expect(lookups).toHaveLength(0);
  });

  test('a valid email starts discovery of the canonical email with a live signal', () => {
    const { flow, state, lookups } = setup();
    flow.setEmail('  Ana@ACME.test ');
    flow.submitEmail();
    expect(state()).toEqual({
      step: 'discovering',
      input: '  Ana@ACME.test ',
      email: 'Ana@acme.test',
      domain: 'acme.test',
    });
    expect(lookups.map(({ email }) => email)).toEqual(['Ana@acme.test']);
    expect(lookups[0]?.signal).toBeInstanceOf(AbortSignal);
    expect(lookups[0]?.signal?.aborted).toBe(false);
  });
});

describe('discovery outcomes', () => {
  test('a password realm leads to the password step', async () => {
    const { state } = await flowAt(passwordRealm);
    expect(state()).toEqual({
      step: 'password',
      email: 'ana@example.com',
      domain: 'example.com',
      connection: 'Username-Password-Authentication',
      error: null,
    });
  });

  test('an SSO realm leads to the SSO step with every offered connection', async () => {
    const { state } = await flowAt(acmeRealm, 'ana@acme.test');
    expect(state()).toEqual({
      step: 'sso',
      email: 'ana@acme.test',
      domain: 'acme.test',
      connections: [
        { name: 'acme-okta', displayName: 'Acme Okta' },
        { name: 'acme-azure', displayName: 'Acme Azure' },
      ],
      error: null,
    });
  });

  test('an SSO realm without a connection list offers no connection', async () => {
    const { state } = await flowAt(federatedRealm, 'bob@fed.test');
    expect(state()).toMatchObject({ step: 'sso', domain: 'fed.test', connections: [] });
  });

  test('an SSO realm that names its connection without listing it offers that connection', async () => {
    const partial = {
      kind: 'sso',
      domain: 'acme.test',
      connection: 'acme-okta',
    } as unknown as Realm;
    const { state } = await flowAt(partial, 'ana@acme.test');
    expect(state()).toMatchObject({ step: 'sso', connections: [{ name: 'acme-okta' }] });
  });

  test('an unknown realm leads to the unknown step with its reason', async () => {
    const { state } = await flowAt(notFoundRealm, 'ana@example.org');
    expect(state()).toEqual({
      step: 'unknown',
      email: 'ana@example.org',
      domain: 'example.org',
      reason: 'not-found',
      error: null,
    });
  });

  test('a resolver that rejects leads to the unknown step, never to a password', async () => {
    const { flow, state, lookup } = setup();
    flow.setEmail('ana@example.com');
    flow.submitEmail();
    lookup(0).reject(new TypeError('Failed to fetch'));
    await flush();
    expect(state()).toMatchObject({ step: 'unknown', email: 'ana@example.com', reason: 'network' });
  });

  test('a resolver that throws synchronously leads to the unknown step', async () => {
    const { flow, state } = setup({
      resolveRealm: () => {
        throw new Error('boom');
      },
    });
    flow.setEmail('ana@example.com');
    expect(() => flow.submitEmail()).not.toThrow();
    await flush();
    expect(state()).toMatchObject({ step: 'unknown', reason: 'network' });
  });

  test.each([
    ['nothing', undefined],
    ['an unknown kind', { kind: 'magic', domain: 'example.com' }],
    ['a password realm without connection', { kind: 'password', domain: 'example.com' }],
  ])('an answer that is %s counts as a bad response', async (_, answer) => {
    const { state } = await flowAt(answer as unknown as Realm);
    expect(state()).toMatchObject({ step: 'unknown', reason: 'bad-response' });
  });

  test('discovery gives up after 8 seconds by default and aborts the lookup', async () => {
    const { flow, state, lookup } = setup();
    flow.setEmail('ana@example.com');
    flow.submitEmail();
    await vi.advanceTimersByTimeAsync(7999);
    expect(state().step).toBe('discovering');
    await vi.advanceTimersByTimeAsync(1);
    expect(state()).toMatchObject({ step: 'unknown', email: 'ana@example.com', reason: 'timeout' });
    expect(lookup(0).signal?.aborted).toBe(true);
    expect((lookup(0).signal?.reason as Error).name).toBe('TimeoutError');
  });

  test('discoveryTimeoutMs sets the timeout', async () => {
    const { flow, state } = setup({ discoveryTimeoutMs: 500 });
    flow.setEmail('ana@example.com');
    flow.submitEmail();
    await vi.advanceTimersByTimeAsync(500);
    expect(state()).toMatchObject({ step: 'unknown', reason: 'timeout' });
  });

  test('an answer after the timeout is discarded', async () => {
    const { flow, state, lookup } = setup();
    flow.setEmail('ana@example.com');
    flow.submitEmail();
    await vi.advanceTimersByTimeAsync(8000);
    const timedOut = state();
    lookup(0).resolve(passwordRealm);
    await flush();
    expect(state()).toBe(timedOut);
  });

  test('an answer in time cancels the timeout', async () => {
    const { state } = await flowAt(passwordRealm);
    expect(vi.getTimerCount()).toBe(0);
    const answered = state();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(state()).toBe(answered);
  });
});

describe('races while discovering', () => {
  test('editing the email aborts the lookup, returns to the email step and drops its answer', async () => {
    const { flow, state, lookup } = setup();
    flow.setEmail('ana@example.com');
    flow.submitEmail();
    flow.setEmail('ana@example.co');
    expect(state()).toEqual({ step: 'email', input: 'ana@example.co', error: null });
    expect(lookup(0).signal?.aborted).toBe(true);
    lookup(0).resolve(passwordRealm);
    await flush();
    expect(state()).toEqual({ step: 'email', input: 'ana@example.co', error: null });
    expect(vi.getTimerCount()).toBe(0);
  });

  test('setting the same email while discovering changes nothing', () => {
    const { flow, state, lookup } = setup();
    flow.setEmail('ana@example.com');
    flow.submitEmail();
    const discovering = state();
    flow.setEmail('ana@example.com');
    expect(state()).toBe(discovering);
    expect(lookup(0).signal?.aborted).toBe(false);
  });

  test('back() while discovering aborts and keeps the typed email', async () => {
    const { flow, state, lookup } = setup();
    flow.setEmail('ana@example.com');
    flow.submitEmail();
    flow.back();
    expect(state()).toEqual({ step: 'email', input: 'ana@example.com', error: null });
    expect(lookup(0).signal?.aborted).toBe(true);
    lookup(0).resolve(passwordRealm);
    await flush();
    expect(state().step).toBe('email');
  });

  test('reset() while discovering aborts and empties the email', async () => {
    const { flow, state, lookup } = setup();
    flow.setEmail('ana@example.com');
    flow.submitEmail();
    flow.reset();
    expect(state()).toEqual({ step: 'email', input: '', error: null });
    expect(lookup(0).signal?.aborted).toBe(true);
    lookup(0).resolve(passwordRealm);
    await flush();
    expect(state().step).toBe('email');
  });

  test('with a slow answer for one email and a fast one for the next, only the latest wins', async () => {
    const { flow, state, lookup } = setup();
    flow.setEmail('ana@acme.test');
    flow.submitEmail();
    flow.setEmail('ana@example.com');
    flow.submitEmail();
    lookup(1).resolve(passwordRealm);
    await flush();
    // The first resolver ignored its signal and answers late.
    lookup(0).resolve(acmeRealm);
    await flush();
    expect(state()).toMatchObject({ step: 'password', email: 'ana@example.com' });
    expect(lookup(0).signal?.aborted).toBe(true);
    expect(lookup(1).signal?.aborted).toBe(false);
  });

  test('a late rejection of an abandoned lookup does not disturb the current one', async () => {
    const { flow, state, lookup } = setup();
    flow.setEmail('ana@acme.test');
    flow.submitEmail();
    flow.setEmail('ana@example.com');
    flow.submitEmail();
    lookup(0).reject(new DOMException('aborted', 'AbortError'));
    await flush();
    expect(state()).toMatchObject({ step: 'discovering', email: 'ana@example.com' });
  });

  test('editing on a realm step drops the realm and returns to the email step', async () => {
    const { flow, state } = await flowAt(passwordRealm);
    const password = state();
    flow.setEmail('ana@example.com');
    expect(state()).toBe(password);
    flow.setEmail('bob@example.com');
    expect(state()).toEqual({ step: 'email', input: 'bob@example.com', error: null });
  });
});

describe('double submits', () => {
  test('submitting the email again while discovering starts no second lookup', () => {
    const { flow, state, lookups } = setup();
    flow.setEmail('ana@example.com');
    flow.submitEmail();
    const discovering = state();
    flow.submitEmail();
    expect(lookups).toHaveLength(1);
    expect(state()).toBe(discovering);
  });

  test('submitting the password again while signing in calls the authenticator once', async () => {
    const { flow, state, signIns } = await flowAt(passwordRealm);
    flow.submitPassword(secret);
    const submitting = state();
    flow.submitPassword(secret);
    flow.submitPassword('another');
    expect(signIns).toHaveLength(1);
    expect(state()).toBe(submitting);
  });

  test('continuing with SSO twice calls the authenticator once', async () => {
    const { flow, signIns } = await flowAt(singleSsoRealm, 'ana@acme.test');
    flow.continueWithSso();
    flow.continueWithSso('acme-okta');
    expect(signIns).toHaveLength(1);
  });

  test('continuing to hosted login twice calls the authenticator once', async () => {
    const { flow, signIns } = await flowAt(notFoundRealm, 'ana@example.org');
    flow.continueToHostedLogin();
    flow.continueToHostedLogin();
    expect(signIns).toHaveLength(1);
  });
});

describe('password step', () => {
  test('an empty password stays on the step with password-required', async () => {
    const { flow, state, signIns } = await flowAt(passwordRealm);
    flow.submitPassword('');
    expect(state()).toMatchObject({ step: 'password', error: 'password-required' });
    const refused = state();
    flow.submitPassword('');
    expect(state()).toBe(refused);
    expect(signIns).toHaveLength(0);
  });

  test('a password is sent with the canonical email and the connection', async () => {
    const { flow, state, signIn } = await flowAt(passwordRealm, 'Ana@Example.COM');
    flow.submitPassword(secret);
    expect(signIn(0)).toMatchObject({
      method: 'password',
      request: {
        email: 'Ana@example.com',
        password: secret,
        connection: 'Username-Password-Authentication',
      },
    });
    expect(state()).toMatchObject({
      step: 'submitting',
      method: 'password',
      email: 'Ana@example.com',
      connection: 'Username-Password-Authentication',
      from: { step: 'password', error: null },
    });
  });

  test('a sign-in that resolves leads to redirecting, which only reset() leaves', async () => {
    const { flow, state, signIn } = await flowAt(passwordRealm);
    flow.submitPassword(secret);
    signIn(0).resolve(undefined);
    await flush();
    const redirecting = state();
    expect(redirecting).toEqual({
      step: 'redirecting',
      method: 'password',
      email: 'ana@example.com',
      domain: 'example.com',
      connection: 'Username-Password-Authentication',
    });
    flow.setEmail('bob@example.com');
    flow.back();
    flow.submitEmail();
    flow.submitPassword(secret);
    expect(state()).toBe(redirecting);
    flow.reset();
    expect(state()).toEqual({ step: 'email', input: '', error: null });
  });

  test.each(['invalid-credentials', 'too-many-attempts', 'network'] as const)(
    'an AuthenticationError %s returns to the password step with its code',
    async (code) => {
      const { flow, state, signIn } = await flowAt(passwordRealm);
      flow.submitPassword(secret);
      signIn(0).reject(new AuthenticationError(code, 'refused'));
      await flush();
      expect(state()).toEqual({
        step: 'password',
        email: 'ana@example.com',
        domain: 'example.com',
        connection: 'Username-Password-Authentication',
        error: code,
      });
    },
  );

  test('any other rejection returns to the password step with unexpected', async () => {
    const { flow, state, signIn } = await flowAt(passwordRealm);
    flow.submitPassword(secret);
    signIn(0).reject(new Error('socket hang up'));
    await flush();
    expect(state()).toMatchObject({ step: 'password', error: 'unexpected' });
  });

  test('an authenticator that throws synchronously returns to the password step', async () => {
    const context = setup({
      authenticator: {
        loginWithPassword: () => {
          throw new AuthenticationError('misconfigured', 'no client id');
        },
        loginWithSso: vi.fn(),
        loginWithHostedPage: vi.fn(),
      },
    });
    context.flow.setEmail('ana@example.com');
    context.flow.submitEmail();
    context.lookup(0).resolve(passwordRealm);
    await flush();
    expect(() => context.flow.submitPassword(secret)).not.toThrow();
    await flush();
    expect(context.state()).toMatchObject({ step: 'password', error: 'misconfigured' });
  });

  test('a retry after an error clears the error while submitting', async () => {
    const { flow, state, signIn, signIns } = await flowAt(passwordRealm);
    flow.submitPassword('wrong');
    signIn(0).reject(new AuthenticationError('invalid-credentials', 'refused'));
    await flush();
    flow.submitPassword(secret);
    expect(signIns).toHaveLength(2);
    expect(state()).toMatchObject({ step: 'submitting', from: { error: null } });
  });

  test('the password never appears in any snapshot', async () => {
    const { flow, state, signIn } = await flowAt(passwordRealm);
    const seen: string[] = [];
    flow.subscribe(() => seen.push(JSON.stringify(state())));
    flow.submitPassword(secret);
    signIn(0).reject(new AuthenticationError('invalid-credentials', 'refused'));
    await flush();
    flow.submitPassword(secret);
    signIn(1).resolve(undefined);
    await flush();
    expect(seen.map((json) => JSON.parse(json) as LoginState).map(({ step }) => step)).toEqual([
      'submitting',
      'password',
      'submitting',
      'redirecting',
    ]);
    for (const json of seen) expect(json).not.toContain(secret);
  });

  test('back() returns to the email step with the typed email and no error', async () => {
    const { flow, state, signIn } = await flowAt(passwordRealm, ' ana@example.com');
    flow.submitPassword(secret);
    signIn(0).reject(new AuthenticationError('invalid-credentials', 'refused'));
    await flush();
    flow.back();
    expect(state()).toEqual({ step: 'email', input: ' ana@example.com', error: null });
  });

  test('a password submitted on another step is ignored', async () => {
    for (const realm of [acmeRealm, federatedRealm, notFoundRealm]) {
      const { flow, state, signIns } = await flowAt(realm);
      const before = state();
      flow.submitPassword(secret);
      expect(state()).toBe(before);
      expect(signIns).toHaveLength(0);
    }
  });
});

describe('SSO step', () => {
  test('with one connection, continuing uses it', async () => {
    const { flow, state, signIn } = await flowAt(singleSsoRealm, 'ana@acme.test');
    flow.continueWithSso();
    expect(signIn(0)).toMatchObject({
      method: 'sso',
      request: { email: 'ana@acme.test', connection: 'acme-okta' },
    });
    expect(state()).toMatchObject({ step: 'submitting', method: 'sso', connection: 'acme-okta' });
  });

  test('with several connections, continuing without choosing asks for a choice', async () => {
    const { flow, state, signIns } = await flowAt(acmeRealm, 'ana@acme.test');
    flow.continueWithSso();
    expect(state()).toMatchObject({ step: 'sso', error: 'connection-required' });
    expect(signIns).toHaveLength(0);
  });

  test('with several connections, the chosen one is used', async () => {
    const { flow, state, signIn } = await flowAt(acmeRealm, 'ana@acme.test');
    flow.continueWithSso('acme-azure');
    expect(signIn(0).request).toEqual({ email: 'ana@acme.test', connection: 'acme-azure' });
    expect(state()).toMatchObject({ step: 'submitting', connection: 'acme-azure' });
  });

  test('a connection that is not offered is refused', async () => {
    const { flow, state, signIns } = await flowAt(acmeRealm, 'ana@acme.test');
    flow.continueWithSso('evil-idp');
    expect(state()).toMatchObject({ step: 'sso', error: 'connection-not-offered' });
    expect(signIns).toHaveLength(0);
  });

  test('without a connection list, continuing sends no connection', async () => {
    const { flow, state, signIn } = await flowAt(federatedRealm, 'bob@fed.test');
    flow.continueWithSso();
    expect(signIn(0).request).toEqual({ email: 'bob@fed.test' });
    expect(state()).toMatchObject({ step: 'submitting', method: 'sso', connection: null });
  });

  test('without a connection list, naming a connection is refused', async () => {
    const { flow, state, signIns } = await flowAt(federatedRealm, 'bob@fed.test');
    flow.continueWithSso('acme-okta');
    expect(state()).toMatchObject({ step: 'sso', error: 'connection-not-offered' });
    expect(signIns).toHaveLength(0);
  });

  test('a failed redirect returns to the SSO step with its code and the same choices', async () => {
    const { flow, state, signIn } = await flowAt(acmeRealm, 'ana@acme.test');
    const offered = state();
    flow.continueWithSso('acme-okta');
    signIn(0).reject(new AuthenticationError('redirect-failed', 'popup blocked'));
    await flush();
    expect(state()).toEqual({ ...offered, error: 'redirect-failed' });
  });

  test('a redirect that starts leads to redirecting', async () => {
    const { flow, state, signIn } = await flowAt(acmeRealm, 'ana@acme.test');
    flow.continueWithSso('acme-okta');
    signIn(0).resolve(undefined);
    await flush();
    expect(state()).toMatchObject({ step: 'redirecting', method: 'sso', connection: 'acme-okta' });
  });
});

describe('unknown step', () => {
  test('continuing to hosted login sends the canonical email as a hint', async () => {
    const { flow, state, signIn } = await flowAt(notFoundRealm, 'Ana@Example.ORG');
    flow.continueToHostedLogin();
    expect(signIn(0)).toMatchObject({ method: 'hosted', request: { email: 'Ana@example.org' } });
    expect(state()).toMatchObject({ step: 'submitting', method: 'hosted', connection: null });
    signIn(0).resolve(undefined);
    await flush();
    expect(state()).toMatchObject({ step: 'redirecting', method: 'hosted' });
  });

  test('a failed redirect returns to the unknown step with its code and reason', async () => {
    const { flow, state, signIn } = await flowAt(notFoundRealm, 'ana@example.org');
    flow.continueToHostedLogin();
    signIn(0).reject('not an error object');
    await flush();
    expect(state()).toMatchObject({ step: 'unknown', reason: 'not-found', error: 'unexpected' });
  });

  test('hosted login is only offered from the unknown step', async () => {
    for (const realm of [passwordRealm, acmeRealm]) {
      const { flow, state, signIns } = await flowAt(realm);
      const before = state();
      flow.continueToHostedLogin();
      flow.continueWithSso('nope');
      expect(signIns).toHaveLength(0);
      expect(state().step).toBe(before.step);
    }
  });
});

describe("passwordEntry: 'hosted-page'", () => {
  const hosted = { passwordEntry: 'hosted-page' } as const;

  test('a password realm redirects at once with the email and the connection, never a password step', async () => {
    const { flow, state, signIn, lookup } = setup(hosted);
    const steps: string[] = [];
    flow.subscribe(() => steps.push(state().step));
    flow.setEmail(' Ana@EXAMPLE.com');
    flow.submitEmail();
    lookup(0).resolve(passwordRealm);
    await flush();
    expect(signIn(0)).toMatchObject({
      method: 'hosted',
      request: { email: 'Ana@example.com', connection: 'Username-Password-Authentication' },
    });
    expect(state()).toEqual({
      step: 'submitting',
      method: 'hosted',
      email: 'Ana@example.com',
      domain: 'example.com',
      connection: 'Username-Password-Authentication',
      from: { step: 'email', input: ' Ana@EXAMPLE.com', error: null },
    });
    signIn(0).resolve(undefined);
    await flush();
    expect(state()).toEqual({
      step: 'redirecting',
      method: 'hosted',
      email: 'Ana@example.com',
      domain: 'example.com',
      connection: 'Username-Password-Authentication',
    });
    expect(steps).toEqual(['email', 'discovering', 'submitting', 'redirecting']);
  });

  test('a failed redirect returns to the email step with the typed email and its code', async () => {
    const { state, signIn } = await flowAt(passwordRealm, 'ana@example.com', hosted);
    signIn(0).reject(new AuthenticationError('redirect-failed', 'popup blocked'));
    await flush();
    expect(state()).toEqual({ step: 'email', input: 'ana@example.com', error: 'redirect-failed' });
  });

  test('any other rejection returns to the email step with unexpected, and a submit retries', async () => {
    const { flow, state, signIn, lookup } = await flowAt(passwordRealm, 'ana@example.com', hosted);
    signIn(0).reject(new Error('crash'));
    await flush();
    expect(state()).toMatchObject({ step: 'email', error: 'unexpected' });
    flow.submitEmail();
    expect(state()).toMatchObject({ step: 'discovering' });
    lookup(1).resolve(passwordRealm);
    await flush();
    expect(state()).toMatchObject({ step: 'submitting', method: 'hosted', from: { error: null } });
  });

  test('editing, back() and double submits are ignored while the redirect starts', async () => {
    const { flow, state, signIns } = await flowAt(passwordRealm, 'ana@example.com', hosted);
    const submitting = state();
    flow.setEmail('bob@example.com');
    flow.back();
    flow.submitEmail();
    flow.submitPassword(secret);
    expect(state()).toBe(submitting);
    expect(signIns).toHaveLength(1);
  });

  test('SSO and unknown realms keep their steps', async () => {
    expect((await flowAt(acmeRealm, 'ana@acme.test', hosted)).state().step).toBe('sso');
    const unknown = await flowAt(notFoundRealm, 'ana@example.org', hosted);
    expect(unknown.state().step).toBe('unknown');
    unknown.flow.continueToHostedLogin();
    expect(unknown.signIn(0).request).toEqual({ email: 'ana@example.org' });
  });
});

describe('back, reset and destroy', () => {
  test.each([
    ['sso', acmeRealm],
    ['unknown', notFoundRealm],
  ])('back() from the %s step keeps the typed email', async (_, realm) => {
    const { flow, state } = await flowAt(realm, 'Ana@Acme.test');
    flow.back();
    expect(state()).toEqual({ step: 'email', input: 'Ana@Acme.test', error: null });
  });

  test('back() does nothing on the email, submitting and redirecting steps', async () => {
    const { flow, state, signIn } = await flowAt(passwordRealm);
    flow.submitPassword(secret);
    const submitting = state();
    flow.back();
    expect(state()).toBe(submitting);
    signIn(0).resolve(undefined);
    await flush();
    const redirecting = state();
    flow.back();
    expect(state()).toBe(redirecting);
    flow.reset();
    const email = state();
    flow.back();
    expect(state()).toBe(email);
  });

  test('reset() while signing in drops the late answer', async () => {
    const { flow, state, signIn } = await flowAt(passwordRealm);
    flow.submitPassword(secret);
    flow.reset();
    signIn(0).reject(new AuthenticationError('invalid-credentials', 'refused'));
    await flush();
    expect(state()).toEqual({ step: 'email', input: '', error: null });
  });

  test('destroy() aborts discovery and ignores its answer and every later action', async () => {
    const { flow, state, lookup, lookups } = setup();
    flow.setEmail('ana@example.com');
    flow.submitEmail();
    const discovering = state();
    flow.destroy();
    expect(lookup(0).signal?.aborted).toBe(true);
    lookup(0).resolve(passwordRealm);
    await flush();
    flow.setEmail('bob@example.com');
    flow.back();
    flow.reset();
    flow.submitEmail();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(state()).toBe(discovering);
    expect(lookups).toHaveLength(1);
  });

  test('destroy() on the email step makes every action a no-op', () => {
    const { flow, state, lookups } = setup({ initialEmail: 'ana@example.com' });
    const before = state();
    flow.destroy();
    flow.submitEmail();
    flow.setEmail('bob@example.com');
    expect(state()).toBe(before);
    expect(lookups).toHaveLength(0);
  });

  test('destroy() while signing in ignores the answer', async () => {
    const { flow, state, signIn } = await flowAt(passwordRealm);
    flow.submitPassword(secret);
    const submitting = state();
    flow.destroy();
    signIn(0).resolve(undefined);
    await flush();
    expect(state()).toBe(submitting);
  });
});

describe('prefetch', () => {
  test('looks a valid email up without changing the step; the submit uses that lookup', async () => {
    const { flow, state, lookups, lookup } = setup();
    flow.setEmail('ana@example.com');
    flow.prefetch();
    expect(state()).toEqual({ step: 'email', input: 'ana@example.com', error: null });
    expect(lookups.map(({ email }) => email)).toEqual(['ana@example.com']);
    lookup(0).resolve(passwordRealm);
    await flush();
    expect(state().step).toBe('email');
    flow.submitEmail();
    await flush();
    expect(state()).toMatchObject({ step: 'password', email: 'ana@example.com' });
    expect(lookups).toHaveLength(1);
  });

  test('a submit while the prefetch is in flight waits for it instead of asking again', async () => {
    const { flow, state, lookups, lookup } = setup({ initialEmail: 'ana@acme.test' });
    flow.prefetch();
    flow.prefetch();
    flow.submitEmail();
    expect(state().step).toBe('discovering');
    lookup(0).resolve(acmeRealm);
    await flush();
    expect(state().step).toBe('sso');
    expect(lookups).toHaveLength(1);
  });

  test('typing a different email aborts it, and the submit asks about the new email', async () => {
    const { flow, state, lookups, lookup } = setup({ initialEmail: 'ana@acme.test' });
    flow.prefetch();
    flow.setEmail('ana@example.com');
    expect(lookup(0).signal?.aborted).toBe(true);
    flow.submitEmail();
    expect(lookups.map(({ email }) => email)).toEqual(['ana@acme.test', 'ana@example.com']);
    lookup(0).resolve(acmeRealm);
    lookup(1).resolve(passwordRealm);
    await flush();
    expect(state()).toMatchObject({ step: 'password', email: 'ana@example.com' });
  });

  test('a failed prefetch is not kept: the submit asks again', async () => {
    const { flow, state, lookups, lookup } = setup({ initialEmail: 'ana@example.com' });
    flow.prefetch();
    lookup(0).reject(new TypeError('Failed to fetch'));
    await flush();
    flow.submitEmail();
    expect(lookups).toHaveLength(2);
    lookup(1).resolve(passwordRealm);
    await flush();
    expect(state().step).toBe('password');
  });

  test('an invalid email, another step or a destroyed flow prefetch nothing and show no error', async () => {
    const invalid = setup({ initialEmail: 'ana@' });
    invalid.flow.prefetch();
    expect(invalid.lookups).toHaveLength(0);
    expect(invalid.state()).toEqual({ step: 'email', input: 'ana@', error: null });

    const { flow, lookups } = await flowAt(passwordRealm);
    flow.prefetch();
    expect(lookups).toHaveLength(1);

    const destroyed = setup({ initialEmail: 'ana@example.com' });
    destroyed.flow.prefetch();
    destroyed.flow.destroy();
    expect(destroyed.lookup(0).signal?.aborted).toBe(true);
    destroyed.flow.prefetch();
    expect(destroyed.lookups).toHaveLength(1);
  });
});

describe('snapshots', () => {
  test('are frozen, connections included', async () => {
    const { state } = await flowAt(acmeRealm, 'ana@acme.test');
    const snapshot = state();
    expect(Object.isFrozen(snapshot)).toBe(true);
    if (snapshot.step !== 'sso') throw new Error('expected the sso step');
    expect(Object.isFrozen(snapshot.connections)).toBe(true);
    expect(snapshot.connections.every((connection) => Object.isFrozen(connection))).toBe(true);
  });

  test('do not share the realm objects the resolver returned', async () => {
    const connections = [{ name: 'acme-okta' }, { name: 'acme-azure' }];
    const { state } = await flowAt(
      { kind: 'sso', domain: 'acme.test', connections },
      'ana@acme.test',
    );
    connections.pop();
    expect(state()).toMatchObject({ connections: [{ name: 'acme-okta' }, { name: 'acme-azure' }] });
  });

  test('notify subscribers once per change and never for a no-op', () => {
    const { flow, state } = setup();
    const listener = vi.fn();
    const unsubscribe = flow.subscribe(listener);
    flow.setEmail('ana@example.com');
    flow.setEmail('ana@example.com');
    flow.back();
    flow.submitPassword(secret);
    expect(listener).toHaveBeenCalledTimes(1);
    const snapshot = state();
    expect(state()).toBe(snapshot);
    unsubscribe();
    flow.setEmail('bob@example.com');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('repeating the same error keeps the snapshot', async () => {
    const { flow, state } = await flowAt(acmeRealm, 'ana@acme.test');
    flow.continueWithSso();
    const refused = state();
    flow.continueWithSso();
    expect(state()).toBe(refused);
  });
});

describe('invariants over random action sequences', () => {
  const emails = [
    'ana@example.com',
    ' Ana@EXAMPLE.com',
    'ana@acme.test',
    'ana@one.test',
    'bob@fed.test',
    'eve@example.org',
    'not-an-email',
    '',
  ];
  const realmFor = (email: string): Realm => {
    const domain = email.slice(email.indexOf('@') + 1);
    if (domain === 'example.com') return passwordRealm;
    if (domain === 'acme.test') return acmeRealm;
    if (domain === 'one.test') return singleSsoRealm;
    if (domain === 'fed.test') return federatedRealm;
    return notFoundRealm;
  };
  // Weighted so that most sequences get past discovery.
  const action = fc.oneof(
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('setEmail' as const),
        value: fc.constantFrom(...emails),
      }),
    },
    { weight: 6, arbitrary: fc.constant({ type: 'submitEmail' as const }) },
    { weight: 2, arbitrary: fc.constant({ type: 'prefetch' as const }) },
    {
      weight: 6,
      arbitrary: fc.record({
        type: fc.constant('submitPassword' as const),
        password: fc.constantFrom(secret, ''),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        type: fc.constant('continueWithSso' as const),
        connection: fc.constantFrom(undefined, 'acme-okta', 'nope'),
      }),
    },
    { weight: 4, arbitrary: fc.constant({ type: 'continueToHostedLogin' as const }) },
    { weight: 1, arbitrary: fc.constant({ type: 'back' as const }) },
    { weight: 1, arbitrary: fc.constant({ type: 'reset' as const }) },
    {
      weight: 10,
      arbitrary: fc.record({
        type: fc.constant('answerLookup' as const),
        fromLatest: fc.constantFrom(0, 0, 0, 1),
        outcome: fc.constantFrom('realm', 'realm', 'realm', 'reject', 'garbage'),
      }),
    },
    {
      weight: 10,
      arbitrary: fc.record({
        type: fc.constant('answerSignIn' as const),
        fromLatest: fc.constantFrom(0, 0, 0, 1),
        outcome: fc.constantFrom('redirect', 'refused', 'crash'),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ type: fc.constant('wait' as const), ms: fc.constantFrom(1, 8000) }),
    },
  );

  test.each(['widget', 'hosted-page'] as const)(
    'passwordEntry %s: the flow never throws, never shows the password, and asks for it only after a password realm',
    async (passwordEntry) => {
      // Which steps the sequences reached (a password attempt counts as its own), so that a
      // generator that stops reaching the interesting steps fails instead of passing vacuously.
      const reached = new Set<string>();
      await fc.assert(
        fc.asyncProperty(
          fc.array(action, { minLength: 10, maxLength: 40, size: 'max' }),
          // Sometimes destroy() the flow partway (as React does on unmount), and go on acting.
          fc.noBias(fc.nat({ max: 60 })),
          fc.constantFrom(...emails),
          async (generated, destroyAt, initialEmail) => {
            const actions = [
              ...generated.slice(0, destroyAt),
              ...(destroyAt < generated.length ? [{ type: 'destroy' as const }] : []),
              ...generated.slice(destroyAt),
            ];
            const { flow, state, lookups, signIns } = setup({ initialEmail, passwordEntry });
            const passwordEmails = new Set<string>();
            let notified = 0;
            flow.subscribe(() => {
              notified += 1;
            });
            for (const next of actions) {
              const before = state();
              const notifiedBefore = notified;
              switch (next.type) {
                case 'setEmail':
                  flow.setEmail(next.value);
                  break;
                case 'submitEmail':
                  flow.submitEmail();
                  break;
                case 'prefetch':
                  flow.prefetch();
                  // A prefetch never changes what is on screen.
                  expect(state()).toBe(before);
                  break;
                case 'submitPassword':
                  flow.submitPassword(next.password);
                  break;
                case 'continueWithSso':
                  flow.continueWithSso(next.connection);
                  break;
                case 'continueToHostedLogin':
                  flow.continueToHostedLogin();
                  break;
                case 'back':
                  flow.back();
                  break;
                case 'reset':
                  flow.reset();
                  break;
                case 'destroy':
                  flow.destroy();
                  break;
                case 'answerLookup': {
                  const lookup = lookups[lookups.length - 1 - next.fromLatest];
                  if (!lookup) break;
                  const realm = realmFor(lookup.email);
                  if (next.outcome === 'realm' && realm.kind === 'password')
                    passwordEmails.add(lookup.email);
                  if (next.outcome === 'realm') lookup.resolve(realm);
                  else if (next.outcome === 'reject') lookup.reject(new Error('offline'));
                  else lookup.resolve(null as unknown as Realm);
                  break;
                }
                case 'answerSignIn': {
                  const signIn = signIns[signIns.length - 1 - next.fromLatest];
                  if (!signIn) break;
                  if (next.outcome === 'redirect') signIn.resolve(undefined);
                  else if (next.outcome === 'refused')
                    signIn.reject(new AuthenticationError('invalid-credentials', 'refused'));
                  else signIn.reject(new Error('crash'));
                  break;
                }
                case 'wait':
                  await vi.advanceTimersByTimeAsync(next.ms);
                  break;
                default:
                  next satisfies never;
              }
              await flush();

              const snapshot = state();
              reached.add(
                snapshot.step === 'submitting' ? `submitting:${snapshot.method}` : snapshot.step,
              );
              expect(loginSteps).toContain(snapshot.step);
              expect(JSON.stringify(snapshot)).not.toContain(secret);
              expect(Object.isFrozen(snapshot)).toBe(true);
              if (snapshot.step === 'password') {
                expect(passwordEntry).toBe('widget');
                expect(passwordEmails).toContain(snapshot.email);
              }
              if (snapshot.step === 'submitting') {
                const { from } = snapshot;
                const parsed = from.step === 'email' ? parseEmail(from.input) : null;
                expect(parsed?.ok ? parsed.email : 'email' in from && from.email).toBe(
                  snapshot.email,
                );
              }
              if (snapshot === before) expect(notified).toBe(notifiedBefore);
              else expect(notified).toBeGreaterThan(notifiedBefore);
            }
            flow.destroy();
            vi.clearAllTimers();
          },
        ),
        { numRuns: 300 },
      );
      const asked = passwordEntry === 'widget' ? ['password', 'submitting:password'] : [];
      expect([...reached].sort()).toEqual(
        [
          ...loginSteps.filter((step) => step !== 'submitting' && step !== 'password'),
          ...asked,
          'submitting:hosted',
          'submitting:sso',
        ].sort(),
      );
    },
    // 300 generated sequences: a loaded 2-core machine needs more than the default 5 s.
    30_000,
  );
});
