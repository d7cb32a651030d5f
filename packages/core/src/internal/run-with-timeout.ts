/**
 * How a task run by {@link runWithTimeout} ended (a caller's abort rejects
 * instead): its value, a `timeout`, or `network` when the task threw or
 * rejected (`cause`). Discovery reports both reasons as they are.
 */
export type TimedOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: 'timeout' | 'network'; readonly cause?: unknown };

export interface RunWithTimeoutOptions {
  /** The caller's signal: aborting it aborts the task and rejects with its reason. */
  readonly signal?: AbortSignal | undefined;
  /** Gives up after this long, aborting the task; no limit when undefined. */
  readonly timeoutMs?: number | undefined;
}

/**
 * Starts `task` at once with a signal that aborts on the caller's abort or on
 * timeout, whichever comes first. The outcome is settled by the first event,
 * so a task that ignores its signal cannot delay an abort or a timeout; a
 * task that throws synchronously has failed like one that rejects.
 *
 * @example
 * ```ts
 * const outcome = await runWithTimeout((signal) => fetch(url, { signal }), { timeoutMs: 5_000 });
 * if (!outcome.ok && outcome.reason === 'timeout') showRetry();
 * ```
 */
export function runWithTimeout<T>(
  task: (signal: AbortSignal) => T | Promise<T>,
  { signal, timeoutMs }: RunWithTimeoutOptions = {},
): Promise<TimedOutcome<T>> {
  return new Promise<TimedOutcome<T>>((resolve, reject) => {
    // Throwing here rejects the promise with the caller's reason.
    signal?.throwIfAborted();
    const controller = new AbortController();
    // Settles with `outcome`, or rejects with the caller's reason when there is
    // none; aborts the task unless it has ended on its own (no `abortReason`).
    const settle = (outcome?: TimedOutcome<T>, abortReason?: unknown): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (abortReason !== undefined) controller.abort(abortReason);
      if (outcome) resolve(outcome);
      else reject(signal?.reason as Error);
    };
    const onAbort = (): void => settle(undefined, signal?.reason);
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(
            () =>
              settle(
                { ok: false, reason: 'timeout' },
                new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError'),
              ),
            timeoutMs,
          );
    signal?.addEventListener('abort', onAbort);
    new Promise<T>((run) => run(task(controller.signal))).then(
      (value) => settle({ ok: true, value }),
      (cause: unknown) => settle({ ok: false, reason: 'network', cause }),
    );
  });
}
