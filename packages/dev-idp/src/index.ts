export { startDevIdp } from './start-dev-idp.js';
export type { DevIdp, StartDevIdpOptions } from './start-dev-idp.js';
export { parseSeed } from './seed/parse-seed.js';
export type { ParseSeedResult } from './seed/parse-seed.js';
export { defaultSeedPath, loadSeed, readDefaultSeed } from './seed/load-seed.js';
export type {
  Client,
  Connection,
  DatabaseConnection,
  EnterpriseStrategy,
  Organization,
  PasswordPolicy,
  Seed,
  SeedClientDocument,
  SeedConnectionDocument,
  SeedDocument,
  SeedOrganizationDocument,
  SeedUser,
  SeedUserDocument,
  SsoConnection,
} from './seed/seed.js';
