import type { TenantSwitcherMessages } from './en.js';

/**
 * Japanese texts of the tenant switcher.
 *
 * @example
 * ```tsx
 * <TenantSwitcher locale="ja" messages={tenantSwitcherJa} />
 * ```
 */
export const tenantSwitcherJa = {
  triggerLabel: '{name}（{role}）— テナントを切り替え',
  noTenant: 'テナントなし',
  switchingTo: '{name} に切り替えています…',
  menuLabel: 'テナント',
  searchLabel: 'テナントを検索',
  searchPlaceholder: '検索…',
  personalGroup: '個人',
  organizationsGroup: '組織',
  pinnedGroup: 'ピン留め',
  recentGroup: '最近使用',
  noRole: 'ロールなし',
  allChannels: 'すべてのチャンネル',
  noChannels: 'チャンネルなし',
  channelCount: { other: '{count} チャンネル' },
  itemLabel: '{name}、{role}、{scope}',
  moreResults: { other: 'ほか {count} 件 — 検索を絞り込んでください' },
  resultCount: { other: '{count} 件のテナント' },
  noResults: '「{query}」に一致するテナントはありません',
  noTenants: 'テナントがありません',
  createTenant: 'チームを作成',
  manageTenants: '管理',
} satisfies TenantSwitcherMessages;
