import type { Tenant } from '@tenantkit/core';
import type { RefObject } from 'react';
import type { Direction, Locale } from '../i18n/locale.js';
import { createSafeContext } from '../internal/create-safe-context.js';
import type { TenantSwitcherMessages } from './messages/en.js';
import type { TenantListView } from './tenant-list-view.js';

/** Settings every part reads; changes only when the app's props do. */
export interface TenantSwitcherConfig {
  readonly messages: TenantSwitcherMessages;
  readonly locale: Locale;
  readonly dir: Direction;
  readonly formatRole: (role: string) => string;
  readonly getAvatarUrl: ((tenant: Tenant) => string | undefined) | undefined;
  readonly ids: { readonly list: string; readonly more: string; readonly status: string };
  readonly searchRef: RefObject<HTMLInputElement | null>;
  readonly contentRef: RefObject<HTMLDivElement | null>;
}

/** What changes while the menu is open: the search and the list it produces. */
export interface TenantSwitcherState {
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  readonly searchable: boolean;
  readonly query: string;
  readonly setQuery: (query: string) => void;
  /** `null` while the menu is closed: nothing is computed for a closed menu. */
  readonly view: TenantListView | null;
}

export const [TenantSwitcherConfigProvider, useTenantSwitcherConfig] =
  createSafeContext<TenantSwitcherConfig>('TenantSwitcherRoot');

export const [TenantSwitcherStateProvider, useTenantSwitcherState] =
  createSafeContext<TenantSwitcherState>('TenantSwitcherRoot');
