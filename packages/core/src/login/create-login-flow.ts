import { parseEmail } from '../email/parse-email.js';
import { readMilliseconds } from '../internal/read-milliseconds.js';
import { runWithTimeout, type TimedOutcome } from '../internal/run-with-timeout.js';
import { createStore } from '../internal/store.js';
import type { Realm, RealmResolver, SsoConnection, UnknownRealmReason } from '../realm/realm.js';
import { isAuthenticationError } from './authentication-error.js';
import type { Authenticator } from './authenticator.js';
import type {
  EmailState,
  LoginState,
  LoginStep,
  RedirectingState,
  SignInState,
  UnknownState,
} from './login-state.js';

/**
 * Options of {@link createLoginFlow}.
 *
 * @example
 * ```ts
 * const options: LoginFlowOptions = { resolveRealm, authenticator, discoveryTimeoutMs: 5000 };
 * ```
 */
export interface LoginFlowOptions {
  /** Finds how an email signs in; receives the canonical email and an abort signal. */
  readonly resolveRealm: RealmResolver;
  /** Signs the user in once the realm is known. */
  readonly authenticator: Authenticator;
  /** Prefills the email field (e.g. from a `login_hint`); it is not submitted. */
  readonly initialEmail?: string | undefined;
  /** How long discovery may take before the user is offered the hosted login page. Default 8000. */
  readonly discoveryTimeoutMs?: number | undefined;
  /**
   * Where password users type their password. `'widget'` (default): on the
   * password step. `'hosted-page'`: on the identity provider's page; as soon as
   * discovery finds a password realm, the flow calls `loginWithHostedPage` with
   * the email and the database connection, so there is no password step and no
   * second click. A failed redirect returns to the email step with its error.
   */
  readonly passwordEntry?: PasswordEntry | undefined;
}

/**
 * Where password users type their password (see {@link LoginFlowOptions.passwordEntry}).
 *
 * @example
 * ```ts
 * const entry: PasswordEntry = 'hosted-page'; // Universal Login
 * ```
 */
export type PasswordEntry = 'widget' | 'hosted-page';

/**
 * An email-first login: a store (read it with `useSyncExternalStore`) and the
 * actions a widget calls. Actions that make no sense in the current step, or
 * repeat one that is in flight, do nothing.
 *
 * @example
 * ```ts
 * flow.setEmail('ana@example.com');
 * flow.submitEmail();
 * // later, on the password step:
 * flow.submitPassword(passwordInput.value);
 * ```
 */
export interface LoginFlow {
  /** The current state; the same object until the state changes. */
  getSnapshot(): LoginState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Updates the typed email. A different email cancels discovery and any realm found for the old one. */
  setEmail(value: string): void;
  /** On the email step: validates the email and starts discovery. */
  submitEmail(): void;
  /**
   * On the email step: looks a valid email up in the background, without
   * changing the step or showing an error. A `submitEmail` for the same email
   * then uses that lookup instead of starting another; typing a different
   * email cancels it. A widget calls it after a pause in typing.
   */
  prefetch(): void;
  /** On the password step: signs in. The password is passed on, never stored. */
  submitPassword(password: string): void;
  /**
   * On the SSO step: signs in through `connection`, which must be one of the
   * offered connections. It may be left out when at most one is offered.
   */
  continueWithSso(connection?: string): void;
  /** On the unknown step: continues on the hosted login page. */
  continueToHostedLogin(): void;
  /** Returns to the email step, keeping the typed email. */
  back(): void;
  /** Starts over with an empty email. */
  reset(): void;
  /** Cancels work in flight and ignores everything after (call it on unmount). */
  destroy(): void;
}

const ignore = () => {};

/**
 * Creates the state machine behind an email-first login: email → discovery →
 * password, SSO or hosted login → redirect (with `passwordEntry: 'hosted-page'`,
 * a password realm redirects at once). Only the newest discovery can change
 * the state, discovery gives up after `discoveryTimeoutMs`, and every failure
 * lands on a usable step with an error code.
 *
 * @throws TypeError when an option is missing or malformed.
 *
 * @example
 * ```ts
 * const flow = createLoginFlow({ resolveRealm, authenticator });
 * flow.subscribe(() => console.log(flow.getSnapshot().step));
 * flow.setEmail('ana@acme.test');
 * flow.submitEmail(); // 'discovering', then 'sso'
 * flow.continueWithSso(); // 'submitting', then 'redirecting'
 * ```
 */
