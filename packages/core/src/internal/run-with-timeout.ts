/** How a task run by {@link runWithTimeout} ended (a caller's abort rejects instead). */
export type TimedOutcome<T> =
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'timeout' }
  | { readonly status: 'failed'; readonly cause: unknown };

export interface RunWithTimeoutOptions {
  /** The caller's signal: aborting it aborts the task and rejects with its reason. */
  readonly signal?: AbortSignal | undefined;
  /** Gives up after this long, aborting the task; no limit when undefined. */
  readonly timeoutMs?: number | undefined;
}

/**
 * Runs `task` with a signal that aborts on the caller's abort or on timeout,
 * whichever comes first. The outcome is settled by the first event, so a task
 * that ignores its signal cannot delay an abort or a timeout.
 *
 * @example
 * ```ts
 * const outcome = await runWithTimeout((signal) => fetch(url, { signal }), { timeoutMs: 5_000 });
 * if (outcome.status === 'timeout') showRetry();
 * ```
 */
export function runWithTimeout<T>(
  task: (signal: AbortSignal) => Promise<T>,
  { signal, timeoutMs }: RunWithTimeoutOptions = {},
): Promise<TimedOutcome<T>> {
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  const controller = new AbortController();
  return new Promise<TimedOutcome<T>>((resolve, reject) => {
    const onCallerAbort = (): void => {
      settle();
      controller.abort(signal?.reason);
      reject(signal?.reason as Error);
    };
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            settle();
            controller.abort(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError'));
            resolve({ status: 'timeout' });
          }, timeoutMs);
    function settle(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
    }
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    // Started in a microtask so that a task throwing synchronously becomes a 'failed' outcome.
    Promise.resolve()
      .then(() => task(controller.signal))
      .then(
        (value) => {
          settle();
          resolve({ status: 'done', value });
        },
        (cause: unknown) => {
          settle();
          resolve({ status: 'failed', cause });
        },
      );
  });
}
