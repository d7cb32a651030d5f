import type { SelectTenantResult, Tenant } from '@tenantkit/core';
import {
  createContext,
  type Dispatch,
  type ReactNode,
  type RefObject,
  type SetStateAction,
} from 'react';
import type { Direction, Locale } from '../i18n/locale.js';
import { createSafeContext } from '../internal/create-safe-context.js';
import type { TenantSwitcherMessages } from './messages/en.js';
import type { TenantListView } from './tenant-list-view.js';

/** Settings and setters every part reads; changes only when the app's props or the tenants do. */
export interface TenantSwitcherConfig {
  readonly messages: TenantSwitcherMessages;
  readonly locale: Locale;
  readonly dir: Direction;
  /** The role badge's text: `formatRole(role)`, or "No role". */
  readonly roleText: (tenant: Tenant) => string;
  /** The tenant's avatar, with the app's picture when `getAvatarUrl` gives one. */
  readonly avatar: (tenant: Tenant) => ReactNode;
  readonly searchable: boolean;
  readonly setOpen: (open: boolean) => void;
  readonly setQuery: Dispatch<SetStateAction<string>>;
  readonly switchTenant: (tenantId: string) => SelectTenantResult;
  /** Ids of the list and of its "N more" hint, which the search field points to. */
  readonly listId: string;
  readonly moreId: string;
  readonly searchRef: RefObject<HTMLInputElement | null>;
  readonly contentRef: RefObject<HTMLDivElement | null>;
}

/** What the list shows; `null` while the menu is closed, when nothing is computed. */
export interface TenantSwitcherListState extends TenantListView {
  /** The trimmed query the view was built for. */
  readonly query: string;
  readonly activeTenantId: string | null;
}

// Three contexts, so that a keystroke re-renders the field and the list only
// (and the list not for a space that leaves the trimmed query as it was), never
// the trigger or the menu around them. Every part reads the config first, which
// names the missing root; the other two are always provided with it.
export const [TenantSwitcherConfigProvider, useTenantSwitcherConfig] =
  createSafeContext<TenantSwitcherConfig>('TenantSwitcherRoot');

export const TenantSwitcherQueryContext = createContext('');

export const TenantSwitcherListContext = createContext<TenantSwitcherListState | null>(null);
