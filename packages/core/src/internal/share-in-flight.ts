/** Joins a shared task; rejects with `signal.reason` when this caller aborts. */
export type JoinTask<T> = (signal?: AbortSignal) => Promise<T>;

/**
 * Runs `run` once for any number of callers. A caller that aborts leaves alone:
 * its promise rejects with its signal's reason while the task goes on for the
 * others; the task's own signal aborts only once every caller has left.
 * `onDone` is called exactly once, when the task settles or is abandoned, so
 * the owner can forget it (a later caller then starts a fresh task).
 *
 * @example
 * ```ts
 * const join = shareInFlight((signal) => load(signal), () => inFlight.delete(key));
 * const [a, b] = await Promise.all([join(signalA), join(signalB)]);
 * ```
 */
export function shareInFlight<T>(
  run: (signal: AbortSignal) => Promise<T>,
  onDone: () => void,
): JoinTask<T> {
  const controller = new AbortController();
  let callers = 0;
  let done = false;
  const finish = (): void => {
    if (done) return;
    done = true;
    onDone();
  };
  // Never rejects: callers that have all left must not leave an unhandled rejection.
  const outcome = Promise.resolve()
    .then(() => run(controller.signal))
    .then(
      (value) => ({ ok: true as const, value }),
      // Whatever `run` rejected with is passed on as is.
      (error: unknown) => ({ ok: false as const, error: error as Error }),
    );
  void outcome.then(finish);

  return (signal) => {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    callers += 1;
    return new Promise<T>((resolve, reject) => {
      const leave = (): void => {
        reject(signal?.reason as Error);
        callers -= 1;
        if (callers === 0 && !done) {
          controller.abort(signal?.reason);
          finish();
        }
      };
      signal?.addEventListener('abort', leave, { once: true });
      void outcome.then((result) => {
        signal?.removeEventListener('abort', leave);
        if (result.ok) resolve(result.value);
        else reject(result.error);
      });
    });
  };
}
