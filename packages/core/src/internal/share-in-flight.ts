import { runWithTimeout } from './run-with-timeout.js';

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
    if (!done) onDone();
    done = true;
  };
  const task = Promise.resolve().then(() => run(controller.signal));
  // Also handles a rejection that no caller is left to see.
  task.then(finish, finish);

  // Each caller waits for the task under its own signal: runWithTimeout rejects
  // with the caller's reason and aborts `left`, and passes the task's failure on.
  return (signal) =>
    runWithTimeout(
      (left) => {
        callers++;
        left.onabort = () => {
          callers--;
          if (callers === 0 && !done) {
            controller.abort(left.reason);
            finish();
          }
        };
        return task;
      },
      { signal },
    ).then((outcome) => (outcome.ok ? outcome.value : Promise.reject(outcome.cause as Error)));
}
