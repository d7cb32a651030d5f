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

// Tenants and permissions
export { TenantProvider } from './tenants/tenant-provider.js';
export type { SwitchRequestOutcome, TenantProviderProps } from './tenants/tenant-provider.js';
export { useActiveTenant } from './tenants/use-active-tenant.js';
export { useTenants } from './tenants/use-tenants.js';
export { useTenant } from './tenants/use-tenant.js';
export type { UseTenantResult } from './tenants/use-tenant.js';
export { usePermission } from './tenants/use-permission.js';
export { Can } from './tenants/can.js';
export type { CanProps } from './tenants/can.js';

// Tenant switcher
export {
  TenantSwitcher,
  TenantSwitcherAction,
  TenantSwitcherContent,
  TenantSwitcherList,
  TenantSwitcherRoot,
  TenantSwitcherSearch,
  TenantSwitcherSeparator,
  TenantSwitcherStatus,
  TenantSwitcherTrigger,
} from './tenants/tenant-switcher.js';
export type {
  TenantSwitcherContentProps,
  TenantSwitcherProps,
  TenantSwitcherRootProps,
  TenantSwitcherTriggerProps,
} from './tenants/tenant-switcher.js';
export { TenantAvatar } from './tenants/tenant-avatar.js';
export type { TenantAvatarProps } from './tenants/tenant-avatar.js';
export type { TenantSwitcherMessages } from './tenants/messages/en.js';
export { tenantSwitcherAr } from './tenants/messages/ar.js';
export { tenantSwitcherDe } from './tenants/messages/de.js';
export { tenantSwitcherEn } from './tenants/messages/en.js';
export { tenantSwitcherEs } from './tenants/messages/es.js';
export { tenantSwitcherFr } from './tenants/messages/fr.js';
export { tenantSwitcherJa } from './tenants/messages/ja.js';

// Locales
export { formatPlural } from './i18n/plural.js';
export type { PluralMessage } from './i18n/plural.js';
export { directionOf, resolveLocale, SUPPORTED_LOCALES } from './i18n/locale.js';
export type { Direction, Locale } from './i18n/locale.js';
