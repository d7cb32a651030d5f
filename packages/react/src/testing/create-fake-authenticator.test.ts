import { AuthenticationError } from '@tenantkit/core';
import { describe, expect, test, vi } from 'vitest';
import { createFakeAuthenticator } from './create-fake-authenticator.js';

const password = { email: 'ana@example.com', password: 'secret', connection: 'db' };

describe('createFakeAuthenticator', () => {
  test('records every sign-in, never the password', async () => {
    const onCall = vi.fn();
    const authenticator = createFakeAuthenticator({ onCall });
    await authenticator.loginWithPassword(password);
    await authenticator.loginWithSso({ email: 'ana@acme.test', connection: 'acme-okta' });
    await authenticator.loginWithSso({ email: 'ana@acme.test' });
    await authenticator.loginWithHostedPage({ email: 'sam@example.org' });
    expect(authenticator.calls).toEqual([
      { method: 'password', email: 'ana@example.com', connection: 'db' },
      { method: 'sso', email: 'ana@acme.test', connection: 'acme-okta' },
      { method: 'sso', email: 'ana@acme.test' },
      { method: 'hosted', email: 'sam@example.org' },
    ]);
    expect(onCall).toHaveBeenCalledTimes(4);
    expect(JSON.stringify(authenticator.calls)).not.toContain('secret');
  });

  test('with passwords, refuses any other email or password as invalid-credentials', async () => {
    const authenticator = createFakeAuthenticator({ passwords: { 'ana@example.com': 'secret' } });
    await expect(authenticator.loginWithPassword(password)).resolves.toBeUndefined();
    for (const attempt of [
      { ...password, password: 'wrong' },
      { ...password, email: 'bob@example.com' },
      { ...password, email: 'toString' },
    ]) {
      const error: unknown = await authenticator
        .loginWithPassword(attempt)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as AuthenticationError).code).toBe('invalid-credentials');
      expect((error as AuthenticationError).message).not.toContain(attempt.password);
    }
  });

  test('failWith makes every sign-in fail with that code', async () => {
    const authenticator = createFakeAuthenticator({ failWith: 'network' });
    await expect(authenticator.loginWithHostedPage({ email: 'a@b.test' })).rejects.toMatchObject({
      code: 'network',
    });
  });

  test('delayMs holds the answer; Infinity never settles', async () => {
    vi.useFakeTimers();
    try {
      const slow = createFakeAuthenticator({ delayMs: 1000 });
      const settled = vi.fn();
      void slow.loginWithSso({ email: 'a@b.test' }).then(settled);
      await vi.advanceTimersByTimeAsync(999);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toHaveBeenCalledOnce();

      const never = createFakeAuthenticator({ delayMs: Number.POSITIVE_INFINITY });
      const neverSettled = vi.fn();
      void never.loginWithSso({ email: 'a@b.test' }).then(neverSettled, neverSettled);
      await vi.advanceTimersByTimeAsync(2 ** 31);
      expect(neverSettled).not.toHaveBeenCalled();
      expect(never.calls).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('refuses a negative or non-numeric delay', () => {
    expect(() => createFakeAuthenticator({ delayMs: -1 })).toThrow('`delayMs`');
    expect(() => createFakeAuthenticator({ delayMs: Number.NaN })).toThrow('`delayMs`');
  });
});
