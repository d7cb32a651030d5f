import type { EmailError } from '../email/parse-email.js';
import type { SsoConnection, UnknownRealmReason } from '../realm/realm.js';
import type { AuthenticationErrorCode } from './authentication-error.js';

/**
 * Every step of the email-first login flow, in the order a user usually meets
 * them. A widget renders the current one as `data-step`.
 *
 * @example
 * ```ts
 * for (const step of loginSteps) console.log(`[data-step="${step}"]`);
 * ```
 */
export const loginSteps = [
  'email',
  'discovering',
  'password',
  'sso',
  'unknown',
  'submitting',
  'redirecting',
] as const;

/**
 * One step of the login flow (see {@link LoginState}).
 *
 * @example
 * ```ts
 * const step: LoginStep = flow.getSnapshot().step;
 * ```
 */
export type LoginStep = (typeof loginSteps)[number];

/**
 * How the user is being signed in: with a password, through an enterprise
 * connection, or on the identity provider's hosted login page.
 *
 * @example
 * ```ts
 * const state = flow.getSnapshot();
 * if (state.step === 'submitting' && state.method === 'sso') showSpinner();
 * ```
 */
export type LoginMethod = 'password' | 'sso' | 'hosted';

/**
 * Why the password step shows an error: the password was empty, or the
 * authenticator refused it. A wrong password, an unknown user and a blocked
 * account are all `invalid-credentials`.
 *
 * @example
 * ```ts
 * const code: PasswordStepError = 'password-required';
 * ```
 */
export type PasswordStepError = 'password-required' | AuthenticationErrorCode;

/**
 * Why the SSO step shows an error: several connections are offered and none
 * was chosen, the chosen one is not offered, or the authenticator failed.
 *
 * @example
 * ```ts
 * const code: SsoStepError = 'connection-required';
 * ```
 */
export type SsoStepError =
  'connection-required' | 'connection-not-offered' | AuthenticationErrorCode;

/**
 * Every error code a login step can carry; message catalogues key on it.
 *
 * @example
 * ```ts
 * const messages: Record<LoginErrorCode, string> = { ... };
 * ```
 */
export type LoginErrorCode = EmailStepError | PasswordStepError | SsoStepError;

/**
 * Why the email step shows an error: the submitted email was refused, or a
 * sign-in started from this step (see `passwordEntry: 'hosted-page'`) failed.
 *
 * @example
 * ```ts
 * const code: EmailStepError = 'redirect-failed';
 * ```
 */
export type EmailStepError = EmailError | AuthenticationErrorCode;

/**
 * The user types an email. `error` explains why the last submitted one was
 * refused, or why the sign-in it started failed.
 *
 * @example
 * ```ts
 * { step: 'email', input: 'ana@', error: 'invalid-domain' }
 * ```
 */
export interface EmailState {
  readonly step: 'email';
  /** The text as typed. */
  readonly input: string;
  readonly error: EmailStepError | null;
}

/**
 * The realm of the canonical email is being looked up. The email field stays
 * editable: editing it cancels the lookup.
 *
 * @example
 * ```ts
 * { step: 'discovering', input: 'Ana@ACME.test', email: 'Ana@acme.test', domain: 'acme.test' }
 * ```
 */
export interface DiscoveringState {
  readonly step: 'discovering';
  /** The text as typed. */
  readonly input: string;
  /** The canonical email being looked up. */
  readonly email: string;
  readonly domain: string;
}

/**
 * A database connection signs the user in: the only step with a password field.
 * The password itself is never part of the state.
 *
 * @example
 * ```ts
 * { step: 'password', email: 'ana@example.com', domain: 'example.com',
 *   connection: 'Username-Password-Authentication', error: null }
 * ```
 */
export interface PasswordState {
  readonly step: 'password';
  readonly email: string;
  readonly domain: string;
  readonly connection: string;
  readonly error: PasswordStepError | null;
}

/**
 * An enterprise connection owns the domain: no password is asked for.
 * Several `connections` mean the user chooses one; none means the identity
 * provider picks it from the email.
 *
 * @example
 * ```ts
 * { step: 'sso', email: 'ana@acme.test', domain: 'acme.test',
 *   connections: [{ name: 'acme-okta', displayName: 'Acme Okta' }], error: null }
 * ```
 */
export interface SsoState {
  readonly step: 'sso';
  readonly email: string;
  readonly domain: string;
  readonly connections: readonly SsoConnection[];
  readonly error: SsoStepError | null;
}

/**
 * Discovery could not tell how the domain signs in; the user continues on the
 * hosted login page, with the email as a login hint. No password is asked for.
 *
 * @example
 * ```ts
 * { step: 'unknown', email: 'ana@example.org', domain: 'example.org', reason: 'timeout', error: null }
 * ```
 */
export interface UnknownState {
  readonly step: 'unknown';
  readonly email: string;
  readonly domain: string;
  readonly reason: UnknownRealmReason;
  readonly error: AuthenticationErrorCode | null;
}

/**
 * The steps a sign-in attempt starts from, and returns to (with an `error`)
 * when it fails. It starts from the email step when password users continue
 * on the hosted page (`passwordEntry: 'hosted-page'`).
 *
 * @example
 * ```ts
 * const origin: SignInState = flow.getSnapshot() as SignInState;
 * ```
 */
export type SignInState = EmailState | PasswordState | SsoState | UnknownState;

/**
 * An authenticator call is in flight. `from` is the step it started from, so
 * a widget can keep that form on screen, disabled.
 *
 * @example
 * ```ts
 * { step: 'submitting', method: 'hosted', email: 'ana@example.org',
 *   domain: 'example.org', connection: null, from: unknownState }
 * ```
 */
export interface SubmittingState {
  readonly step: 'submitting';
  readonly method: LoginMethod;
  readonly email: string;
  readonly domain: string;
  /** The connection asked for; `null` when the identity provider chooses. */
  readonly connection: string | null;
  readonly from: SignInState;
}

/**
 * The authenticator accepted: the browser is leaving the page. Nothing but
 * `reset()` leaves this step.
 *
 * @example
 * ```ts
 * { step: 'redirecting', method: 'sso', email: 'ana@acme.test', domain: 'acme.test', connection: 'acme-okta' }
 * ```
 */
export interface RedirectingState {
  readonly step: 'redirecting';
  readonly method: LoginMethod;
  readonly email: string;
  readonly domain: string;
  readonly connection: string | null;
}

/**
 * The state of an email-first login: exactly one step at a time, each with
 * only the fields that step needs. Snapshots are frozen and keep their
 * identity until the state changes.
 *
 * @example
 * ```ts
 * const state: LoginState = flow.getSnapshot();
 * switch (state.step) {
 *   case 'password':
 *     return renderPassword(state.email, state.error);
 *   // ...one case per step
 * }
 * ```
 */
export type LoginState =
  | EmailState
  | DiscoveringState
  | PasswordState
  | SsoState
  | UnknownState
  | SubmittingState
  | RedirectingState;
