// Email
export { parseEmail } from './email/parse-email.js';
export type { EmailError, ParsedEmail, ParseEmailResult } from './email/parse-email.js';
export { parseDomain } from './email/parse-domain.js';
export type { DomainError, ParseDomainResult } from './email/parse-domain.js';

// Login flow
export { createLoginFlow } from './login/create-login-flow.js';
export type { LoginFlow, LoginFlowOptions, PasswordEntry } from './login/create-login-flow.js';
export { loginSteps } from './login/login-state.js';
export type {
  DiscoveringState,
  EmailState,
  EmailStepError,
  LoginErrorCode,
  LoginMethod,
  LoginState,
  LoginStep,
  PasswordState,
  PasswordStepError,
  RedirectingState,
  SignInState,
  SsoState,
  SsoStepError,
  SubmittingState,
  UnknownState,
} from './login/login-state.js';
export { AuthenticationError, isAuthenticationError } from './login/authentication-error.js';
export type { AuthenticationErrorCode } from './login/authentication-error.js';
export type {
  Authenticator,
  HostedLoginRequest,
  PasswordLoginRequest,
  SsoLoginRequest,
} from './login/authenticator.js';

// Home realm discovery
export type {
  DiscoveryFetch,
  DiscoveryRequestInit,
  DiscoveryResponse,
  Realm,
  RealmResolver,
  ResolveRealmOptions,
  SsoConnection,
  UnknownRealmReason,
} from './realm/realm.js';
export { createDirectoryResolver } from './realm/create-directory-resolver.js';
export type { Directory, DirectoryConnection } from './realm/directory.js';
export {
  createWebFingerResolver,
  DEFAULT_DISCOVERY_TIMEOUT_MS,
} from './realm/create-webfinger-resolver.js';
export type { WebFingerResolverOptions } from './realm/create-webfinger-resolver.js';
export { createClientInfoResolver } from './realm/create-client-info-resolver.js';
export type { ClientInfoResolverOptions } from './realm/create-client-info-resolver.js';
export { withRealmCache } from './realm/with-realm-cache.js';
export type { RealmCacheOptions } from './realm/with-realm-cache.js';

// Tenants
export type { Tenant, TenantKind } from './tenants/tenant.js';
export {
  DEFAULT_ORGANIZATIONS_CLAIM,
  DEFAULT_TENANTS_CLAIM,
  readTenants,
} from './tenants/read-tenants.js';
export type { ReadTenantsOptions } from './tenants/read-tenants.js';
export { can, hasChannel, hasRole } from './tenants/permissions.js';
export type { AccessCheck } from './tenants/permissions.js';
export { definePolicy } from './tenants/policy.js';
export type { PermissionOf, Policy } from './tenants/policy.js';
export { createTenantStore } from './tenants/tenant-store.js';
export type {
  ActiveTenantRemoval,
  SelectTenantResult,
  TenantStore,
  TenantStoreOptions,
  TenantStoreSnapshot,
} from './tenants/tenant-store.js';
export { DEFAULT_STORAGE_KEY } from './tenants/active-tenant-persistence.js';
export type {
  StorageEventLike,
  StorageEventSource,
  TenantScope,
  TenantStorage,
} from './tenants/active-tenant-persistence.js';
