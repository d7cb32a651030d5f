import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { Tenant } from '@tenantkit/core';
import {
  type ComponentPropsWithoutRef,
  type ForwardedRef,
  forwardRef,
  type KeyboardEvent,
  memo,
  type ReactNode,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type Direction, directionOf, formatMessage, resolveLocale } from '../i18n/locale.js';
import { formatPlural } from '../i18n/plural.js';
import { useControllableState } from '../internal/use-controllable-state.js';
import type { TenantSwitcherMessages } from './messages/en.js';
import { useTenantContext } from './tenant-context.js';
import { TenantAvatar } from './tenant-avatar.js';
import {
  buildTenantListView,
  createTenantSearch,
  type TenantSectionKind,
} from './tenant-list-view.js';
import {
  type TenantSwitcherConfig,
  TenantSwitcherConfigProvider,
  TenantSwitcherStateProvider,
  useTenantSwitcherConfig,
  useTenantSwitcherState,
} from './tenant-switcher-context.js';
import { resolveTenantSwitcherMessages } from './tenant-switcher-messages.js';
import { useActiveTenant } from './use-active-tenant.js';
import { useTenant } from './use-tenant.js';
import { useTenants } from './use-tenants.js';
import { visuallyHidden } from './visually-hidden.js';

/**
 * Props of {@link TenantSwitcherRoot}: everything the parts share.
 *
 * @example
 * ```tsx
 * const props: TenantSwitcherRootProps = { locale: 'fr', searchThreshold: 12, maxVisible: 30 };
 * ```
 */
export interface TenantSwitcherRootProps {
  /** A BCP 47 tag; picks the catalogue (`de-CH` → German) and the direction. Defaults to English. */
  readonly locale?: string;
  /** Overrides the direction implied by `locale`. */
  readonly dir?: Direction;
  /** Replaces any text of the catalogue. */
  readonly messages?: Partial<TenantSwitcherMessages>;
  readonly open?: boolean;
  readonly defaultOpen?: boolean;
  readonly onOpenChange?: (open: boolean) => void;
  /** The search field appears when the user has more tenants than this. Default 8. */
  readonly searchThreshold?: number;
  /** With search, at most this many tenants are listed at once (plus the active one). Default 50. */
  readonly maxVisible?: number;
  /** Tenants listed first, under "Pinned", while not searching. */
  readonly pinnedTenantIds?: readonly string[];
  /** Tenants listed next, under "Recent", while not searching. */
  readonly recentTenantIds?: readonly string[];
  /** Turns a role from the token into the text shown (say, a translated name). */
  readonly formatRole?: (role: string) => string;
  /** An image per tenant for the avatar; initials otherwise. */
  readonly getAvatarUrl?: (tenant: Tenant) => string | undefined;
  /** Whether the open menu makes the rest of the page inert (Radix's default: yes). */
  readonly modal?: boolean;
  readonly children?: ReactNode;
}

const DEFAULT_SEARCH_THRESHOLD = 8;
const DEFAULT_MAX_VISIBLE = 50;
const showRoleAsIs = (role: string): string => role;

/**
 * The state and settings of a tenant switcher, for custom layouts built from
 * its parts. Renders no element. Needs a `<TenantProvider>` above it.
 *
 * @example
 * ```tsx
 * <TenantSwitcherRoot locale="de">
 *   <TenantSwitcherTrigger />
 *   <TenantSwitcherContent>
 *     <TenantSwitcherSearch />
 *     <TenantSwitcherList />
 *   </TenantSwitcherContent>
 * </TenantSwitcherRoot>
 * ```
 */
