import { describe, expect, test } from 'vitest';
import { onExecutePostLogin, type OnExecutePostLogin } from '@tenantkit/auth0/action';
import type { DirectoryUser } from '../seed/directory.js';
import type { Client } from '../seed/seed.js';
import { isRestrictedClaim, runPostLoginAction } from './post-login-runtime.js';

const user: DirectoryUser = {
  id: 'auth0|abc',
  email: 'ana@example.com',
  name: 'Ana',
  connection: { type: 'database', name: 'users', passwordPolicy: 'good', minLength: undefined },
  passwordHash: undefined,
  app_metadata: { tenants: { 'team-1': { role: 'admin', channels: ['*'] } } },
};
const client: Client = {
  clientId: 'app',
  name: 'App',
  callbacks: [],
  logoutUrls: [],
  webOrigins: [],
  connections: ['users'],
};
const context = { user, organization: undefined, client, protocol: 'oidc-basic-profile' } as const;

describe('runPostLoginAction', () => {
  test("runs the shipped Action on the user's app_metadata", async () => {
    expect(await runPostLoginAction(onExecutePostLogin, context)).toEqual({
      ok: true,
      idTokenClaims: {
        'https://tenantkit.dev/tenants': { 'team-1': { role: 'admin', channels: ['*'] } },
      },
    });
  });

  test('drops restricted claim names silently, as Auth0 does', async () => {
    const action: OnExecutePostLogin = (_event, api) => {
      for (const name of [
        'roles',
        'permissions',
        'groups',
        'org_id',
        'sub',
        'https://x.auth0.com/a',
        'https://example.com/ok',
        'plain',
      ]) {
        api.idToken.setCustomClaim(name, 1);
      }
      return Promise.resolve();
    };
    expect(await runPostLoginAction(action, context)).toEqual({
      ok: true,
      idTokenClaims: { 'https://example.com/ok': 1, plain: 1 },
    });
    expect(isRestrictedClaim('https://webtask.io/x')).toBe(true);
  });

  test('fails the login on deny, on a throw, and over 100 KB of claims', async () => {
    const deny: OnExecutePostLogin = (_event, api) => {
      api.access.deny('no entry');
      return Promise.resolve();
    };
    const failing: OnExecutePostLogin = () => Promise.reject(new Error('boom'));
    const huge: OnExecutePostLogin = (_event, api) => {
      api.idToken.setCustomClaim('https://example.com/big', 'x'.repeat(100_001));
      return Promise.resolve();
    };
    expect(await runPostLoginAction(deny, context)).toEqual({ ok: false, reason: 'no entry' });
    expect(await runPostLoginAction(failing, context)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('boom'),
    });
    expect(await runPostLoginAction(huge, context)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('over the limit'),
    });
  });

  test('gives the Action the organization and a copy of the metadata it cannot change', async () => {
    let seen: unknown;
    const action: OnExecutePostLogin = (event) => {
      seen = (event as unknown as { organization: unknown }).organization;
      (event.user.app_metadata as Record<string, unknown>).tenants = {};
      return Promise.resolve();
    };
    await runPostLoginAction(action, {
      ...context,
      organization: { id: 'org_1', name: 'one', displayName: 'One', members: [], invitations: [] },
    });
    expect(seen).toEqual({ id: 'org_1', name: 'one', display_name: 'One', metadata: {} });
    expect(user.app_metadata.tenants).toEqual({ 'team-1': { role: 'admin', channels: ['*'] } });
  });
});
