import { readTenants } from '@tenantkit/core';
import { describe, expect, test } from 'vitest';
import { createPostLoginAction } from '../action/post-login-action.js';
import { createTenantClaims } from './create-tenant-claims.js';

/** What the deployed Action sets for this app_metadata, collected from a fake `api`. */
async function actionClaims(appMetadata: unknown, options = {}) {
  const claims: Record<string, unknown> = {};
  await createPostLoginAction(options)(
    { user: { app_metadata: appMetadata } },
    {
      idToken: { setCustomClaim: (name, value) => void (claims[name] = value) },
      accessToken: { setCustomClaim: () => undefined },
      access: { deny: () => undefined },
    },
  );
  return claims;
}

const tenants = {
  'team-1': { role: 'admin', channels: ['*'] },
  'team-2': { role: 'employee', channels: ['channel-1', 'channel-2'], name: 'Team 2' },
  personal: 'full',
};
const organizations = [{ id: 'org_1', name: 'acme', display_name: 'Acme', role: 'admin' }];

describe('createTenantClaims', () => {
  test('gives exactly what the post-login Action puts in the token', async () => {
    expect(createTenantClaims({ tenants, organizations })).toEqual(
      await actionClaims({ tenants, organizations }),
    );
    expect(
      createTenantClaims({ tenants, compact: true, namespace: 'https://example.com/' }),
    ).toEqual(
      await actionClaims({ tenants }, { compact: true, namespace: 'https://example.com/' }),
    );
  });

  test('readTenants reads the claims back', () => {
    const claims = createTenantClaims({ tenants, compact: true });
    expect(
      readTenants(claims).map(({ id, name, role, channels }) => [id, name, role, channels]),
    ).toEqual([
      ['team-1', 'team-1', 'admin', ['*']],
      ['team-2', 'Team 2', 'employee', ['channel-1', 'channel-2']],
      ['personal', 'personal', 'full', []],
    ]);
  });

  test('a user without tenants still gets the (empty) tenants claim, and no organizations claim', () => {
    expect(createTenantClaims()).toEqual({ 'https://tenantkit.dev/tenants': {} });
  });

  test('throws where Auth0 would refuse the login or the Action its namespace', () => {
    const many = Object.fromEntries(
      Array.from({ length: 5_000 }, (_, index) => [
        `tenant-${index}`,
        { role: 'member', channels: ['channel-1'] },
      ]),
    );
    expect(() => createTenantClaims({ tenants: many })).toThrow(RangeError);
    expect(() => createTenantClaims({ tenants: many })).toThrow(/compact/);
    expect(() => createTenantClaims({ namespace: 'https://example.com' })).toThrow(TypeError);
  });
});
