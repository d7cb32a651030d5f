// Login
export { createStaticLoginFlow } from '../login/create-static-login-flow.js';
export type { LoginFlowAction } from '../login/create-static-login-flow.js';
export { createFakeAuthenticator } from './create-fake-authenticator.js';
export type {
  AuthenticatorCall,
  FakeAuthenticator,
  FakeAuthenticatorOptions,
} from './create-fake-authenticator.js';
export { seedDirectory } from './seed-directory.js';

// Tenants
export { MockTenantProvider } from './mock-tenant-provider.js';
export type { MockTenantProviderProps } from './mock-tenant-provider.js';
export { createTenant, createTenants } from './create-tenant.js';
export type { TenantInput } from './create-tenant.js';
export { seedTenants } from './seed-tenants.js';
