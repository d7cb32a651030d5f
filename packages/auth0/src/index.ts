// Email-first login on Auth0
export { Auth0EmailFirstLogin } from './login/auth0-email-first-login.js';
export type { Auth0EmailFirstLoginProps } from './login/auth0-email-first-login.js';
export { useAuth0Authenticator } from './login/use-auth0-authenticator.js';
export type {
  Auth0AuthenticatorOptions,
  EmbeddedPasswordOptions,
  PasswordMode,
  UniversalLoginPasswordOptions,
} from './login/use-auth0-authenticator.js';
export { embeddedPasswords } from './login/cross-origin-authenticate.js';
export type {
  CrossOriginFetch,
  CrossOriginRequestInit,
  CrossOriginResponse,
  EmbeddedPasswordMode,
} from './login/cross-origin-authenticate.js';
export {
  DEFAULT_DATABASE_CONNECTION,
  useAuth0RealmResolver,
  webFingerDiscovery,
} from './login/use-auth0-realm-resolver.js';
export type {
  Auth0RealmResolverOptions,
  Auth0RealmSource,
} from './login/use-auth0-realm-resolver.js';
export { clientInfoDiscovery } from './login/client-info-discovery.js';
export { safeReturnTo } from './login/safe-return-to.js';

// Tenants from Auth0 claims or Organizations
export { Auth0TenantProvider } from './tenants/auth0-tenant-provider.js';
export type { Auth0TenantMode, Auth0TenantProviderProps } from './tenants/auth0-tenant-provider.js';
export { useOrganizationMismatch } from './tenants/use-organization-mismatch.js';
export type { OrganizationMismatch, SwitchStorage } from './tenants/pending-organization-switch.js';
