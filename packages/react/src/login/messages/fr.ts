import type { LoginMessages } from './en.js';

/**
 * The French messages of the email-first login.
 *
 * @example
 * ```tsx
 * <EmailFirstLogin {...options} locale="fr" messages={loginMessagesFr} />
 * ```
 */
export const loginMessagesFr = {
  emailLabel: 'Adresse e-mail',
  passwordLabel: 'Mot de passe',
  continue: 'Continuer',
  signIn: 'Se connecter',
  checking: 'Vérification de {domain}…',
  signingIn: 'Connexion en cours…',
  redirecting: 'Redirection…',
  useDifferentEmail: 'Utiliser une autre adresse e-mail',
  forgotPassword: 'Mot de passe oublié\u202f?',
  signUp: 'Créer un compte',
  ssoEnabled: 'L’authentification unique est activée pour {domain}',
  continueWith: 'Continuer avec {provider}',
  continueWithSso: 'Continuer avec l’authentification unique',
  chooseProvider: 'Choisissez comment vous connecter',
  hostedNotice: 'Vous terminerez la connexion sur une page sécurisée.',
  errorEmailRequired: 'Saisissez votre adresse e-mail.',
  errorEmailFormat: 'Saisissez une adresse e-mail comme nom@example.com.',
  errorEmailSpaces: 'Supprimez les espaces de votre adresse e-mail.',
  errorEmailTooLong: 'Cette adresse e-mail est trop longue.',
  errorEmailDomain: 'La partie après le @ n’est pas un domaine valide.',
  errorPasswordRequired: 'Saisissez votre mot de passe.',
  errorCredentials: 'Adresse e-mail ou mot de passe incorrect.',
  errorTooManyAttempts: 'Trop de tentatives. Patientez quelques minutes, puis réessayez.',
  errorNetwork: 'Connexion impossible. Vérifiez votre connexion, puis réessayez.',
  errorMisconfigured:
    'La connexion n’est pas disponible pour le moment. Contactez votre administrateur.',
  errorUnexpected: 'Une erreur s’est produite. Veuillez réessayer.',
  errorChooseProvider: 'Choisissez l’une des options de connexion.',
} satisfies LoginMessages;
