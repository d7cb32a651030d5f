import type { TenantSwitcherMessages } from './en.js';

/**
 * German texts of the tenant switcher.
 *
 * @example
 * ```tsx
 * <TenantSwitcher locale="de" messages={tenantSwitcherDe} />
 * ```
 */
export const tenantSwitcherDe = {
  triggerLabel: '{name}, {role} – Mandant wechseln',
  noTenant: 'Kein Mandant',
  switchingTo: 'Wechsel zu {name} …',
  menuLabel: 'Mandanten',
  searchLabel: 'Mandanten durchsuchen',
  searchPlaceholder: 'Suchen …',
  personalGroup: 'Persönlich',
  organizationsGroup: 'Organisationen',
  pinnedGroup: 'Angeheftet',
  recentGroup: 'Zuletzt verwendet',
  noRole: 'Keine Rolle',
  allChannels: 'Alle Kanäle',
  noChannels: 'Keine Kanäle',
  channelCount: { one: '{count} Kanal', other: '{count} Kanäle' },
  itemLabel: '{name}, {role}, {scope}',
  moreResults: {
    one: '{count} weiterer – Suche verfeinern',
    other: '{count} weitere – Suche verfeinern',
  },
  resultCount: { one: '{count} Mandant', other: '{count} Mandanten' },
  noResults: 'Kein Mandant passt zu „{query}“',
  noTenants: 'Sie haben keine Mandanten',
  createTenant: 'Team erstellen',
  manageTenants: 'Verwalten',
} satisfies TenantSwitcherMessages;
