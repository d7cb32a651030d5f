import type { TenantSwitcherMessages } from './en.js';

/**
 * Arabic texts of the tenant switcher (the switcher lays itself out right to left).
 *
 * @example
 * ```tsx
 * <TenantSwitcher locale="ar" messages={tenantSwitcherAr} />
 * ```
 */
export const tenantSwitcherAr = {
  triggerLabel: '{name}، {role} — تبديل مساحة العمل',
  noTenant: 'لا توجد مساحة عمل',
  switchingTo: 'جارٍ الانتقال إلى {name}…',
  menuLabel: 'مساحات العمل',
  searchLabel: 'البحث في مساحات العمل',
  searchPlaceholder: 'بحث…',
  personalGroup: 'شخصي',
  organizationsGroup: 'المؤسسات',
  pinnedGroup: 'المثبتة',
  recentGroup: 'الأخيرة',
  noRole: 'بلا دور',
  allChannels: 'جميع القنوات',
  noChannels: 'لا توجد قنوات',
  channelCount: {
    zero: 'لا توجد قنوات',
    one: 'قناة واحدة',
    two: 'قناتان',
    few: '{count} قنوات',
    many: '{count} قناة',
    other: '{count} قناة',
  },
  itemLabel: '{name}، {role}، {scope}',
  moreResults: { other: '{count} أخرى — حسِّن البحث' },
  resultCount: {
    zero: 'لا توجد مساحات عمل',
    one: 'مساحة عمل واحدة',
    two: 'مساحتا عمل',
    few: '{count} مساحات عمل',
    many: '{count} مساحة عمل',
    other: '{count} مساحة عمل',
  },
  noResults: 'لا توجد مساحة عمل تطابق «{query}»',
  noTenants: 'ليست لديك مساحات عمل',
  createTenant: 'إنشاء فريق',
  manageTenants: 'إدارة',
} satisfies TenantSwitcherMessages;