export function TenantSwitcherRoot(props: TenantSwitcherRootProps) {
  const { locale: tag, messages: overrides, formatRole = showRoleAsIs, getAvatarUrl } = props;
  const searchThreshold =
    countOption(props.searchThreshold, 'searchThreshold', 0) ?? DEFAULT_SEARCH_THRESHOLD;
  const maxVisible = countOption(props.maxVisible, 'maxVisible', 1) ?? DEFAULT_MAX_VISIBLE;
  const locale = resolveLocale(tag);
  const dir = props.dir ?? directionOf(tag);
  const tenants = useTenants();
  const active = useActiveTenant();
  const searchRef = useRef<HTMLInputElement | null>(null);
  const contentRef = useRef<HTMLDivElement | null>(null);
  const baseId = useId();

  const [query, setQuery] = useState('');
  const [open, setOpenState] = useControllableState({
    value: props.open,
    defaultValue: props.defaultOpen ?? false,
    onChange: props.onOpenChange,
  });
  const setOpen = useCallback(
    (next: boolean) => {
      if (!next) setQuery('');
      setOpenState(next);
    },
    [setOpenState],
  );

  const searchable = tenants.length > searchThreshold;
  const search = useMemo(() => createTenantSearch(tenants, locale), [tenants, locale]);
  // Typing stays responsive with 10,000 tenants: the list follows a beat behind.
  const deferredQuery = useDeferredValue(searchable ? query : '');
  const { pinnedTenantIds: pinnedIds, recentTenantIds: recentIds } = props;
  const activeTenantId = active?.id ?? null;
  const view = useMemo(
    () =>
      open
        ? buildTenantListView({
            tenants,
            matches: search(deferredQuery),
            activeTenantId,
            limit: searchable ? maxVisible : Number.POSITIVE_INFINITY,
            ...(pinnedIds !== undefined && { pinnedIds }),
            ...(recentIds !== undefined && { recentIds }),
          })
        : null,
    [
      open,
      tenants,
      search,
      deferredQuery,
      activeTenantId,
      searchable,
      maxVisible,
      pinnedIds,
      recentIds,
    ],
  );

  const messages = useMemo(
    () => resolveTenantSwitcherMessages(locale, overrides),
    [locale, overrides],
  );
  const config = useMemo<TenantSwitcherConfig>(
    () => ({
      messages,
      locale,
      dir,
      formatRole,
      getAvatarUrl,
      ids: { list: `${baseId}list`, more: `${baseId}more`, status: `${baseId}status` },
      searchRef,
      contentRef,
    }),
    [messages, locale, dir, formatRole, getAvatarUrl, baseId],
  );
  const state = useMemo(
    () => ({ open, setOpen, searchable, query, setQuery, view }),
    [open, setOpen, searchable, query, view],
  );

  return (
    <TenantSwitcherConfigProvider value={config}>
      <TenantSwitcherStateProvider value={state}>
        <DropdownMenu.Root
          open={open}
          onOpenChange={setOpen}
          dir={dir}
          {...(props.modal !== undefined && { modal: props.modal })}
        >
          {props.children}
        </DropdownMenu.Root>
      </TenantSwitcherStateProvider>
    </TenantSwitcherConfigProvider>
  );
}

/**
 * Props of {@link TenantSwitcherTrigger}; `children` replaces the default content.
 *
 * @example
 * ```tsx
 * const props: TenantSwitcherTriggerProps = { className: 'nav-switcher' };
 * ```
 */
export type TenantSwitcherTriggerProps = ComponentPropsWithoutRef<typeof DropdownMenu.Trigger>;

/**
 * The button that opens the switcher. Shows the active tenant (avatar, name, role
 * badge), or "Switching to …" while a switch waits for the identity provider
 * (`data-status="switching"`, `aria-busy`). Long names are cut visually; the
 * accessible name and the tooltip keep them whole.
 *
 * @example
 * ```tsx
 * <TenantSwitcherTrigger className="nav-switcher" />
 * ```
 */
export const TenantSwitcherTrigger = forwardRef<HTMLButtonElement, TenantSwitcherTriggerProps>(
  function TenantSwitcherTrigger({ children, ...props }, ref) {
    const { messages, locale, dir, formatRole, getAvatarUrl } =
      useTenantSwitcherConfig('TenantSwitcherTrigger');
    const { searchable } = useTenantSwitcherState('TenantSwitcherTrigger');
    const { tenant, switchingTo } = useTenant();
    const shown = switchingTo ?? tenant;
    const text =
      switchingTo !== null
        ? formatMessage(messages.switchingTo, { name: switchingTo.name })
        : (tenant?.name ?? messages.noTenant);
    const role = tenant === null ? null : roleText(tenant, messages, formatRole);
    const label =
      switchingTo === null && tenant !== null && role !== null
        ? formatMessage(messages.triggerLabel, { name: tenant.name, role })
        : text;
    return (
      <DropdownMenu.Trigger
        dir={dir}
        aria-label={label}
        title={shown?.name}
        data-slot="tenant-switcher-trigger"
        data-status={switchingTo === null ? 'idle' : 'switching'}
        aria-haspopup={searchable ? 'dialog' : 'menu'}
        {...(switchingTo !== null && { 'aria-busy': true })}
        {...props}
        ref={ref}
      >
        {children ?? (
          <>
            {shown !== null && (
              <TenantAvatar tenant={shown} src={getAvatarUrl?.(shown)} locale={locale} />
            )}
            <bdi data-slot="tenant-switcher-name">{text}</bdi>
            {/* The space keeps "team-1 admin" two words in the text that axe's
                label-in-name check compares with aria-label; the flex layout hides it. */}
            {switchingTo === null && role !== null && (
              <>
                {' '}
                <span data-slot="tenant-switcher-role">{role}</span>
              </>
            )}
            <Chevron />
          </>
        )}
      </DropdownMenu.Trigger>
    );
  },
);

