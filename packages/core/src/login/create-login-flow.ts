import { parseEmail } from '../email/parse-email.js';
import { createStore } from '../internal/store.js';
import type { Realm, RealmResolver, SsoConnection, UnknownRealmReason } from '../realm/realm.js';
import { isAuthenticationError } from './authentication-error.js';
import type { Authenticator } from './authenticator.js';
import type {
  EmailState,
  LoginMethod,
  LoginState,
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

const defaultDiscoveryTimeoutMs = 8000;
// setTimeout fires at once for delays beyond a signed 32-bit integer.
const maxTimeoutMs = 2 ** 31 - 1;

/** Work whose outcome may still change the state; anything else has gone stale. */
interface Pending {
  cancel(): void;
}

type Settled<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

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
  const store = createStore<LoginState>(Object.freeze(emailState(initialEmail, null)));
  let input = initialEmail;
  let pending: Pending | null = null;
  let destroyed = false;

  function update(next: LoginState): void {
    if (!shallowEqual(store.getSnapshot(), next)) store.set(Object.freeze(next));
  }

  function cancelPending(): void {
    const cancelled = pending;
    pending = null;
    cancelled?.cancel();
  }

  function leaveForEmail(nextInput: string): void {
    cancelPending();
    input = nextInput;
    update(emailState(input, null));
  }

  function discover(email: string, domain: string): void {
    const controller = new AbortController();
    const attempt: Pending = {
      cancel() {
        clearTimeout(timer);
        controller.abort();
      },
    };
    const timer = setTimeout(() => {
      if (pending !== attempt) return;
      pending = null;
      controller.abort(new DOMException('Realm discovery timed out', 'TimeoutError'));
      update(unknownState(email, domain, 'timeout'));
    }, discoveryTimeoutMs);
    pending = attempt;
    update({ step: 'discovering', input, email, domain });

    void settle(() => resolveRealm(email, { signal: controller.signal })).then((result) => {
      if (pending !== attempt) return;
      pending = null;
      clearTimeout(timer);
      // Resolvers reject only when aborted, and we did not abort: treat it as a network failure.
      const next = result.ok
        ? stateForRealm(result.value, email, domain)
        : unknownState(email, domain, 'network');
      if (next.step === 'password' && passwordEntry === 'hosted-page') {
        const { connection } = next;
        signIn('hosted', emailState(input, null), email, domain, connection, () =>
          authenticator.loginWithHostedPage({ email, connection }),
        );
      } else {
        update(next);
      }
    });
  }

  function signIn(
    method: LoginMethod,
    origin: SignInState,
    email: string,
    domain: string,
    connection: string | null,
    call: () => Promise<void>,
  ): void {
    const from = Object.freeze({ ...origin, error: null });
    // A redirect cannot be called back; a stale answer is simply ignored.
    const attempt: Pending = { cancel() {} };
    pending = attempt;
    update({ step: 'submitting', method, email, domain, connection, from });

    void settle(call).then((result) => {
      if (pending !== attempt) return;
      pending = null;
      update(
        result.ok
          ? { step: 'redirecting', method, email, domain, connection }
          : {
              ...from,
              error: isAuthenticationError(result.error) ? result.error.code : 'unexpected',
            },
      );
    });
  }

  return {
    getSnapshot: () => store.getSnapshot(),
    subscribe: (listener) => store.subscribe(listener),

    setEmail(value) {
      const state = store.getSnapshot();
      if (destroyed || value === input) return;
      switch (state.step) {
        case 'email':
          input = value;
          update(emailState(input, null));
          return;
        case 'discovering':
        case 'password':
        case 'sso':
        case 'unknown':
          leaveForEmail(value);
          return;
        case 'submitting':
        case 'redirecting':
          return;
        default:
          state satisfies never;
      }
    },

    submitEmail() {
      const state = store.getSnapshot();
      if (destroyed || state.step !== 'email') return;
      const parsed = parseEmail(input);
      if (parsed.ok) discover(parsed.email, parsed.domain);
      else update(emailState(input, parsed.error));
    },

    submitPassword(password) {
      const state = store.getSnapshot();
      if (destroyed || state.step !== 'password') return;
      if (typeof password !== 'string' || password === '') {
        update({ ...state, error: 'password-required' });
        return;
      }
      const { email, domain, connection } = state;
      signIn('password', state, email, domain, connection, () =>
        authenticator.loginWithPassword({ email, password, connection }),
      );
    },

    continueWithSso(connection) {
      const state = store.getSnapshot();
      if (destroyed || state.step !== 'sso') return;
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
      signIn('sso', state, email, domain, chosen ?? null, () =>
        authenticator.loginWithSso(
          chosen === undefined ? { email } : { email, connection: chosen },
        ),
      );
    },

    continueToHostedLogin() {
      const state = store.getSnapshot();
      if (destroyed || state.step !== 'unknown') return;
      const { email, domain } = state;
      signIn('hosted', state, email, domain, null, () =>
        authenticator.loginWithHostedPage({ email }),
      );
    },

    back() {
      const { step } = store.getSnapshot();
      if (destroyed) return;
      if (step === 'discovering' || step === 'password' || step === 'sso' || step === 'unknown') {
        leaveForEmail(input);
      }
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

function readOptions(options: LoginFlowOptions) {
  // Checked at run time as well: JavaScript callers and spread configs bypass the types.
  const loose = options as Partial<Record<keyof LoginFlowOptions, unknown>> | null | undefined;
  const { resolveRealm, authenticator } = loose ?? {};
  const initialEmail = loose?.initialEmail ?? '';
  const discoveryTimeoutMs = loose?.discoveryTimeoutMs ?? defaultDiscoveryTimeoutMs;
  const passwordEntry = loose?.passwordEntry ?? 'widget';
  const check = (valid: boolean, option: string, expected: string) => {
    if (!valid) throw new TypeError(`createLoginFlow: \`${option}\` must be ${expected}.`);
  };
  check(typeof resolveRealm === 'function', 'resolveRealm', 'a function (a RealmResolver)');
  check(
    typeof authenticator === 'object' && authenticator !== null,
    'authenticator',
    'an object implementing Authenticator',
  );
  const methods = authenticator as Partial<Record<keyof Authenticator, unknown>>;
  for (const method of ['loginWithSso', 'loginWithPassword', 'loginWithHostedPage'] as const) {
    check(typeof methods[method] === 'function', `authenticator.${method}`, 'a function');
  }
  check(typeof initialEmail === 'string', 'initialEmail', 'a string');
  check(
    typeof discoveryTimeoutMs === 'number' &&
      discoveryTimeoutMs > 0 &&
      discoveryTimeoutMs <= maxTimeoutMs,
    'discoveryTimeoutMs',
    `a number of milliseconds between 1 and ${maxTimeoutMs}`,
  );
  check(
    passwordEntry === 'widget' || passwordEntry === 'hosted-page',
    'passwordEntry',
    "'widget' or 'hosted-page'",
  );
  return { resolveRealm, authenticator, initialEmail, discoveryTimeoutMs, passwordEntry } as {
    [Option in keyof LoginFlowOptions]-?: Exclude<LoginFlowOptions[Option], undefined>;
  };
}

function emailState(input: string, error: EmailState['error']): EmailState {
  return { step: 'email', input, error };
}

function unknownState(email: string, domain: string, reason: UnknownRealmReason): UnknownState {
  return { step: 'unknown', email, domain, reason, error: null };
}

/** Maps a resolver's answer to the next step; an answer that breaks the Realm contract counts as a bad response. */
function stateForRealm(answer: unknown, email: string, domain: string): LoginState {
  // The answer crossed a port: check it rather than trust its type.
  if (typeof answer !== 'object' || answer === null) {
    return unknownState(email, domain, 'bad-response');
  }
  const realm = answer as Realm;
  switch (realm.kind) {
    case 'password':
      return isName(realm.connection)
        ? { step: 'password', email, domain, connection: realm.connection, error: null }
        : unknownState(email, domain, 'bad-response');
    case 'sso':
      return { step: 'sso', email, domain, connections: offeredConnections(realm), error: null };
    case 'unknown':
      return unknownState(email, domain, realm.reason);
    default:
      realm satisfies never;
      return unknownState(email, domain, 'bad-response');
  }
}

interface ConnectionLike {
  readonly name?: unknown;
  readonly displayName?: unknown;
}

function offeredConnections(realm: Extract<Realm, { kind: 'sso' }>): readonly SsoConnection[] {
  const listed: readonly (ConnectionLike | null | undefined)[] = Array.isArray(realm.connections)
    ? realm.connections
    : [];
  // A resolver may name the connection without listing it: it is then the one offered.
  const candidates: readonly (ConnectionLike | null | undefined)[] =
    listed.length > 0 ? listed : [{ name: realm.connection, displayName: realm.displayName }];
  const offered: SsoConnection[] = [];
  for (const candidate of candidates) {
    const name = candidate?.name;
    const displayName = candidate?.displayName;
    if (!isName(name)) continue;
    offered.push(Object.freeze(typeof displayName === 'string' ? { name, displayName } : { name }));
  }
  return Object.freeze(offered);
}

function isName(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** Runs an async port call, turning a synchronous throw into a rejection and any outcome into a value. */
function settle<T>(run: () => Promise<T>): Promise<Settled<T>> {
  try {
    return Promise.resolve(run()).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error }),
    );
  } catch (error) {
    return Promise.resolve({ ok: false, error });
  }
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
