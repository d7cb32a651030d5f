import type {
  DiscoveringState,
  EmailState,
  LoginFlow,
  LoginState,
  RedirectingState,
  SignInState,
  SsoConnection,
} from '@tenantkit/core';
import {
  type ComponentProps,
  type JSX,
  type RefObject,
  type SyntheticEvent,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { directionOf, formatMessage } from '../i18n/locale.js';
import { errorMessageKey } from './error-message-key.js';
import { rememberEmailAddress } from './initial-email.js';
import { loginMessagesEn, type LoginMessages } from './messages/en.js';
import { useOwnedLoginFlow, type LoginPorts } from './use-owned-login-flow.js';

/**
 * Options every {@link useEmailFirstLogin} accepts, whoever owns the flow.
 *
 * @example
 * ```ts
 * const settings: EmailFirstLoginSettings = { locale: 'de', messages: loginMessagesDe, autoFocus: true };
 * ```
 */
export interface EmailFirstLoginSettings {
  /** A BCP 47 tag: sets `lang`, and `dir="rtl"` for right-to-left scripts. Pass its `messages` too. */
  readonly locale?: string | undefined;
  /** Replaces some or all texts; English fills the rest. */
  readonly messages?: Partial<LoginMessages> | undefined;
  /**
   * Text shown in the error region until the user first submits, e.g. the
   * identity provider's `error_description` after a failed redirect. Always rendered as text.
   */
  readonly initialError?: string | null | undefined;
  /** Moves focus into the widget on mount. Off by default: the page decides where focus starts. */
  readonly autoFocus?: boolean | undefined;
}

/**
 * The hook creates the flow from these ports, once per mount, and destroys it
 * on unmount (ports that change later are ignored).
 *
 * @example
 * ```ts
 * const options: OwnedFlowOptions = { resolveRealm, authenticator, discoverWhileTyping: true };
 * ```
 */
export interface OwnedFlowOptions extends LoginPorts {
  /**
   * Looks the domain up while the user types (after a pause of this many
   * milliseconds, or 400 for `true`), so that the submit is answered at once.
   * The step still changes only on submit: no password field flashes in.
   */
  readonly discoverWhileTyping?: boolean | number | undefined;
  readonly flow?: undefined;
}

/**
 * The hook renders a flow created elsewhere (a story at a given step, a shared flow); its owner destroys it.
 *
 * @example
 * ```ts
 * const options: ExternalFlowOptions = { flow: createLoginFlow({ resolveRealm, authenticator }) };
 * ```
 */
export interface ExternalFlowOptions {
  readonly flow: LoginFlow;
}

/**
 * Options of {@link useEmailFirstLogin}: either the ports (`resolveRealm`,
 * `authenticator`) or an external `flow`, plus the display settings.
 *
 * @example
 * ```ts
 * const options: UseEmailFirstLoginOptions = { resolveRealm, authenticator, rememberEmail: true };
 * ```
 */
export type UseEmailFirstLoginOptions = (OwnedFlowOptions | ExternalFlowOptions) &
  EmailFirstLoginSettings;

/**
 * The screen a step shows: while signing in, the form that started it stays on screen, disabled.
 *
 * @example
 * ```tsx
 * {login.screen.step === 'password' && <input {...login.passwordInputProps} />}
 * ```
 */
export type LoginScreen = EmailState | DiscoveringState | SignInState | RedirectingState;

type Slotted<T extends keyof JSX.IntrinsicElements> = ComponentProps<T> & {
  readonly 'data-slot': string;
};

/**
 * What {@link useEmailFirstLogin} returns: the state, the texts and a prop
 * bag for every part. Spread the bags on your own elements; every part
 * carries its `data-slot`.
 *
 * @example
 * ```tsx
 * const { rootProps, emailInputProps, errorMessage }: UseEmailFirstLoginResult = useEmailFirstLogin(options);
 * ```
 */
export interface UseEmailFirstLoginResult {
  /** The flow's current state. */
  readonly state: LoginState;
  /** The form on screen (see {@link LoginScreen}). */
  readonly screen: LoginScreen;
  readonly flow: LoginFlow;
  /** True while a sign-in is in flight or the browser is leaving: controls are read-only. */
  readonly busy: boolean;
  /** English merged with the given messages. */
  readonly messages: LoginMessages;
  /** The error to show, as text, or null. */
  readonly errorMessage: string | null;
  /**
   * Changes on every submit: key the error's text with it (`<span key={errorKey}>`)
   * so that a repeated error is announced again.
   */
  readonly errorKey: number;
  /** What the status region says: checking, signing in, redirecting, or ''. */
  readonly statusMessage: string;
  /** The label of the submit button on this screen. */
  readonly submitLabel: string;
  /** The label of a connection's button: "Continue with Acme Okta". */
  connectionLabel(connection: SsoConnection): string;
  readonly rootProps: Slotted<'div'> & { readonly 'data-step': LoginState['step'] };
  readonly formProps: Slotted<'form'>;
  readonly emailLabelProps: Slotted<'label'>;
  readonly emailInputProps: Slotted<'input'>;
  /** For the password screen only. */
  readonly passwordLabelProps: Slotted<'label'>;
  /** For the password screen only. Uncontrolled: the password never enters React state. */
  readonly passwordInputProps: Slotted<'input'>;
  readonly submitProps: Slotted<'button'>;
  /** "Use a different email": back to the email step, keeping the email. */
  readonly backProps: Slotted<'button'>;
  /** The group of connection buttons, on an SSO screen that offers several. */
  readonly connectionGroupProps: Slotted<'div'>;
  /** The group's visible label ("Choose how to sign in"). */
  readonly connectionGroupLabelProps: Slotted<'p'>;
  /** A button per connection, inside the group. */
  connectionProps(connection: SsoConnection): Slotted<'button'>;
  /** The `role="status"` region; render it on every step. */
  readonly statusProps: Slotted<'div'>;
  /** The `role="alert"` region; render it on every step, even empty. */
  readonly alertProps: Slotted<'div'>;
}

const defaultPrefetchDelayMs = 400;
const notTheFieldsFault: readonly string[] = [
  'errorTooManyAttempts',
  'errorNetwork',
  'errorMisconfigured',
  'errorUnexpected',
];

/**
 * The headless email-first login: it reads a core login flow with
 * `useSyncExternalStore` and returns its state, texts and prop bags.
 * Spread the bags on your own markup; the bags carry the ARIA wiring,
 * the focus moves and the password-manager attributes.
 *
 * @example
 * ```tsx
 * function Login() {
 *   const login = useEmailFirstLogin({ resolveRealm, authenticator });
 *   return (
 *     <div {...login.rootProps}>
 *       <form {...login.formProps}>
 *         <label {...login.emailLabelProps}>{login.messages.emailLabel}</label>
 *         <input {...login.emailInputProps} />
 *         {login.screen.step === 'password' && <input {...login.passwordInputProps} />}
 *         <button {...login.submitProps}>{login.submitLabel}</button>
 *       </form>
 *       <div {...login.statusProps}>{login.statusMessage}</div>
 *       <div {...login.alertProps}><span key={login.errorKey}>{login.errorMessage}</span></div>
 *     </div>
 *   );
 * }
 * ```
 */
export function useEmailFirstLogin(options: UseEmailFirstLoginOptions): UseEmailFirstLoginResult {
  const { locale, initialError, autoFocus = false } = options;
  const owned = useOwnedLoginFlow(options.flow === undefined ? options : null);
  // The owned flow exists whenever no external flow is given.
  const flow = options.flow ?? (owned as LoginFlow);
  const subscribe = useCallback((listener: () => void) => flow.subscribe(listener), [flow]);
  const getSnapshot = useCallback(() => flow.getSnapshot(), [flow]);
  const state = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);

  const messages: LoginMessages = { ...loginMessagesEn, ...options.messages };
  const id = useId();
  const emailId = `${id}email`;
  const passwordId = `${id}password`;
  const statusId = `${id}status`;
  const errorId = `${id}error`;
  const groupId = `${id}connections`;
  const rootRef = useRef<HTMLDivElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [submits, setSubmits] = useState(0);

  // The redirecting state does not say which form started it: remember it, so
  // the form stays on screen, disabled, until the browser leaves.
  const [lastFrom, setLastFrom] = useState<SignInState | null>(null);
  if (state.step === 'submitting' && state.from !== lastFrom) setLastFrom(state.from);
  const screen: LoginScreen =
    state.step === 'submitting'
      ? state.from
      : state.step === 'redirecting'
        ? (lastFrom ?? state)
        : state;
  const busy = state.step === 'submitting' || state.step === 'redirecting';

  const typingDelay = options.flow === undefined ? options.discoverWhileTyping : undefined;
  const typed = state.step === 'email' ? state.input : null;
  useEffect(() => {
    if (typingDelay === undefined || typingDelay === false || typed === null) return;
    const timer = setTimeout(
      () => flow.prefetch(),
      typingDelay === true ? defaultPrefetchDelayMs : typingDelay,
    );
    return () => clearTimeout(timer);
  }, [flow, typed, typingDelay]);

  const remember = options.flow === undefined && options.rememberEmail === true;
  const redirectingEmail = state.step === 'redirecting' ? state.email : null;
  useEffect(() => {
    if (remember && redirectingEmail !== null) rememberEmailAddress(redirectingEmail);
  }, [remember, redirectingEmail]);

  useFocusOnStepChange(rootRef, state, autoFocus);

  const errorCode = 'error' in state ? state.error : null;
  const messageKey = errorCode === null ? null : errorMessageKey(errorCode);
  // Errors that are not about what was typed leave the field valid.
  const invalid = messageKey !== null && !notTheFieldsFault.includes(messageKey);
  const errorMessage =
    messageKey !== null
      ? messages[messageKey]
      : submits === 0 && initialError
        ? initialError
        : null;
  const describedBy = (step: LoginState['step']) =>
    state.step === step && errorCode !== null ? errorId : undefined;

  const domain = 'domain' in screen ? screen.domain : '';
  const connectionLabel = (connection: SsoConnection) =>
    formatMessage(messages.continueWith, { provider: connection.displayName ?? connection.name });

  const [onlyConnection] = screen.step === 'sso' ? screen.connections : [];
  const submitLabel =
    screen.step === 'password'
      ? messages.signIn
      : screen.step !== 'sso'
        ? messages.continue
        : onlyConnection
          ? connectionLabel(onlyConnection)
          : messages.continueWithSso;

  const statusMessage =
    state.step === 'discovering'
      ? formatMessage(messages.checking, { domain })
      : state.step === 'submitting'
        ? messages.signingIn
        : state.step === 'redirecting'
          ? messages.redirecting
          : '';

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    // Never let the browser submit the form: a GET would put the password in the URL.
    event.preventDefault();
    setSubmits((count) => count + 1);
    switch (state.step) {
      case 'email':
        flow.submitEmail();
        return;
      case 'password':
        flow.submitPassword(passwordRef.current?.value ?? '');
        return;
      case 'sso':
        flow.continueWithSso();
        return;
      case 'unknown':
        flow.continueToHostedLogin();
        return;
      default:
      // Discovering, submitting or redirecting: a second submit is ignored.
    }
  }

  return {
    state,
    screen,
    flow,
    busy,
    messages,
    errorMessage,
    errorKey: submits,
    statusMessage,
    submitLabel,
    connectionLabel,
    rootProps: {
      ref: rootRef,
      'data-slot': 'root',
      'data-step': state.step,
      ...(locale === undefined ? {} : { lang: locale, dir: directionOf(locale) }),
    },
    formProps: {
      'data-slot': 'form',
      // Without JavaScript the form must not submit at all; `post` keeps it out of the URL if it does.
      method: 'post',
      noValidate: true,
      onSubmit,
    },
    emailLabelProps: { 'data-slot': 'email-label', htmlFor: emailId },
    emailInputProps: {
      'data-slot': 'email-input',
      id: emailId,
      type: 'email',
      autoComplete: 'username',
      autoCapitalize: 'none',
      autoCorrect: 'off',
      spellCheck: false,
      required: true,
      readOnly: busy,
      value: 'input' in screen ? screen.input : screen.email,
      onChange: (event) => flow.setEmail(event.currentTarget.value),
      'aria-invalid': (state.step === 'email' && invalid) || undefined,
      'aria-describedby': describedBy('email'),
    },
    passwordLabelProps: { 'data-slot': 'password-label', htmlFor: passwordId },
    passwordInputProps: {
      'data-slot': 'password-input',
      ref: passwordRef,
      id: passwordId,
      // No `name`: even a native submit could not send the password anywhere.
      type: 'password',
      autoComplete: 'current-password',
      required: true,
      readOnly: busy,
      'aria-invalid': (state.step === 'password' && invalid) || undefined,
      'aria-describedby': describedBy('password'),
    },
    submitProps: {
      'data-slot': 'submit',
      type: 'submit',
      // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
      'aria-disabled': busy || state.step === 'discovering' || undefined,
    },
    backProps: {
      'data-slot': 'back',
      type: 'button',
      'aria-disabled': busy || undefined,
      onClick: () => flow.back(),
    },
    connectionProps: (connection) => ({
      'data-slot': 'connection',
      type: 'button',
      value: connection.name,
      'aria-disabled': busy || undefined,
      'aria-describedby': describedBy('sso'),
      onClick: () => {
        setSubmits((count) => count + 1);
        flow.continueWithSso(connection.name);
      },
    }),
    connectionGroupProps: { 'data-slot': 'connections', role: 'group', 'aria-labelledby': groupId },
    connectionGroupLabelProps: { 'data-slot': 'connections-label', id: groupId },
    statusProps: { 'data-slot': 'status', id: statusId, role: 'status' },
    alertProps: { 'data-slot': 'error', id: errorId, role: 'alert' },
  };
}