export function createLoginFlow(options: LoginFlowOptions): LoginFlow {
  const { resolveRealm, authenticator, initialEmail, discoveryTimeoutMs, passwordEntry } =
    readOptions(options);
  const store = createStore<LoginState>(Object.freeze(emailState(initialEmail)));
  const getSnapshot = () => store.getSnapshot();
  let input = initialEmail;
  // Cancels the work whose outcome may still change the state; other work has gone stale.
  let pending: (() => void) | undefined;
  // A discovery started by prefetch(), waiting for the submit of its email.
  let lookahead: (Work<unknown> & { readonly email: string }) | undefined;
  let destroyed = false;

  function update(next: LoginState): void {
    if (!shallowEqual(getSnapshot(), next)) store.set(Object.freeze(next));
  }

  /** The current state if the flow is live and on `step`. */
  function at<Step extends LoginStep>(step: Step) {
    const state = getSnapshot();
    return destroyed || state.step !== step
      ? undefined
      : (state as Extract<LoginState, { step: Step }>);
  }

  /** True unless the flow is destroyed or on one of `steps`. */
  function liveAndNot(...steps: LoginStep[]): boolean {
    return !destroyed && !steps.includes(getSnapshot().step);
  }

  function cancelPending(): void {
    pending?.();
    lookahead?.abort();
    pending = lookahead = undefined;
  }

  function leaveForEmail(nextInput: string): void {
    cancelPending();
    input = nextInput;
    update(emailState(input));
  }

  function discovery(email: string): Work<unknown> {
    return start((signal) => resolveRealm(email, { signal }), discoveryTimeoutMs);
  }

  /** Enters `state` with `work` pending; `then` gets its outcome unless it went stale. */
  function run<T>(
    state: LoginState,
    work: Work<T>,
    then: (outcome: TimedOutcome<T>) => void,
  ): void {
    pending = work.abort;
    update(state);
    work.outcome.then((outcome) => {
      if (pending !== work.abort) return;
      pending = undefined;
      then(outcome);
    }, ignore);
  }

  // A redirect cannot be called back: cancelling a sign-in only ignores its answer.
  function signIn(
    origin: SignInState,
    target: Omit<RedirectingState, 'step'>,
    call: () => Promise<void>,
  ): void {
    const from = Object.freeze({ ...origin, error: null });
    run({ step: 'submitting', ...target, from }, start(call), (outcome) => {
      update(
        outcome.ok
          ? { step: 'redirecting', ...target }
          : {
              ...from,
              error: isAuthenticationError(outcome.cause) ? outcome.cause.code : 'unexpected',
            },
      );
    });
  }

  return {
    getSnapshot,
    subscribe: (listener) => store.subscribe(listener),

    setEmail(value) {
      if (value !== input && liveAndNot('submitting', 'redirecting')) leaveForEmail(value);
    },

    submitEmail() {
      if (!at('email')) return;
      const parsed = parseEmail(input);
      if (!parsed.ok) {
        update(emailState(input, parsed.error));
        return;
      }
      const { email, domain } = parsed;
      const work = lookahead?.email === email ? lookahead : discovery(email);
      lookahead = undefined;
      run({ step: 'discovering', input, email, domain }, work, (outcome) => {
        // Resolvers reject only when aborted, and we did not abort: a network failure.
        const next = outcome.ok
          ? stateForRealm(outcome.value, email, domain)
          : unknownState(email, domain, outcome.reason);
        if (next.step === 'password' && passwordEntry === 'hosted-page') {
          const { connection } = next;
          signIn(emailState(input), { method: 'hosted', email, domain, connection }, () =>
            authenticator.loginWithHostedPage({ email, connection }),
          );
        } else {
          update(next);
        }
      });
    },

    prefetch() {
      const parsed = at('email') && parseEmail(input);
      if (!parsed || !parsed.ok || lookahead?.email === parsed.email) return;
      const work = { ...discovery(parsed.email), email: parsed.email };
      lookahead = work;
      // A failed lookup is not kept: the submit tries again.
      work.outcome.then((outcome) => {
        if (!outcome.ok && lookahead === work) lookahead = undefined;
      }, ignore);
    },

    submitPassword(password) {
      const state = at('password');
      if (!state) return;
      if (typeof password !== 'string' || password === '') {
        update({ ...state, error: 'password-required' });
        return;
      }
      const { email, domain, connection } = state;
      signIn(state, { method: 'password', email, domain, connection }, () =>
        authenticator.loginWithPassword({ email, password, connection }),
      );
    },

    continueWithSso(connection) {
      const state = at('sso');
      if (!state) return;
      const offered = state.connections.map((offer) => offer.name);
      const error =
        connection === undefined
          ? offered.length > 1 && 'connection-required'
          : !offered.includes(connection) && 'connection-not-offered';
      if (error) {
        update({ ...state, error });
        return;
      }
      const chosen = connection ?? offered[0];
      const { email, domain } = state;
      signIn(state, { method: 'sso', email, domain, connection: chosen ?? null }, () =>
        authenticator.loginWithSso(
          chosen === undefined ? { email } : { email, connection: chosen },
        ),
      );
    },

    continueToHostedLogin() {
      const state = at('unknown');
      if (!state) return;
      const { email, domain } = state;
      signIn(state, { method: 'hosted', email, domain, connection: null }, () =>
        authenticator.loginWithHostedPage({ email }),
      );
    },

    back() {
      if (liveAndNot('email', 'submitting', 'redirecting')) leaveForEmail(input);
    },

    reset() {
      if (!destroyed) leaveForEmail('');
    },

    destroy() {
      destroyed = true;
      cancelPending();
    },
  };
}

