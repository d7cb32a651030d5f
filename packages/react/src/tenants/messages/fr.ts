import type { TenantSwitcherMessages } from './en.js';

/**
 * French texts of the tenant switcher.
 *
 * @example
 * ```tsx
 * <TenantSwitcher locale="fr" messages={tenantSwitcherFr} />
 * ```
 */
export const tenantSwitcherFr = {
  triggerLabel: '{name}, {role} — changer d’espace',
  noTenant: 'Aucun espace',
  switchingTo: 'Passage à {name}…',
  menuLabel: 'Espaces',
  searchLabel: 'Rechercher un espace',
  searchPlaceholder: 'Rechercher…',
  personalGroup: 'Personnel',
  organizationsGroup: 'Organisations',
  pinnedGroup: 'Épinglés',
  recentGroup: 'Récents',
  noRole: 'Aucun rôle',
  allChannels: 'Tous les canaux',
  noChannels: 'Aucun canal',
  channelCount: { one: '{count} canal', other: '{count} canaux' },
  itemLabel: '{name}, {role}, {scope}',
  moreResults: {
    one: '{count} autre — affinez votre recherche',
    other: '{count} autres — affinez votre recherche',
  },
  resultCount: { one: '{count} espace', other: '{count} espaces' },
  noResults: 'Aucun espace ne correspond à « {query} »',
  noTenants: 'Vous n’avez aucun espace',
  createTenant: 'Créer une équipe',
  manageTenants: 'Gérer',
} satisfies TenantSwitcherMessages;
