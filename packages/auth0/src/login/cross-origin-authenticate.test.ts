import { AuthenticationError } from '@tenantkit/core';
import { describe, expect, test } from 'vitest';
import { crossOriginAuthenticate, type CrossOriginFetch } from './cross-origin-authenticate.js';
import { fakeAuth0Fetch } from './test-support/fake-auth0-fetch.js';

const secret = 'correct horse battery staple';

function login(fetch: CrossOriginFetch, timeoutMs = 1000) {
  return crossOriginAuthenticate({
    baseUrl: 'http://localhost:4000',
    clientId: 'client-1',
    username: 'ana@example.com',
    password: secret,
    realm: 'Username-Password-Authentication',
    fetch,
    timeoutMs,
  });
}

/** Runs a login that must fail and returns its error, checked to hold no password. */
async function failure(fetch: CrossOriginFetch, timeoutMs?: number): Promise<AuthenticationError> {
  const error: unknown = await login(fetch, timeoutMs).then(
    () => {
      throw new Error('expected a failure');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AuthenticationError);
  const failed = error as AuthenticationError;
  const seen = [failed.message, failed.stack, JSON.stringify(failed), String(failed.cause)];
  if (failed.cause instanceof Error) seen.push(failed.cause.message, failed.cause.stack);
  expect(seen.join('\n')).not.toContain(secret);
  return failed;
}

describe('crossOriginAuthenticate', () => {
  test('posts the password-realm credentials as JSON with cookies and returns the ticket', async () => {
    const { fetch, calls } = fakeAuth0Fetch(() => ({
      status: 200,
      body: { login_ticket: 'ticket-1', co_verifier: 'v', co_id: 'i' },
    }));
    await expect(login(fetch)).resolves.toBe('ticket-1');
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe('http://localhost:4000/co/authenticate');
    expect(call?.init).toMatchObject({
      method: 'POST',
      mode: 'cors',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
    });
    expect(call?.init.signal).toBeInstanceOf(AbortSignal);
    expect(JSON.parse(call?.init.body as string)).toEqual({
      client_id: 'client-1',
      username: 'ana@example.com',
      password: secret,
      realm: 'Username-Password-Authentication',
      credential_type: 'http://auth0.com/oauth/grant-type/password-realm',
    });
  });

  test.each([
    [
      'a wrong password',
      403,
      { error: 'access_denied', error_description: 'Wrong email or password.' },
    ],
    [
      'an unknown user',
      403,
      { error: 'access_denied', error_description: 'Wrong email or password.' },
    ],
    ['a blocked user', 401, { error: 'unauthorized', error_description: 'user is blocked' }],
    [
      'a leaked password',
      403,
      { error: 'password_leaked', error_description: 'This login attempt has been blocked' },
    ],
    ['an invalid grant', 403, { error: 'invalid_grant' }],
  ])(
    '%s is invalid-credentials, like every refusal of the credentials',
    async (_, status, body) => {
      const { fetch } = fakeAuth0Fetch(() => ({ status, body }));
      expect((await failure(fetch)).code).toBe('invalid-credentials');
    },
  );

  test.each([
    [429, { error: 'too_many_attempts', error_description: 'Your account has been blocked' }],
    [429, undefined],
    [401, { error: 'too_many_attempts' }],
  ])('%i %j is too-many-attempts', async (status, body) => {
    const { fetch } = fakeAuth0Fetch(() => ({ status, body }));
    expect((await failure(fetch)).code).toBe('too-many-attempts');
  });

  test('cross-origin login disabled is misconfigured, and says what to enable in Auth0', async () => {
    const { fetch } = fakeAuth0Fetch(() => ({
      status: 403,
      body: { error: 'unauthorized_client', error_description: 'Cross origin login not allowed.' },
    }));
    const error = await failure(fetch);
    expect(error.code).toBe('misconfigured');
    expect(error.message).toContain('Cross origin login not allowed.');
    expect(error.message).toContain('"Cross-Origin Authentication"');
    expect(error.message).toContain('"Password" grant type');
  });

  test('a refused origin is misconfigured, and names the setting to add it to', async () => {
    const { fetch } = fakeAuth0Fetch(() => ({
      status: 403,
      body: {
        error: 'access_denied',
        error_description: 'Origin https://app.example is not allowed.',
      },
    }));
    const error = await failure(fetch);
    expect(error.code).toBe('misconfigured');
    expect(error.message).toContain('"Allowed Web Origins"');
  });

  test('a bad request is misconfigured and names the connection to check', async () => {
    const { fetch } = fakeAuth0Fetch(() => ({
      status: 400,
      body: { error: 'invalid_request', error_description: 'connection is disabled' },
    }));
    const error = await failure(fetch);
    expect(error.code).toBe('misconfigured');
    expect(error.message).toContain('"Username-Password-Authentication"');
  });

  test('a blocked response (network down or CORS refused) is network, with the CORS hint', async () => {
    const { fetch } = fakeAuth0Fetch(() => new TypeError('Failed to fetch'));
    const error = await failure(fetch);
    expect(error.code).toBe('network');
    expect(error.message).toContain('Allowed Web Origins');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  test('an answer that takes too long is a network error', async () => {
    const hanging: CrossOriginFetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal.addEventListener('abort', () => reject(init.signal.reason as Error));
      });
    expect((await failure(hanging, 20)).code).toBe('network');
  });

  test.each([
    ['a server error', 500, { error: 'server_error' }],
    ['a success without ticket', 200, { co_id: 'x' }],
    ['an empty ticket', 200, { login_ticket: '' }],
    ['a body that is not JSON', 502, undefined],
  ])('%s is unexpected', async (_, status, body) => {
    const { fetch } = fakeAuth0Fetch(() => ({ status, body }));
    expect((await failure(fetch)).code).toBe('unexpected');
  });
});
