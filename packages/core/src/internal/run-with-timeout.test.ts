import { afterEach, describe, expect, test, vi } from 'vitest';
import { runWithTimeout } from './run-with-timeout.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('runWithTimeout', () => {
  test('gives the value of a task that finishes in time', async () => {
    expect(await runWithTimeout(() => Promise.resolve(7), { timeoutMs: 10 })).toEqual({
      ok: true,
      value: 7,
    });
  });

  test('a task that throws, even synchronously, has failed', async () => {
    const cause = new Error('boom');
    const outcome = await runWithTimeout(() => {
      throw cause;
    });
    expect(outcome).toEqual({ ok: false, reason: 'network', cause });
  });

  test('the timer stops once the task is done', async () => {
    vi.useFakeTimers();
    await runWithTimeout(() => Promise.resolve(1), { timeoutMs: 1_000 });
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a caller abort wins over a later timeout and rejects with its reason', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    let taskSignal: AbortSignal | undefined;
    const outcome = runWithTimeout(
      (signal) => {
        taskSignal = signal;
        return new Promise(() => {});
      },
      { signal: controller.signal, timeoutMs: 1_000 },
    );
    await vi.advanceTimersByTimeAsync(500);
    controller.abort('changed my mind');
    await expect(outcome).rejects.toBe('changed my mind');
    expect(taskSignal?.reason).toBe('changed my mind');
    expect(vi.getTimerCount()).toBe(0);
  });
});
