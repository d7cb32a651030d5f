import type { LoginMessages } from './en.js';

/**
 * The German messages of the email-first login.
 *
 * @example
 * ```tsx
 * <EmailFirstLogin {...options} locale="de" messages={loginMessagesDe} />
 * ```
 */
export const loginMessagesDe = {
  emailLabel: 'E-Mail',
  passwordLabel: 'Passwort',
  continue: 'Weiter',
  signIn: 'Anmelden',
  checking: '{domain} wird geprüft …',
  signingIn: 'Anmeldung läuft …',
  redirecting: 'Weiterleitung …',
  useDifferentEmail: 'Andere E-Mail-Adresse verwenden',
  forgotPassword: 'Passwort vergessen?',
  signUp: 'Registrieren',
  ssoEnabled: 'Single Sign-on ist für {domain} aktiviert',
  continueWith: 'Weiter mit {provider}',
  continueWithSso: 'Weiter mit Single Sign-on',
  chooseProvider: 'Wählen Sie, wie Sie sich anmelden',
  hostedNotice: 'Sie schließen die Anmeldung auf einer sicheren Seite ab.',
  errorEmailRequired: 'Geben Sie Ihre E-Mail-Adresse ein.',
  errorEmailFormat: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  errorEmailSpaces: 'Entfernen Sie die Leerzeichen aus Ihrer E-Mail-Adresse.',
  errorEmailTooLong: 'Diese E-Mail-Adresse ist zu lang.',
  errorEmailDomain: 'Der Teil nach dem @ ist keine gültige Domain.',
  errorPasswordRequired: 'Geben Sie Ihr Passwort ein.',
  errorCredentials: 'E-Mail-Adresse oder Passwort ist falsch.',
  errorTooManyAttempts:
    'Zu viele Versuche. Warten Sie einige Minuten und versuchen Sie es dann erneut.',
  errorNetwork: 'Keine Verbindung möglich. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorMisconfigured:
    'Die Anmeldung ist derzeit nicht verfügbar. Bitte wenden Sie sich an Ihre Administration.',
  errorUnexpected: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  errorChooseProvider: 'Wählen Sie eine der Anmeldeoptionen.',
} satisfies LoginMessages;
