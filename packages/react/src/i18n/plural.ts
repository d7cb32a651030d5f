import type { Locale } from './locale.js';
import { formatMessage } from './locale.js';

/**
 * A message with one form per plural category of a locale (`one`, `few`, ...);
 * `other` is required because every locale has it. `{count}` is replaced by the
 * number, formatted for the locale.
 *
 * @example
 * ```ts
 * const channels: PluralMessage = { one: '{count} channel', other: '{count} channels' };
 * ```
 */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};

/**
 * Picks the form of `message` that `count` needs in `locale` and fills `{count}`
 * (and any other `values`).
 *
 * @example
 * ```ts
 * formatPlural({ one: '{count} channel', other: '{count} channels' }, 2, 'en'); // '2 channels'
 * formatPlural({ one: '{count} Kanal', other: '{count} Kanäle' }, 1200, 'de'); // '1.200 Kanäle'
 * ```
 */
export function formatPlural(
  message: PluralMessage,
  count: number,
  locale: Locale,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const { rules, numbers } = formattersOf(locale);
  const template = message[rules.select(count)] ?? message.other;
  return formatMessage(template, { ...values, count: numbers.format(count) });
}

// A switcher formats dozens of counts per render; building Intl objects is the costly part.
const formatters = new Map<Locale, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();

function formattersOf(locale: Locale): { rules: Intl.PluralRules; numbers: Intl.NumberFormat } {
  let entry = formatters.get(locale);
  if (entry === undefined) {
    entry = { rules: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) };
    formatters.set(locale, entry);
  }
  return entry;
}
