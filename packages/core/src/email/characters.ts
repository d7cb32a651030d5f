import type { EmailError } from './parse-email.js';

/** Longer inputs are rejected before any pattern runs on them. */
export const MAX_INPUT_LENGTH = 512;

// Control, format (zero-width, soft hyphen, bidirectional overrides), private
// use, lone surrogates and line/paragraph separators: invisible or
// reorderable characters that make one address look like another.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u;
const WHITESPACE = /\p{White_Space}/u;

/** Trims the ASCII whitespace that HTML form values may carry (tab, LF, FF, CR, space). */
export function trimAsciiWhitespace(text: string): string {
  return text.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
}

/** Finds characters that no address or domain may contain, after trimming. */
export function checkCharacters(
  text: string,
): Extract<EmailError, 'whitespace' | 'forbidden-character'> | undefined {
  if (WHITESPACE.test(text)) return 'whitespace';
  if (FORBIDDEN.test(text)) return 'forbidden-character';
  return undefined;
}
