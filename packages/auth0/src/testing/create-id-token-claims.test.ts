import { DEFAULT_ORGANIZATIONS_CLAIM, readTenants } from '@tenantkit/core';
import { describe, expect, test } from 'vitest';
import { createIdTokenClaims } from './create-id-token-claims.js';

describe('createIdTokenClaims', () => {
  test('the profile claims, with defaults from the email', () => {
    expect(createIdTokenClaims({ email: 'ana@example.com' })).toEqual({
      sub: 'auth0|ana@example.com',
      name: 'ana@example.com',
      nickname: 'ana',
      email: 'ana@example.com',
      email_verified: true,
      'https://tenantkit.dev/tenants': {},
    });
  });

  test('a token for an organization carries org_id and the organization’s name', () => {
    const organizations = [
      { id: 'org_company1', name: 'company1', display_name: 'Company 1', role: 'user' },
      { id: 'org_company2', name: 'company2', display_name: 'Company 2', role: 'admin' },
    ];
    const claims = createIdTokenClaims({
      email: 'user@example.com',
      organizations,
      organization: 'org_company2',
    });
    expect(claims.org_id).toBe('org_company2');
    expect(claims.org_name).toBe('company2');
    const tenants = readTenants(claims, { organizationsClaim: DEFAULT_ORGANIZATIONS_CLAIM });
    expect(tenants.map(({ id, name, role }) => [id, name, role])).toEqual([
      ['org_company1', 'Company 1', 'user'],
      ['org_company2', 'Company 2', 'admin'],
    ]);
  });

  test('org_name is left out when the organization’s name is unknown', () => {
    const claims = createIdTokenClaims({ email: 'a@b.test', organization: 'org_x' });
    expect(claims.org_id).toBe('org_x');
    expect(claims).not.toHaveProperty('org_name');
  });

  test('extra claims come last', () => {
    const claims = createIdTokenClaims({
      email: 'a@b.test',
      sub: 'google-oauth2|1',
      claims: { email_verified: false, locale: 'de' },
    });
    expect(claims).toMatchObject({ sub: 'google-oauth2|1', email_verified: false, locale: 'de' });
  });
});