/**
 * A visually hidden live region that announces "Switching to …" to screen
 * readers; place it next to the trigger (outside the menu).
 *
 * @example
 * ```tsx
 * <TenantSwitcherTrigger />
 * <TenantSwitcherStatus />
 * ```
 */
export function TenantSwitcherStatus(props: ComponentPropsWithoutRef<'span'>) {
  const { messages } = useTenantSwitcherConfig('TenantSwitcherStatus');
  const { switchingTo } = useTenant();
  return (
    <span role="status" data-slot="tenant-switcher-status" style={visuallyHidden} {...props}>
      {switchingTo === null ? '' : formatMessage(messages.switchingTo, { name: switchingTo.name })}
    </span>
  );
}

/**
 * Props of {@link TenantSwitcherContent}.
 *
 * @example
 * ```tsx
 * const props: TenantSwitcherContentProps = { align: 'end', side: 'bottom' };
 * ```
 */
export type TenantSwitcherContentProps = ComponentPropsWithoutRef<typeof DropdownMenu.Content> & {
  /** Where the menu is portalled; `document.body` by default. */
  readonly container?: HTMLElement | null;
};

/**
 * The menu, portalled and positioned by Radix (`role="menu"`, `data-state`,
 * `data-side`). With search, it opens with the focus in the search field, and a
 * letter typed on an item goes to the search instead of Radix's type-ahead.
 *
 * @example
 * ```tsx
 * <TenantSwitcherContent align="end">
 *   <TenantSwitcherList />
 * </TenantSwitcherContent>
 * ```
 */
export const TenantSwitcherContent = forwardRef<HTMLDivElement, TenantSwitcherContentProps>(
  function TenantSwitcherContent({ container, onKeyDown, children, ...props }, ref) {
    const { contentRef, searchRef } = useTenantSwitcherConfig('TenantSwitcherContent');
    const { searchable, query, setQuery } = useTenantSwitcherState('TenantSwitcherContent');
    const setRefs = useCallback(
      (node: HTMLDivElement | null) => {
        contentRef.current = node;
        assignRef(ref, node);
      },
      [contentRef, ref],
    );
    return (
      <DropdownMenu.Portal {...(container !== undefined && { container })}>
        <DropdownMenu.Content
          align="start"
          sideOffset={4}
          collisionPadding={8}
          data-slot="tenant-switcher-content"
          // A menu may hold only menu items, so with a search field the popup is a
          // dialog holding the field and the menu (rendered by TenantSwitcherList).
          {...(searchable && { role: 'dialog', 'aria-orientation': undefined })}
          {...props}
          ref={setRefs}
          onKeyDown={(event) => {
            // Radix's items already prevent the arrow keys they handle; only the app's own handler may opt out.
            const preventedByItem = event.defaultPrevented;
            onKeyDown?.(event);
            if (event.defaultPrevented && !preventedByItem) return;
            const input = searchRef.current;
            if (!searchable || input === null || event.target === input) return;
            if (isTypedCharacter(event)) {
              // Keep typing where the user can see it: in the search field.
              event.preventDefault();
              setQuery(query + event.key);
              input.focus();
            } else if (event.key === 'ArrowUp' && event.target === firstItem(contentRef.current)) {
              event.preventDefault();
              input.focus();
            }
          }}
        >
          {children}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    );
  },
);