/** Work in flight: its outcome, and how to abort it. */
interface Work<T> {
  readonly outcome: Promise<TimedOutcome<T>>;
  readonly abort: () => void;
}

function start<T>(task: (signal: AbortSignal) => Promise<T>, timeoutMs?: number): Work<T> {
  const controller = new AbortController();
  return {
    outcome: runWithTimeout(task, { signal: controller.signal, timeoutMs }),
    abort: () => controller.abort(),
  };
}

function readOptions(options: LoginFlowOptions) {
  // Checked at run time as well: JavaScript callers and spread configs bypass the types.
  const loose = (options as Partial<Record<keyof LoginFlowOptions, unknown>> | null) ?? {};
  const { resolveRealm, authenticator, initialEmail = '', passwordEntry = 'widget' } = loose;
  const check = (valid: boolean, option: string, expected: string) => {
    if (!valid) throw new TypeError(`createLoginFlow: \`${option}\` must be ${expected}`);
  };
  check(typeof resolveRealm === 'function', 'resolveRealm', 'a RealmResolver');
  check(typeof authenticator === 'object' && authenticator !== null, 'authenticator', 'an object');
  for (const method of ['loginWithSso', 'loginWithPassword', 'loginWithHostedPage']) {
    check(
      typeof (authenticator as Record<string, unknown>)[method] === 'function',
      `authenticator.${method}`,
      'a function',
    );
  }
  check(typeof initialEmail === 'string', 'initialEmail', 'a string');
  check(
    passwordEntry === 'widget' || passwordEntry === 'hosted-page',
    'passwordEntry',
    "'widget' or 'hosted-page'",
  );
  const discoveryTimeoutMs =
    readMilliseconds(loose.discoveryTimeoutMs, 'createLoginFlow: `discoveryTimeoutMs`') ?? 8000;
  return { resolveRealm, authenticator, initialEmail, discoveryTimeoutMs, passwordEntry } as {
    [Option in keyof LoginFlowOptions]-?: Exclude<LoginFlowOptions[Option], undefined>;
  };
}

function emailState(input: string, error: EmailState['error'] = null): EmailState {
  return { step: 'email', input, error };
}

function unknownState(email: string, domain: string, reason: UnknownRealmReason): UnknownState {
  return { step: 'unknown', email, domain, reason, error: null };
}

/** Maps a resolver's answer to the next step; an answer that breaks the Realm contract counts as a bad response. */
function stateForRealm(answer: unknown, email: string, domain: string): LoginState {
  // The answer crossed a port: check it rather than trust its type.
  const realm = (answer ?? {}) as Realm;
  if (realm.kind === 'password' && isName(realm.connection)) {
    return { step: 'password', email, domain, connection: realm.connection, error: null };
  }
  if (realm.kind === 'sso') {
    return { step: 'sso', email, domain, connections: offeredConnections(realm), error: null };
  }
  return unknownState(email, domain, realm.kind === 'unknown' ? realm.reason : 'bad-response');
}

interface ConnectionLike {
  readonly name?: unknown;
  readonly displayName?: unknown;
}

function offeredConnections(realm: Extract<Realm, { kind: 'sso' }>): readonly SsoConnection[] {
  const listed: readonly (ConnectionLike | null | undefined)[] =
    Array.isArray(realm.connections) && realm.connections.length > 0
      ? realm.connections
      : // A resolver may name the connection without listing it: it is then the one offered.
        [{ name: realm.connection, displayName: realm.displayName }];
  return Object.freeze(
    listed.flatMap((candidate) => {
      const { name, displayName } = candidate ?? {};
      return isName(name)
        ? [Object.freeze(typeof displayName === 'string' ? { name, displayName } : { name })]
        : [];
    }),
  );
}

function isName(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function shallowEqual(a: object, b: object): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) =>
      Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}
