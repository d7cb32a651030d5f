/**
 * Checks a duration option at setup: a finite number of milliseconds, above
 * zero (or zero too with `allowZero`), or undefined so that a default applies.
 * Throws naming the option otherwise.
 *
 * @example
 * ```ts
 * const timeoutMs = readMilliseconds(options.timeoutMs, 'timeoutMs') ?? 5_000;
 * ```
 */
export function readMilliseconds(
  value: unknown,
  option: string,
  { allowZero = false }: { readonly allowZero?: boolean } = {},
): number | undefined {
  if (value === undefined) return undefined;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < 0 ||
    (value === 0 && !allowZero)
  ) {
    const shown = typeof value === 'number' ? String(value) : typeof value;
    const range = allowZero ? '0 or more' : 'more than 0';
    throw new TypeError(`${option} must be a number of milliseconds (${range}), got ${shown}`);
  }
  return value;
}
