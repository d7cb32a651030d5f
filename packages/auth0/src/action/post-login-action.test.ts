import { describe, expect, test } from 'vitest';
import {
  CUSTOM_CLAIMS_LIMIT_BYTES,
  createPostLoginAction,
  onExecutePostLogin,
  tenantkitClaimNames,
} from './post-login-action.js';
import type { OnExecutePostLogin, PostLoginApi } from './post-login-types.js';

const TENANTS = 'https://tenantkit.dev/tenants';
const ORGANIZATIONS = 'https://tenantkit.dev/organizations';

interface Outcome {
  readonly idToken: Record<string, unknown>;
  readonly accessToken: Record<string, unknown>;
  readonly denied: string[];
}

// A stand-in for the `api` object Auth0 passes: it records what the Action does.
async function runAction(action: OnExecutePostLogin, appMetadata: unknown): Promise<Outcome> {
  const idToken: Record<string, unknown> = {};
  const accessToken: Record<string, unknown> = {};
  const denied: string[] = [];
  const api: PostLoginApi = {
    idToken: { setCustomClaim: (name, value) => (idToken[name] = value) },
    accessToken: { setCustomClaim: (name, value) => (accessToken[name] = value) },
    access: { deny: (reason) => denied.push(reason) },
  };
  await action({ user: { app_metadata: appMetadata } }, api);
  return { idToken, accessToken, denied };
}

function manyTenants(count: number): Record<string, unknown> {
  const tenants: Record<string, unknown> = {};
  for (let index = 1; index <= count; index += 1) {
    tenants[`tenant-${String(index).padStart(4, '0')}`] = {
      role: 'member',
      channels: ['channel-1'],
    };
  }
  return tenants;
}

describe('createPostLoginAction', () => {
  test('copies app_metadata.tenants into the namespaced ID token claim', async () => {
    const tenants = {
      'team-1': { role: 'admin', channels: ['*'] },
      'team-2': { role: 'employee', channels: ['channel-1', 'channel-2'] },
    };
    const outcome = await runAction(onExecutePostLogin, { tenants });
    expect(outcome.idToken).toEqual({ [TENANTS]: tenants });
    expect(outcome.accessToken).toEqual({});
    expect(outcome.denied).toEqual([]);
  });

  test('uses the configured namespace for both claims', async () => {
    const action = createPostLoginAction({ namespace: 'https://example.com/claims/' });
    const outcome = await runAction(action, {
      tenants: { personal: { role: 'full' } },
      organizations: [{ id: 'org_1' }],
    });
    expect(outcome.idToken).toEqual({
      'https://example.com/claims/tenants': { personal: { role: 'full' } },
      'https://example.com/claims/organizations': [{ id: 'org_1' }],
    });
  });

  test('sets an empty tenant map, and no organizations claim, for a user without metadata', async () => {
    for (const metadata of [undefined, null, 'tenants', [], {}]) {
      const outcome = await runAction(onExecutePostLogin, metadata);
      expect(outcome.idToken).toEqual({ [TENANTS]: {} });
    }
  });

  test('keeps only well-formed tenant entries and their known fields', async () => {
    const tenants = JSON.parse(
      `{
        "personal": "full",
        "team-1": { "role": "admin", "channels": ["*", 3, "", "news"], "name": "Team 1", "secret": "x" },
        "team-2": { "role": "", "channels": "channel-1" },
        "__proto__": { "role": "admin" },
        "": { "role": "admin" },
        "broken-1": 42,
        "broken-2": null,
        "broken-3": ["admin"]
      }`,
    ) as unknown;
    const outcome = await runAction(onExecutePostLogin, { tenants });
    expect(outcome.idToken[TENANTS]).toEqual({
      personal: { role: 'full' },
      'team-1': { role: 'admin', channels: ['*', 'news'], name: 'Team 1' },
      'team-2': {},
    });
    expect(Object.getPrototypeOf(outcome.idToken[TENANTS])).toBe(Object.prototype);
  });

  test('lists the organizations of app_metadata, once each, with their known fields', async () => {
    const outcome = await runAction(onExecutePostLogin, {
      organizations: [
        {
          id: 'org_a',
          name: 'acme',
          display_name: 'Acme',
          role: 'admin',
          channels: ['*'],
          extra: 1,
        },
        { id: 'org_a', name: 'duplicate' },
        { name: 'no id' },
        'org_b',
        { id: 'org_c' },
      ],
    });
    expect(outcome.idToken[ORGANIZATIONS]).toEqual([
      { id: 'org_a', name: 'acme', display_name: 'Acme', role: 'admin', channels: ['*'] },
      { id: 'org_c' },
    ]);
  });

  test('writes compact tuples when asked', async () => {
    const action = createPostLoginAction({ compact: true });
    const outcome = await runAction(action, {
      tenants: {
        'team-1': { role: 'admin', channels: ['*'] },
        personal: 'full',
        'team-3': { channels: ['a'], name: 'Team 3' },
      },
    });
    expect(outcome.idToken[TENANTS]).toEqual({
      'team-1': ['admin', ['*']],
      personal: ['full'],
      'team-3': [null, ['a'], 'Team 3'],
    });
  });

  test('also sets the claims on the access token when asked', async () => {
    const action = createPostLoginAction({ accessToken: true });
    const outcome = await runAction(action, { tenants: { personal: 'full' } });
    expect(outcome.accessToken).toEqual({ [TENANTS]: { personal: { role: 'full' } } });
    expect(outcome.idToken).toEqual(outcome.accessToken);
  });

  test('fits a user in 1,000 tenants', async () => {
    const outcome = await runAction(onExecutePostLogin, { tenants: manyTenants(1000) });
    expect(outcome.denied).toEqual([]);
    expect(Object.keys(outcome.idToken[TENANTS] as object)).toHaveLength(1000);
  });

  test('denies the login with a clear reason when the claims exceed 100 KB, and sets nothing', async () => {
    const outcome = await runAction(onExecutePostLogin, { tenants: manyTenants(2200) });
    expect(outcome.idToken).toEqual({});
    expect(outcome.denied).toHaveLength(1);
    expect(outcome.denied[0]).toContain(`limit of ${CUSTOM_CLAIMS_LIMIT_BYTES} bytes`);
    expect(outcome.denied[0]).toContain('compact');
  });

  test('the compact form fits the tenants that the object form cannot', async () => {
    const action = createPostLoginAction({ compact: true });
    const outcome = await runAction(action, { tenants: manyTenants(2200) });
    expect(outcome.denied).toEqual([]);
    expect(Object.keys(outcome.idToken[TENANTS] as object)).toHaveLength(2200);
  });

  test('rejects a misconfigured namespace or flag at setup, naming the option', () => {
    for (const namespace of [
      'https://example.com',
      'example.com/',
      'ftp://example.com/',
      'https://tenant.auth0.com/',
    ]) {
      expect(() => createPostLoginAction({ namespace })).toThrow(/`namespace`/);
    }
    expect(() => createPostLoginAction({ compact: 'yes' as unknown as boolean })).toThrow(
      /`compact`/,
    );
    expect(() => createPostLoginAction({ accessToken: 1 as unknown as boolean })).toThrow(
      /`accessToken`/,
    );
  });
});

describe('tenantkitClaimNames', () => {
  test('names the claims under the namespace', () => {
    expect(tenantkitClaimNames()).toEqual({ tenants: TENANTS, organizations: ORGANIZATIONS });
    expect(tenantkitClaimNames('http://localhost/').tenants).toBe('http://localhost/tenants');
  });
});
