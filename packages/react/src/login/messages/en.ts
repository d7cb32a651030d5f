/**
 * The English messages of the email-first login: the source catalogue whose
 * shape every other locale `satisfies`. `{domain}` and `{provider}` are filled
 * in as text, never as markup.
 *
 * @example
 * ```tsx
 * <EmailFirstLogin {...options} messages={{ ...loginMessagesEn, signIn: 'Log in' }} />
 * ```
 */
export const loginMessagesEn = {
  emailLabel: 'Email',
  passwordLabel: 'Password',
  continue: 'Continue',
  signIn: 'Sign in',
  checking: 'Checking {domain}…',
  signingIn: 'Signing in…',
  redirecting: 'Redirecting…',
  useDifferentEmail: 'Use a different email',
  forgotPassword: 'Forgot password?',
  signUp: 'Sign up',
  ssoEnabled: 'Single sign-on is enabled for {domain}',
  continueWith: 'Continue with {provider}',
  continueWithSso: 'Continue with single sign-on',
  chooseProvider: 'Choose how to sign in',
  hostedNotice: 'You will finish signing in on a secure page.',
  errorEmailRequired: 'Enter your email address.',
  errorEmailFormat: 'Enter an email address like name@example.com.',
  errorEmailSpaces: 'Remove the spaces from your email address.',
  errorEmailTooLong: 'This email address is too long.',
  errorEmailDomain: 'The part after the @ is not a valid domain.',
  errorPasswordRequired: 'Enter your password.',
  errorCredentials: 'Wrong email or password.',
  errorTooManyAttempts: 'Too many attempts. Wait a few minutes, then try again.',
  errorNetwork: 'We could not connect. Check your connection and try again.',
  errorMisconfigured: 'Sign-in is not available right now. Please contact your administrator.',
  errorUnexpected: 'Something went wrong. Please try again.',
  errorChooseProvider: 'Choose one of the sign-in options.',
};

/**
 * Every text of the email-first login. Pass a partial object to override
 * some strings, or a whole catalogue to translate.
 *
 * @example
 * ```ts
 * const messages: Partial<LoginMessages> = { continue: 'Next' };
 * ```
 */
export type LoginMessages = Readonly<Record<keyof typeof loginMessagesEn, string>>;
