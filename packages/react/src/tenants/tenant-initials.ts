/**
 * Up to two letters standing for a tenant in an avatar: the first character of
 * its first two words (`Acme Corp` → `AC`, `team-1` → `T1`), upper-cased for the
 * locale. Characters outside the Basic Multilingual Plane stay whole.
 *
 * @example
 * ```ts
 * tenantInitials('Globex Europe'); // 'GE'
 * ```
 */
export function tenantInitials(name: string, locale?: string): string {
  const words = name.split(/[\s\-_./|:]+/u).filter((word) => word !== '');
  const initials = words
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? '')
    .join('');
  return initials === '' ? '?' : initials.toLocaleUpperCase(locale);
}
