import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Realm, RealmResolver, ResolveRealmOptions } from './realm.js';
import { withRealmCache } from './with-realm-cache.js';
import { flushPromises } from './test-support/flush.js';

/** A resolver whose lookups stay pending until the test answers them. */
function pendingResolver() {
  const calls: {
    email: string;
    signal: AbortSignal | undefined;
    answer: (realm: Realm) => void;
  }[] = [];
  const resolver: RealmResolver = (email, options?: ResolveRealmOptions) =>
    new Promise((resolve, reject) => {
      calls.push({ email, signal: options?.signal, answer: resolve });
      options?.signal?.addEventListener('abort', () => reject(options.signal?.reason as Error));
    });
  return { resolver, calls };
}

/** A resolver answering at once from a table of domains. */
function tableResolver(table: Record<string, Realm['kind']>) {
  return vi.fn<RealmResolver>((email) => {
    const domain = email.slice(email.indexOf('@') + 1);
    const realms: Record<Realm['kind'], Realm> = {
      sso: { kind: 'sso', domain, connections: [] },
      password: { kind: 'password', domain, connection: 'db' },
      unknown: { kind: 'unknown', domain, reason: 'network' },
    };
    return Promise.resolve(realms[table[domain] ?? 'unknown']);
  });
}

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('withRealmCache', () => {
  test('two emails on one domain share one lookup', async () => {
    const inner = tableResolver({ 'acme.com': 'sso' });
    const resolve = withRealmCache(inner);
    await resolve('ana@acme.com');
    expect(await resolve('Bob@ACME.com')).toMatchObject({ kind: 'sso', domain: 'acme.com' });
    expect(inner).toHaveBeenCalledTimes(1);
    expect(inner.mock.calls[0]?.[0]).toBe('ana@acme.com');
  });

  test('different domains are cached apart', async () => {
    const inner = tableResolver({ 'acme.com': 'sso', 'example.org': 'password' });
    const resolve = withRealmCache(inner);
    expect(await resolve('ana@acme.com')).toMatchObject({ kind: 'sso' });
    expect(await resolve('ana@example.org')).toMatchObject({ kind: 'password' });
    expect(inner).toHaveBeenCalledTimes(2);
  });

  test('an sso realm is kept for positiveMs', async () => {
    const time = clock();
    const inner = tableResolver({ 'acme.com': 'sso' });
    const resolve = withRealmCache(inner, { now: time.now });
    await resolve('ana@acme.com');
    time.advance(59_999);
    await resolve('ana@acme.com');
    expect(inner).toHaveBeenCalledTimes(1);
    time.advance(1);
    await resolve('ana@acme.com');
    expect(inner).toHaveBeenCalledTimes(2);
  });

  test('a password realm is kept for negativeMs', async () => {
    const time = clock();
    const inner = tableResolver({ 'example.org': 'password' });
    const resolve = withRealmCache(inner, { now: time.now, negativeMs: 5_000 });
    await resolve('ana@example.org');
    time.advance(4_999);
    await resolve('ana@example.org');
    expect(inner).toHaveBeenCalledTimes(1);
    time.advance(1);
    await resolve('ana@example.org');
    expect(inner).toHaveBeenCalledTimes(2);
  });

  test('a lifetime of 0 keeps nothing', async () => {
    const inner = tableResolver({ 'acme.com': 'sso' });
    const resolve = withRealmCache(inner, { positiveMs: 0 });
    await resolve('ana@acme.com');
    await resolve('ana@acme.com');
    expect(inner).toHaveBeenCalledTimes(2);
  });

  test('an unknown realm is never kept', async () => {
    const inner = tableResolver({});
    const resolve = withRealmCache(inner);
    expect(await resolve('ana@down.com')).toMatchObject({ kind: 'unknown', reason: 'network' });
    await resolve('ana@down.com');
    expect(inner).toHaveBeenCalledTimes(2);
  });

  test('an invalid email is answered without the wrapped resolver', async () => {
    const inner = tableResolver({ 'acme.com': 'sso' });
    const resolve = withRealmCache(inner);
    expect(await resolve('a@acme.com@evil.io')).toEqual({
      kind: 'unknown',
      domain: '',
      reason: 'invalid-email',
    });
    expect(inner).not.toHaveBeenCalled();
  });

  test('concurrent callers share one request', async () => {
    const { resolver, calls } = pendingResolver();
    const resolve = withRealmCache(resolver);
    const first = resolve('ana@acme.com');
    const second = resolve('bob@acme.com');
    await flushPromises();
    expect(calls).toHaveLength(1);
    calls[0]?.answer({ kind: 'sso', domain: 'acme.com', connections: [] });
    expect(await first).toBe(await second);
    expect(calls).toHaveLength(1);
  });

  test('a caller that aborts is rejected alone; the request goes on for the others', async () => {
    const { resolver, calls } = pendingResolver();
    const resolve = withRealmCache(resolver);
    const controller = new AbortController();
    const leaving = resolve('ana@acme.com', { signal: controller.signal });
    const staying = resolve('bob@acme.com', { signal: new AbortController().signal });
    await flushPromises();
    expect(calls).toHaveLength(1);
    controller.abort(new Error('left'));
    await expect(leaving).rejects.toThrow('left');
    expect(calls[0]?.signal?.aborted).toBe(false);
    calls[0]?.answer({ kind: 'password', domain: 'acme.com', connection: 'db' });
    expect(await staying).toMatchObject({ kind: 'password' });
  });

  test('the request is aborted once every caller has aborted, and a new caller starts afresh', async () => {
    const { resolver, calls } = pendingResolver();
    const resolve = withRealmCache(resolver);
    const a = new AbortController();
    const b = new AbortController();
    const first = resolve('ana@acme.com', { signal: a.signal });
    const second = resolve('bob@acme.com', { signal: b.signal });
    await flushPromises();
    expect(calls).toHaveLength(1);
    a.abort(new Error('a'));
    b.abort(new Error('b'));
    await expect(first).rejects.toThrow('a');
    await expect(second).rejects.toThrow('b');
    expect(calls[0]?.signal?.aborted).toBe(true);
    const third = resolve('cy@acme.com');
    await flushPromises();
    expect(calls).toHaveLength(2);
    calls[1]?.answer({ kind: 'sso', domain: 'acme.com', connections: [] });
    expect(await third).toMatchObject({ kind: 'sso' });
  });

  test('an already aborted signal rejects without a lookup', async () => {
    const inner = tableResolver({ 'acme.com': 'sso' });
    const reason = new Error('stop');
    await expect(
      withRealmCache(inner)('ana@acme.com', { signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason);
    expect(inner).not.toHaveBeenCalled();
  });

  test('a slow lookup times out, is aborted and is not kept', async () => {
    vi.useFakeTimers();
    const { resolver, calls } = pendingResolver();
    const resolve = withRealmCache(resolver, { timeoutMs: 2_000 });
    const realm = resolve('ana@acme.com');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await realm).toEqual({ kind: 'unknown', domain: 'acme.com', reason: 'timeout' });
    expect(calls[0]?.signal?.aborted).toBe(true);
    void resolve('ana@acme.com');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
  });

  test('a wrapped resolver that rejects unasked gives an unknown realm, not a rejection', async () => {
    const resolve = withRealmCache(() => Promise.reject(new Error('backend down')));
    expect(await resolve('ana@acme.com')).toEqual({
      kind: 'unknown',
      domain: 'acme.com',
      reason: 'network',
    });
  });

  test('checks its options at setup', () => {
    const inner = tableResolver({});
    expect(() => withRealmCache(inner, { positiveMs: -1 })).toThrow(/positiveMs/);
    expect(() => withRealmCache(inner, { negativeMs: Number.NaN })).toThrow(/negativeMs/);
    expect(() => withRealmCache(inner, { timeoutMs: 0 })).toThrow(/timeoutMs/);
    expect(() => withRealmCache(undefined as unknown as RealmResolver)).toThrow(/resolver/);
  });
});
