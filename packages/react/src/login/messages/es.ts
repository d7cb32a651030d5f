import type { LoginMessages } from './en.js';

/**
 * The Spanish messages of the email-first login.
 *
 * @example
 * ```tsx
 * <EmailFirstLogin {...options} locale="es" messages={loginMessagesEs} />
 * ```
 */
export const loginMessagesEs = {
  emailLabel: 'Correo electrónico',
  passwordLabel: 'Contraseña',
  continue: 'Continuar',
  signIn: 'Iniciar sesión',
  checking: 'Comprobando {domain}…',
  signingIn: 'Iniciando sesión…',
  redirecting: 'Redirigiendo…',
  useDifferentEmail: 'Usar otro correo electrónico',
  forgotPassword: '¿Olvidaste tu contraseña?',
  signUp: 'Registrarse',
  ssoEnabled: 'El inicio de sesión único está activado para {domain}',
  continueWith: 'Continuar con {provider}',
  continueWithSso: 'Continuar con inicio de sesión único',
  chooseProvider: 'Elige cómo iniciar sesión',
  hostedNotice: 'Terminarás de iniciar sesión en una página segura.',
  errorEmailRequired: 'Introduce tu correo electrónico.',
  errorEmailFormat: 'Introduce un correo electrónico como nombre@example.com.',
  errorEmailSpaces: 'Quita los espacios de tu correo electrónico.',
  errorEmailTooLong: 'Este correo electrónico es demasiado largo.',
  errorEmailDomain: 'La parte después de la @ no es un dominio válido.',
  errorPasswordRequired: 'Introduce tu contraseña.',
  errorCredentials: 'Correo electrónico o contraseña incorrectos.',
  errorTooManyAttempts: 'Demasiados intentos. Espera unos minutos y vuelve a intentarlo.',
  errorNetwork: 'No hemos podido conectar. Comprueba tu conexión y vuelve a intentarlo.',
  errorMisconfigured:
    'El inicio de sesión no está disponible ahora. Ponte en contacto con tu administrador.',
  errorUnexpected: 'Algo salió mal. Vuelve a intentarlo.',
  errorChooseProvider: 'Elige una de las opciones de inicio de sesión.',
} satisfies LoginMessages;
