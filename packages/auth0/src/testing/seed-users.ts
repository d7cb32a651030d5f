import { createIdTokenClaims, type IdTokenClaims } from './create-id-token-claims.js';

/**
 * ID token claims of the seed users, exactly as the dev identity provider
 * issues them with its default seed (same `sub`, names and namespace
 * `https://tenantkit.dev/`). Their tenants are `seedTenants` of
 * `@tenantkit/react/testing`:
 *
 * - `employee`: employee@example.com, `team-1` as admin with every channel,
 *   `team-2` as employee with `channel-1` and `channel-2`; member of the
 *   organization `org_company2`.
 * - `user`: user@example.com, `personal` (full), `company1` (user) and
 *   `company2` (admin); member of `org_company1` and `org_company2`.
 *
 * @example
 * ```tsx
 * render(
 *   <MockAuth0Provider user={seedUsers.employee}>
 *     <Auth0TenantProvider>
 *       <TenantSwitcher />
 *     </Auth0TenantProvider>
 *   </MockAuth0Provider>,
 * );
 * ```
 */
export const seedUsers: { readonly employee: IdTokenClaims; readonly user: IdTokenClaims } = {
  employee: createIdTokenClaims({
    // The dev identity provider derives these ids from the connection and the email.
    sub: 'auth0|9259ea8d9f84f1ef2e4c3560',
    email: 'employee@example.com',
    name: 'Emma Employee',
    tenants: {
      'team-1': { role: 'admin', channels: ['*'] },
      'team-2': { role: 'employee', channels: ['channel-1', 'channel-2'] },
    },
    organizations: [
      { id: 'org_company2', name: 'company2', display_name: 'Company 2', role: 'employee' },
    ],
  }),
  user: createIdTokenClaims({
    sub: 'auth0|86c1f11eea528c2e6a7bce1b',
    email: 'user@example.com',
    name: 'Uma User',
    tenants: {
      personal: { role: 'full' },
      company1: { role: 'user' },
      company2: { role: 'admin' },
    },
    organizations: [
      { id: 'org_company1', name: 'company1', display_name: 'Company 1', role: 'user' },
      { id: 'org_company2', name: 'company2', display_name: 'Company 2', role: 'admin' },
    ],
  }),
};
