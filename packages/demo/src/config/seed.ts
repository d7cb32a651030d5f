import type { Directory, DirectoryConnection } from '@tenantkit/core';
import seed from '@tenantkit/dev-idp/seeds/default.json' with { type: 'json' };
import { idpConfig } from './idp-config.js';

// The demo shows the dev-idp's default seed, so it reads it rather than
// repeating its accounts and connections (its passwords are public demo data).

/**
 * A demo account to sign in with, and what it shows.
 *
 * @example
 * ```ts
 * const account: DemoAccount = { email: 'ana@acme.test', name: 'Ana Acme', password: null, hint: '…' };
 * ```
 */
export interface DemoAccount {
  readonly email: string;
  readonly name: string;
  /** `null` for SSO users: they sign in on their identity provider's page. */
  readonly password: string | null;
  readonly hint: string;
}

const hints: readonly (readonly [email: string, hint: string])[] = [
  ['employee@example.com', 'Admin in team-1 (every channel), employee in team-2 (two channels).'],
  ['user@example.com', 'A personal account and two companies; member of two Organizations.'],
  ['many@example.com', 'A personal account and 1,000 teams: the switcher offers search.'],
  ['ana@acme.test', 'Single sign-on through “Acme Okta”: no password field, ever.'],
  ['gus@globex-corp.test', 'Single sign-on for a company with two domains.'],
  [
    'ian@initech.test',
    'Two identity providers claim this domain: pick one (with client-info or directory discovery).',
  ],
];

/**
 * The accounts the sign-in page suggests, from the seed.
 *
 * @example
 * ```tsx
 * demoAccounts.map((account) => <li key={account.email}>{account.email}</li>);
 * ```
 */
export const demoAccounts: readonly DemoAccount[] = hints.flatMap(([email, hint]) => {
  const user = seed.users.find((candidate) => candidate.email === email);
  if (user === undefined) return [];
  return [{ email, name: user.name, password: 'password' in user ? user.password : null, hint }];
});

// The fields of a seed connection the directory needs; database ones have no domains.
interface SeedConnection {
  readonly name: string;
  readonly domains?: readonly string[] | undefined;
  readonly displayName?: string | undefined;
}

const demoClient = seed.clients.find((client) => client.clientId === idpConfig.clientId);
const enabled = new Set<string>(demoClient?.connections ?? []);

/**
 * The demo application's connections as a directory, for "directory"
 * discovery: the app knows which domains sign in where, with no request.
 *
 * @example
 * ```tsx
 * <Auth0EmailFirstLogin realmSource={() => createDirectoryResolver(seedDirectory)} … />
 * ```
 */
export const seedDirectory: Directory = {
  connections: seed.connections
    .filter((connection) => enabled.has(connection.name))
    .map(({ name, domains, displayName }: SeedConnection): DirectoryConnection =>
      domains === undefined
        ? { name, kind: 'password' }
        : { name, kind: 'sso', domains, ...(displayName === undefined ? {} : { displayName }) },
    ),
  defaultConnection: idpConfig.databaseConnection,
  // initech.test is claimed by two connections: its users choose.
  allowSharedSsoDomains: true,
};

/**
 * The seed's organizations, for the "sign in to an organization" setting.
 *
 * @example
 * ```tsx
 * seedOrganizations.map((org) => <option key={org.id} value={org.id}>{org.displayName}</option>);
 * ```
 */
export const seedOrganizations: readonly { readonly id: string; readonly displayName: string }[] =
  seed.organizations.map(({ id, displayName }) => ({ id, displayName }));
