import type { TenantSwitcherMessages } from './en.js';

/**
 * Spanish texts of the tenant switcher.
 *
 * @example
 * ```tsx
 * <TenantSwitcher locale="es" messages={tenantSwitcherEs} />
 * ```
 */
export const tenantSwitcherEs = {
  triggerLabel: '{name}, {role}: cambiar de espacio',
  noTenant: 'Sin espacio',
  switchingTo: 'Cambiando a {name}…',
  menuLabel: 'Espacios',
  searchLabel: 'Buscar espacios',
  searchPlaceholder: 'Buscar…',
  personalGroup: 'Personal',
  organizationsGroup: 'Organizaciones',
  pinnedGroup: 'Fijados',
  recentGroup: 'Recientes',
  noRole: 'Sin rol',
  allChannels: 'Todos los canales',
  noChannels: 'Sin canales',
  channelCount: { one: '{count} canal', other: '{count} canales' },
  itemLabel: '{name}, {role}, {scope}',
  moreResults: { one: '{count} más: afina la búsqueda', other: '{count} más: afina la búsqueda' },
  resultCount: { one: '{count} espacio', other: '{count} espacios' },
  noResults: 'Ningún espacio coincide con «{query}»',
  noTenants: 'No tienes espacios',
  createTenant: 'Crear equipo',
  manageTenants: 'Administrar',
} satisfies TenantSwitcherMessages;