/** The control each step puts the focus on. */
const focusTargets: Partial<Record<LoginState['step'], string>> = {
  email: '[data-slot="email-input"]',
  password: '[data-slot="password-input"]',
  sso: '[data-slot="connection"],[data-slot="submit"]',
  unknown: '[data-slot="submit"]',
};

/**
 * Moves focus to the control the new step asks for (the password field, the
 * SSO button...), or back to the field of an error, unless the user has put
 * the focus somewhere else on the page.
 */
function useFocusOnStepChange(
  rootRef: RefObject<HTMLDivElement | null>,
  state: LoginState,
  autoFocus: boolean,
): void {
  const previous = useRef<LoginState | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    const root = rootRef.current;
    const selector = focusTargets[state.step];
    if (
      !root ||
      !selector ||
      !(before ? before.step !== state.step || ('error' in state && state.error) : autoFocus)
    ) {
      return;
    }
    const { activeElement, body } = root.ownerDocument;
    if (before && activeElement && activeElement !== body && !root.contains(activeElement)) return;
    const target = root.querySelector<HTMLElement>(selector);
    target?.focus();
    // After a refused password, typing replaces it.
    if (target instanceof HTMLInputElement && state.step === 'password') target.select();
  }, [rootRef, state, autoFocus]);
}
