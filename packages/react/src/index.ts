// Email-first login
export { EmailFirstLogin } from './login/email-first-login.js';
export type { EmailFirstLoginProps, EmailFirstLoginViewProps } from './login/email-first-login.js';
export { useEmailFirstLogin } from './login/use-email-first-login.js';
export type {
  EmailFirstLoginSettings,
  ExternalFlowOptions,
  LoginScreen,
  OwnedFlowOptions,
  UseEmailFirstLoginOptions,
  UseEmailFirstLoginResult,
} from './login/use-email-first-login.js';
export type { LoginPorts } from './login/use-owned-login-flow.js';
export type { InitialEmailOptions } from './login/initial-email.js';
export { loginMessagesEn } from './login/messages/en.js';
export type { LoginMessages } from './login/messages/en.js';
export { loginMessagesAr } from './login/messages/ar.js';
export { loginMessagesDe } from './login/messages/de.js';
export { loginMessagesEs } from './login/messages/es.js';
export { loginMessagesFr } from './login/messages/fr.js';
export { loginMessagesJa } from './login/messages/ja.js';

// Locales
export { directionOf, resolveLocale, SUPPORTED_LOCALES } from './i18n/locale.js';
export type { Direction, Locale } from './i18n/locale.js';
