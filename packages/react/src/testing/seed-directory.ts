import type { Directory } from '@tenantkit/core';

/**
 * The connections of the dev identity provider's seed, as a directory for
 * `createDirectoryResolver`: password users on `tenantkit-users`, and SSO
 * domains that hide the password — `acme.test` (one identity provider,
 * Acme Okta), `globex.test` and `globex-corp.test` (one provider, two
 * domains), and `initech.test` (two providers to choose from).
 *
 * @example
 * ```tsx
 * <EmailFirstLogin
 *   resolveRealm={createDirectoryResolver(seedDirectory)}
 *   authenticator={createFakeAuthenticator()}
 * />
 * ```
 */
export const seedDirectory: Directory = {
  connections: [
    { name: 'tenantkit-users', kind: 'password' },
    { name: 'acme-okta', kind: 'sso', domains: ['acme.test'], displayName: 'Acme Okta' },
    {
      name: 'globex-saml',
      kind: 'sso',
      domains: ['globex.test', 'globex-corp.test'],
      displayName: 'Globex SSO',
    },
    {
      name: 'initech-azure-ad',
      kind: 'sso',
      domains: ['initech.test'],
      displayName: 'Initech Azure AD',
    },
    { name: 'initech-okta', kind: 'sso', domains: ['initech.test'], displayName: 'Initech Okta' },
  ],
  defaultConnection: 'tenantkit-users',
  // initech.test signs in through either of two identity providers: the user chooses.
  allowSharedSsoDomains: true,
};
