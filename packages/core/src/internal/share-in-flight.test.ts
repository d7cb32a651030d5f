import { describe, expect, test, vi } from 'vitest';
import { shareInFlight } from './share-in-flight.js';

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('shareInFlight', () => {
  test('runs once for every caller and reports done once', async () => {
    const run = vi.fn(() => Promise.resolve('value'));
    const onDone = vi.fn();
    const join = shareInFlight(run, onDone);
    expect(await Promise.all([join(), join(), join()])).toEqual(['value', 'value', 'value']);
    expect(run).toHaveBeenCalledTimes(1);
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  test('a caller without a signal keeps the task alive when the others abort', async () => {
    const gate = deferred<string>();
    let taskSignal: AbortSignal | undefined;
    const onDone = vi.fn();
    const join = shareInFlight((signal) => {
      taskSignal = signal;
      return gate.promise;
    }, onDone);
    const controller = new AbortController();
    const leaving = join(controller.signal);
    const staying = join();
    controller.abort(new Error('left'));
    await expect(leaving).rejects.toThrow('left');
    expect(taskSignal?.aborted).toBe(false);
    expect(onDone).not.toHaveBeenCalled();
    gate.resolve('value');
    expect(await staying).toBe('value');
  });

  test('the last caller to abort abandons the task and reports done at once', async () => {
    let taskSignal: AbortSignal | undefined;
    const onDone = vi.fn();
    const join = shareInFlight((signal) => {
      taskSignal = signal;
      return new Promise<never>(() => {});
    }, onDone);
    const controller = new AbortController();
    const only = join(controller.signal);
    await Promise.resolve();
    controller.abort(new Error('gone'));
    await expect(only).rejects.toThrow('gone');
    expect(taskSignal?.aborted).toBe(true);
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});
