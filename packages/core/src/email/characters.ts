import type { EmailError } from './parse-email.js';

type InputError = 'not-a-string' | 'too-long' | 'empty' | 'whitespace' | 'forbidden-character';

/**
 * The checks {@link parseEmail} and {@link parseDomain} share, in this order:
 * a string of at most 512 characters (checked before any pattern runs on it,
 * so a 1 MB input costs nothing), not empty once trimmed of the ASCII
 * whitespace HTML form values may carry (tab, LF, FF, CR, space), and holding
 * no whitespace or forbidden character. Gives what `parse` makes of the trimmed
 * text, an error code becoming `{ ok: false, error }`.
 */
export function parseInput<Parsed extends { readonly ok: true }, Error extends EmailError>(
  input: unknown,
  parse: (text: string) => Parsed | Error,
): Parsed | { readonly ok: false; readonly error: Error | InputError } {
  const result = check(input, parse);
  return typeof result === 'string' ? { ok: false, error: result } : result;
}

function check<Result>(input: unknown, parse: (text: string) => Result): Result | InputError {
  if (typeof input !== 'string') return 'not-a-string';
  if (input.length > 512) return 'too-long';
  const text = input.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  if (text === '') return 'empty';
  if (/\p{White_Space}/u.test(text)) return 'whitespace';
  // Control, format (zero-width, soft hyphen, bidirectional overrides), private
  // use and lone surrogates, i.e. every "other" character but unassigned ones:
  // invisible or reorderable characters that make one address look like another.
  // (Line and paragraph separators are whitespace, reported above.)
  if (/[^\P{C}\p{Cn}]/u.test(text)) return 'forbidden-character';
  return parse(text);
}