/**
 * The search field, rendered only when the user has more tenants than
 * `searchThreshold`. Matches names, ids and roles, ignoring case and accents.
 * ArrowDown moves to the results, Enter picks the first one, Escape closes.
 *
 * @example
 * ```tsx
 * <TenantSwitcherSearch placeholder="Find a team" />
 * ```
 */
export const TenantSwitcherSearch = forwardRef<HTMLInputElement, ComponentPropsWithoutRef<'input'>>(
  function TenantSwitcherSearch({ onKeyDown, ...props }, ref) {
    const { messages, locale, ids, searchRef, contentRef } =
      useTenantSwitcherConfig('TenantSwitcherSearch');
    const { searchable, query, setQuery, view, setOpen } =
      useTenantSwitcherState('TenantSwitcherSearch');
    const { switchTenant } = useTenantContext('TenantSwitcherSearch');
    const setRefs = useCallback(
      (node: HTMLInputElement | null) => {
        searchRef.current = node;
        assignRef(ref, node);
      },
      [searchRef, ref],
    );
    useEffect(() => {
      // Runs before Radix's focus scope mounts, which then leaves the focus here.
      if (searchable) searchRef.current?.focus({ preventScroll: true });
    }, [searchable, searchRef]);
    if (!searchable) return null;
    const trimmed = query.trim();
    const announcement =
      trimmed === '' || view === null
        ? ''
        : view.matchCount === 0
          ? formatMessage(messages.noResults, { query: trimmed })
          : formatPlural(messages.resultCount, view.matchCount, locale);
    const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
      onKeyDown?.(event);
      if (event.defaultPrevented) return;
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          firstItem(contentRef.current)?.focus();
          return;
        case 'Enter':
          event.preventDefault();
          if (view?.first != null) {
            switchTenant(view.first.id);
            setOpen(false);
          }
          return;
        case 'Escape':
        case 'Tab':
          return; // Radix closes on Escape and keeps the focus in the menu on Tab.
        default:
          // Letters belong to the field, not to the menu's type-ahead.
          event.stopPropagation();
      }
    };
    return (
      <div role="group" aria-label={messages.searchLabel} data-slot="tenant-switcher-search">
        <input
          type="search"
          aria-label={messages.searchLabel}
          aria-controls={ids.list}
          aria-describedby={view !== null && view.hiddenCount > 0 ? ids.more : undefined}
          placeholder={messages.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          data-slot="tenant-switcher-search-input"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          {...props}
          onKeyDown={handleKeyDown}
          ref={setRefs}
        />
        <span role="status" id={ids.status} style={visuallyHidden}>
          {announcement}
        </span>
      </div>
    );
  },
);

/**
 * The tenants as radio items (`menuitemradio`, the active one checked), grouped
 * under Pinned / Recent / Personal / Organizations, each with its role and its
 * channel scope. With search on, at most `maxVisible` are rendered, followed by
 * "N more — refine your search", and the list is the `role="menu"` element (the
 * popup being a dialog then): put action items inside it as `children`.
 *
 * @example
 * ```tsx
 * <TenantSwitcherList className="tenant-list">
 *   <TenantSwitcherAction onSelect={openSettings}>Manage</TenantSwitcherAction>
 * </TenantSwitcherList>
 * ```
 */
export const TenantSwitcherList = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function TenantSwitcherList({ children, ...props }, ref) {
    const { messages, locale, ids } = useTenantSwitcherConfig('TenantSwitcherList');
    const { view, query, searchable } = useTenantSwitcherState('TenantSwitcherList');
    const { switchTenant } = useTenantContext('TenantSwitcherList');
    const active = useActiveTenant();
    const baseId = useId();
    if (view === null) return null;
    const onValueChange = (id: string) => void switchTenant(id);
    return (
      <div
        id={ids.list}
        data-slot="tenant-switcher-list"
        {...(searchable && {
          role: 'menu',
          'aria-label': messages.menuLabel,
          'aria-orientation': 'vertical',
        })}
        {...props}
        ref={ref}
      >
        {view.matchCount === 0 && (
          <DropdownMenu.Item disabled data-slot="tenant-switcher-empty">
            {query.trim() === ''
              ? messages.noTenants
              : formatMessage(messages.noResults, { query: query.trim() })}
          </DropdownMenu.Item>
        )}
        {view.sections.map(({ kind, tenants }) => (
          <DropdownMenu.RadioGroup
            key={kind}
            value={active?.id ?? ''}
            onValueChange={onValueChange}
            aria-labelledby={`${baseId}${kind}`}
            data-slot="tenant-switcher-group"
            data-kind={kind}
          >
            <DropdownMenu.Label id={`${baseId}${kind}`} data-slot="tenant-switcher-group-label">
              {messages[GROUP_MESSAGE[kind]]}
            </DropdownMenu.Label>
            {tenants.map((tenant) => (
              <TenantSwitcherItem key={tenant.id} tenant={tenant} />
            ))}
          </DropdownMenu.RadioGroup>
        ))}
        {view.hiddenCount > 0 && (
          <div id={ids.more} data-slot="tenant-switcher-more">
            {formatPlural(messages.moreResults, view.hiddenCount, locale)}
          </div>
        )}
        {children}
      </div>
    );
  },
);

