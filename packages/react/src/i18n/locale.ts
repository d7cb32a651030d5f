/**
 * The locales whose catalogues tenantkit ships.
 *
 * @example
 * ```ts
 * SUPPORTED_LOCALES.includes('ja'); // true
 * ```
 */
export const SUPPORTED_LOCALES = ['en', 'de', 'fr', 'es', 'ar', 'ja'] as const;

/**
 * A locale with a shipped catalogue.
 *
 * @example
 * ```ts
 * const locale: Locale = resolveLocale(navigator.language);
 * ```
 */
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/**
 * Text direction of a locale's script, as the `dir` attribute spells it.
 *
 * @example
 * ```tsx
 * const dir: Direction = directionOf('ar'); // 'rtl'
 * ```
 */
export type Direction = 'ltr' | 'rtl';

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur']);

/**
 * Picks the shipped locale for a BCP 47 tag (`de-CH` → `de`), falling back to English.
 *
 * @example
 * ```ts
 * resolveLocale('fr-CA'); // 'fr'
 * resolveLocale('xx'); // 'en'
 * ```
 */
export function resolveLocale(tag: string | undefined): Locale {
  const language = (tag ?? '').toLowerCase().split('-')[0] ?? '';
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'en';
}

/**
 * The writing direction of a locale tag.
 *
 * @example
 * ```tsx
 * <div dir={directionOf(locale)}>…</div>
 * ```
 */
export function directionOf(tag: string | undefined): Direction {
  const language = (tag ?? '').toLowerCase().split('-')[0] ?? '';
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/**
 * Fills `{name}` placeholders. Values are inserted as plain text: React escapes
 * them when rendered, so a hostile domain or tenant name stays text.
 *
 * @example
 * ```ts
 * formatMessage('Continue with {provider}', { provider: 'Acme Okta' });
 * ```
 */
export function formatMessage(
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}
