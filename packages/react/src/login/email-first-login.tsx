import { formatNodes } from './format-nodes.js';
import { useEmailFirstLogin, type UseEmailFirstLoginOptions } from './use-email-first-login.js';

/**
 * What {@link EmailFirstLogin} adds to the hook's options.
 *
 * @example
 * ```ts
 * const view: EmailFirstLoginViewProps = { onForgotPassword: (email) => openReset(email) };
 * ```
 */
export interface EmailFirstLoginViewProps {
  /** Shows "Forgot password?" on the password step; receives the email. */
  readonly onForgotPassword?: ((email: string) => void) | undefined;
  /** Shows "Sign up" on the email and password steps; receives the email typed so far. */
  readonly onSignUp?: ((email: string) => void) | undefined;
  /** Leaves out `data-tk="login"`, the hook the optional stylesheet styles: nothing is styled. */
  readonly unstyled?: boolean | undefined;
  readonly className?: string | undefined;
}

/**
 * Props of {@link EmailFirstLogin}: the options of `useEmailFirstLogin` plus the view's own.
 *
 * @example
 * ```ts
 * const props: EmailFirstLoginProps = { resolveRealm, authenticator, onSignUp: () => navigate('/signup') };
 * ```
 */
export type EmailFirstLoginProps = UseEmailFirstLoginOptions & EmailFirstLoginViewProps;

/**
 * An email-first login form. The user types an email; a domain that belongs
 * to an SSO connection continues to its identity provider and never sees a
 * password field; other users get a password step; when discovery fails, the
 * user continues on the hosted login page. A thin view over
 * {@link useEmailFirstLogin}: import `@tenantkit/react/styles.css` for the
 * optional look, or style the `data-step` / `data-slot` attributes yourself.
 *
 * @example
 * ```tsx
 * const resolveRealm = createDirectoryResolver({
 *   connections: [
 *     { name: 'acme-okta', kind: 'sso', domains: ['acme.test'], displayName: 'Acme Okta' },
 *     { name: 'Username-Password-Authentication', kind: 'password' },
 *   ],
 *   defaultConnection: 'Username-Password-Authentication',
 * });
 * <EmailFirstLogin resolveRealm={resolveRealm} authenticator={authenticator} />;
 * ```
 */
export function EmailFirstLogin(props: EmailFirstLoginProps) {
  const { onForgotPassword, onSignUp, unstyled = false, className, ...options } = props;
  const login = useEmailFirstLogin(options);
  const { screen, messages } = login;
  const email = 'input' in screen ? screen.input : screen.email;
  const choice = screen.step === 'sso' && screen.connections.length > 1 ? screen.connections : null;
  return (
    <div {...login.rootProps} data-tk={unstyled ? undefined : 'login'} className={className}>
      <form {...login.formProps}>
        <div data-slot="field">
          <label {...login.emailLabelProps}>{messages.emailLabel}</label>
          <input {...login.emailInputProps} />
        </div>
        {screen.step === 'password' && (
          <div data-slot="field">
            <label {...login.passwordLabelProps}>{messages.passwordLabel}</label>
            <input {...login.passwordInputProps} />
          </div>
        )}
        {screen.step === 'sso' && (
          <p data-slot="notice">{formatNodes(messages.ssoEnabled, { domain: screen.domain })}</p>
        )}
        {screen.step === 'unknown' && <p data-slot="notice">{messages.hostedNotice}</p>}
        <div {...login.alertProps}>
          {login.errorMessage !== null && <span key={login.errorKey}>{login.errorMessage}</span>}
        </div>
        <div {...login.statusProps}>{login.statusMessage}</div>
        {choice === null ? (
          <button {...login.submitProps}>{login.submitLabel}</button>
        ) : (
          <div {...login.connectionGroupProps}>
            <p {...login.connectionGroupLabelProps}>{messages.chooseProvider}</p>
            {choice.map((connection) => (
              <button key={connection.name} {...login.connectionProps(connection)}>
                {login.connectionLabel(connection)}
              </button>
            ))}
          </div>
        )}
        {screen.step === 'password' && onForgotPassword && (
          <button type="button" data-slot="forgot-password" onClick={() => onForgotPassword(email)}>
            {messages.forgotPassword}
          </button>
        )}
        {(screen.step === 'password' || screen.step === 'sso' || screen.step === 'unknown') && (
          <button {...login.backProps}>{messages.useDifferentEmail}</button>
        )}
      </form>
      {onSignUp && screen.step !== 'sso' && screen.step !== 'unknown' && (
        <button type="button" data-slot="sign-up" onClick={() => onSignUp(email)}>
          {messages.signUp}
        </button>
      )}
    </div>
  );
}
