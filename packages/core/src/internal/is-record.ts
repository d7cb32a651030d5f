/**
 * Narrows untrusted input to a plain object whose fields can be read one by one.
 *
 * @example
 * ```ts
 * if (isRecord(json) && typeof json.name === 'string') use(json.name);
 * ```
 */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
