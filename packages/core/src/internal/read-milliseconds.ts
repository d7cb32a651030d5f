// setTimeout fires at once for delays beyond a signed 32-bit integer.
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * Checks a duration option at setup, or gives undefined so that a default
 * applies. A delay (a timer) is more than 0 and at most 2^31 - 1 ms; a
 * lifetime (`allowZero` set) is any finite number from 0. Throws naming the option
 * otherwise.
 *
 * @example
 * ```ts
 * const timeoutMs = readMilliseconds(options.timeoutMs, 'timeoutMs') ?? 5_000;
 * ```
 */
export function readMilliseconds(
  value: unknown,
  option: string,
  allowZero?: boolean,
): number | undefined {
  if (
    value === undefined ||
    (typeof value === 'number' &&
      (allowZero ? value >= 0 && value < Infinity : value > 0 && value <= MAX_DELAY_MS))
  ) {
    return value;
  }
  invalidOption(
    option,
    `a number of milliseconds, ${allowZero ? '0 or more' : `1 to ${MAX_DELAY_MS}`}`,
  );
}

/**
 * Fails setup for a malformed option, saying what it must be:
 * `${option} must be ${expected}`.
 *
 * @example
 * ```ts
 * if (typeof now !== 'function') invalidOption('`now`', 'a function');
 * ```
 */
export function invalidOption(option: string, expected: string): never {
  throw new TypeError(`${option} must be ${expected}`);
}
