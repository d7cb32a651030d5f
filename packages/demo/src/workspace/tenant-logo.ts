import type { Tenant } from '@tenantkit/core';

// Dark enough for white initials (contrast above 4.5:1).
const colours = ['#1d4ed8', '#6d28d9', '#be185d', '#047857', '#b45309', '#0e7490'];

/**
 * A team logo for the switcher (`getAvatarUrl`): the initials on a colour
 * picked from the tenant id, as an SVG image. The name is untrusted text, so
 * it is escaped; an image also keeps the initials out of the trigger's visible
 * text, which must match its accessible name.
 *
 * @example
 * ```tsx
 * <TenantSwitcher getAvatarUrl={tenantLogo} />
 * ```
 */
export function tenantLogo(tenant: Tenant): string {
  const words = tenant.name.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  const initials =
    words
      .slice(0, 2)
      .map((word) => Array.from(word)[0] ?? '')
      .join('')
      .toUpperCase() || '?';
  let hash = 0;
  for (const character of tenant.id) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) >>> 0;
  const colour = colours[hash % colours.length] ?? '#1d4ed8';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
    `<rect width="32" height="32" fill="${colour}"/>` +
    `<text x="16" y="21" fill="#fff" font-family="system-ui,sans-serif" font-size="13" ` +
    `font-weight="700" text-anchor="middle">${escapeXml(initials)}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/gu, (character) => `&#${character.codePointAt(0) ?? 0};`);
}
