export { MockAuth0Provider } from './mock-auth0-provider.js';
export type { MockAuth0ProviderProps } from './mock-auth0-provider.js';
export { createTenantClaims } from './create-tenant-claims.js';
export type {
  OrganizationMetadata,
  TenantClaimsInput,
  TenantMetadata,
} from './create-tenant-claims.js';
export { createIdTokenClaims } from './create-id-token-claims.js';
export type { IdTokenClaims, IdTokenClaimsInput } from './create-id-token-claims.js';
export { seedUsers } from './seed-users.js';