const GROUP_MESSAGE = {
  pinned: 'pinnedGroup',
  recent: 'recentGroup',
  personal: 'personalGroup',
  organizations: 'organizationsGroup',
} as const satisfies Record<TenantSectionKind, keyof TenantSwitcherMessages>;

const TenantSwitcherItem = memo(function TenantSwitcherItem({
  tenant,
}: {
  readonly tenant: Tenant;
}) {
  const { messages, locale, formatRole, getAvatarUrl } =
    useTenantSwitcherConfig('TenantSwitcherList');
  const role = roleText(tenant, messages, formatRole);
  const scope = scopeText(tenant, messages, locale);
  return (
    <DropdownMenu.RadioItem
      value={tenant.id}
      textValue={tenant.name}
      aria-label={formatMessage(messages.itemLabel, { name: tenant.name, role, scope })}
      title={tenant.name}
      data-slot="tenant-switcher-item"
      data-kind={tenant.kind}
    >
      <TenantAvatar tenant={tenant} src={getAvatarUrl?.(tenant)} locale={locale} />
      <span data-slot="tenant-switcher-item-text">
        <bdi data-slot="tenant-switcher-name">{tenant.name}</bdi>
        <span data-slot="tenant-switcher-scope">{scope}</span>
      </span>
      <span data-slot="tenant-switcher-role" data-state={tenant.role === null ? 'none' : 'set'}>
        {role}
      </span>
      <DropdownMenu.ItemIndicator data-slot="tenant-switcher-indicator">
        <Check />
      </DropdownMenu.ItemIndicator>
    </DropdownMenu.RadioItem>
  );
});

/**
 * A menu item for an action such as "Create team" or "Manage"; `onSelect` runs
 * it and the menu closes.
 *
 * @example
 * ```tsx
 * <TenantSwitcherAction onSelect={() => navigate('/teams/new')}>Create team</TenantSwitcherAction>
 * ```
 */
export const TenantSwitcherAction = forwardRef<
  HTMLDivElement,
  ComponentPropsWithoutRef<typeof DropdownMenu.Item>
>(function TenantSwitcherAction(props, ref) {
  return <DropdownMenu.Item data-slot="tenant-switcher-action" {...props} ref={ref} />;
});

/**
 * A line between the tenants and the actions.
 *
 * @example
 * ```tsx
 * <TenantSwitcherSeparator />
 * ```
 */
export const TenantSwitcherSeparator = forwardRef<
  HTMLDivElement,
  ComponentPropsWithoutRef<typeof DropdownMenu.Separator>
>(function TenantSwitcherSeparator(props, ref) {
  return <DropdownMenu.Separator data-slot="tenant-switcher-separator" {...props} ref={ref} />;
});

/**
 * Props of {@link TenantSwitcher}.
 *
 * @example
 * ```tsx
 * const props: TenantSwitcherProps = { locale: 'de', onManageTenants: () => navigate('/teams') };
 * ```
 */
export interface TenantSwitcherProps extends Omit<TenantSwitcherRootProps, 'children'> {
  /** Adds a "Create team" item (text: `messages.createTenant`). */
  readonly onCreateTenant?: () => void;
  /** Adds a "Manage" item (text: `messages.manageTenants`). */
  readonly onManageTenants?: () => void;
  /** More items under the tenants, such as `<TenantSwitcherAction>`s. */
  readonly footer?: ReactNode;
  /** Props for the trigger button (`className`, `style`, `data-*`…). */
  readonly triggerProps?: TenantSwitcherTriggerProps;
  /** Props for the menu (`align`, `side`, `className`…). */
  readonly contentProps?: TenantSwitcherContentProps;
}

