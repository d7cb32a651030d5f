import type { PluralMessage } from '../../i18n/plural.js';

const channelCount: PluralMessage = { one: '{count} channel', other: '{count} channels' };
// The same words for one and for many.
const moreResults: PluralMessage = { other: '{count} more — refine your search' };
const resultCount: PluralMessage = { one: '{count} tenant', other: '{count} tenants' };

/**
 * English texts of the tenant switcher: built in, and the source catalogue whose
 * shape every other locale follows. Placeholders in braces are filled as plain text.
 *
 * @example
 * ```tsx
 * <TenantSwitcher messages={{ organizationsGroup: 'Teams' }} /> // English, one text replaced
 * ```
 */
export const tenantSwitcherEn = {
  /**
   * Accessible name of the trigger. `{name}` and `{role}` of the active tenant are
   * shown, in this order; the other words are for screen readers only.
   */
  triggerLabel: '{name}, {role} — switch tenant',
  /** Shown in the trigger while the user has no tenant at all. */
  noTenant: 'No tenant',
  /** Trigger text and announcement while a switch waits for the identity provider. */
  switchingTo: 'Switching to {name}…',
  /** Name of the tenant list when a search field sits above it. */
  menuLabel: 'Tenants',
  searchLabel: 'Search tenants',
  searchPlaceholder: 'Search…',
  personalGroup: 'Personal',
  organizationsGroup: 'Organizations',
  pinnedGroup: 'Pinned',
  recentGroup: 'Recent',
  /** Badge of a tenant whose token states no role. */
  noRole: 'No role',
  allChannels: 'All channels',
  noChannels: 'No channels',
  channelCount,
  /** Accessible name of a tenant in the menu: its whole name, role and channel scope. */
  itemLabel: '{name}, {role}, {scope}',
  /** Below a list cut short for speed: how many matches are not shown. */
  moreResults,
  /** Announced to screen readers as the search narrows. */
  resultCount,
  noResults: 'No tenant matches “{query}”',
  noTenants: 'You have no tenants',
  createTenant: 'Create team',
  manageTenants: 'Manage',
};

/**
 * The texts of the tenant switcher, typed from the English catalogue.
 *
 * @example
 * ```ts
 * const overrides: Partial<TenantSwitcherMessages> = { organizationsGroup: 'Teams' };
 * ```
 */
export type TenantSwitcherMessages = typeof tenantSwitcherEn;