/**
 * A ready-made tenant switcher: the trigger shows where the user is, the menu
 * lists their tenants grouped, with roles and channel scope, searchable past
 * `searchThreshold`, and switches on select (locally, or through the identity
 * provider when the `TenantProvider` says so). Keyboard: Enter, Space or
 * ArrowDown opens, arrows move, Enter selects, Escape closes and returns focus.
 * Style it with `data-slot` / `data-state` and the `--tk-*` variables of
 * `@tenantkit/react/styles.css`; build other layouts from its parts.
 *
 * @example
 * ```tsx
 * <TenantProvider claims={user} claim="https://example.com/tenants">
 *   <TenantSwitcher locale="de" onCreateTenant={() => navigate('/teams/new')} />
 * </TenantProvider>
 * ```
 */
export function TenantSwitcher({
  onCreateTenant,
  onManageTenants,
  footer,
  triggerProps,
  contentProps,
  ...rootProps
}: TenantSwitcherProps) {
  return (
    <TenantSwitcherRoot {...rootProps}>
      <TenantSwitcherTrigger {...triggerProps} />
      <TenantSwitcherStatus />
      <TenantSwitcherContent {...contentProps}>
        <TenantSwitcherSearch />
        <TenantSwitcherList>
          {(onCreateTenant !== undefined ||
            onManageTenants !== undefined ||
            footer !== undefined) && (
            <TenantSwitcherActions
              onCreateTenant={onCreateTenant}
              onManageTenants={onManageTenants}
              footer={footer}
            />
          )}
        </TenantSwitcherList>
      </TenantSwitcherContent>
    </TenantSwitcherRoot>
  );
}

function TenantSwitcherActions(props: {
  readonly onCreateTenant: (() => void) | undefined;
  readonly onManageTenants: (() => void) | undefined;
  readonly footer: ReactNode;
}) {
  const { messages } = useTenantSwitcherConfig('TenantSwitcher');
  return (
    <>
      <TenantSwitcherSeparator />
      {props.onCreateTenant !== undefined && (
        <TenantSwitcherAction onSelect={props.onCreateTenant} data-action="create">
          {messages.createTenant}
        </TenantSwitcherAction>
      )}
      {props.onManageTenants !== undefined && (
        <TenantSwitcherAction onSelect={props.onManageTenants} data-action="manage">
          {messages.manageTenants}
        </TenantSwitcherAction>
      )}
      {props.footer}
    </>
  );
}

function roleText(
  tenant: Tenant,
  messages: TenantSwitcherMessages,
  formatRole: (role: string) => string,
): string {
  return tenant.role === null ? messages.noRole : formatRole(tenant.role);
}

function scopeText(
  tenant: Tenant,
  messages: TenantSwitcherMessages,
  locale: TenantSwitcherConfig['locale'],
) {
  if (tenant.channels.includes('*')) return messages.allChannels;
  if (tenant.channels.length === 0) return messages.noChannels;
  return formatPlural(messages.channelCount, tenant.channels.length, locale);
}

function firstItem(content: HTMLElement | null): HTMLElement | null {
  return content?.querySelector<HTMLElement>('[role^="menuitem"]:not([data-disabled])') ?? null;
}

function isTypedCharacter(event: KeyboardEvent): boolean {
  // Space keeps its menu meaning (select the focused item).
  return (
    event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey
  );
}

function assignRef<T>(ref: ForwardedRef<T>, node: T | null): void {
  if (typeof ref === 'function') ref(node);
  else if (ref !== null) ref.current = node;
}

function countOption(value: unknown, option: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min) return value;
  throw new TypeError(`TenantSwitcher: \`${option}\` must be a whole number of at least ${min}.`);
}

function Chevron() {
  return (
    <svg
      data-slot="tenant-switcher-chevron"
      aria-hidden="true"
      width="12"
      height="12"
      viewBox="0 0 12 12"
    >
      <path d="M3 4.5 6 7.5 9 4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

function Check() {
  return (
    <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12">
      <path d="M2.5 6.5 5 9 9.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
