import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { Tenant } from '@tenantkit/core';
import {
  type ComponentPropsWithoutRef,
  type ForwardedRef,
  forwardRef,
  Fragment,
  memo,
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type Direction, directionOf, formatMessage, resolveLocale } from '../i18n/locale.js';
import { formatPlural } from '../i18n/plural.js';
import { useControllableState } from '../internal/use-controllable-state.js';
import { tenantSwitcherEn, type TenantSwitcherMessages } from './messages/en.js';
import { useTenantContext } from './tenant-context.js';
import { TenantAvatar } from './tenant-avatar.js';
import { buildTenantListView, createTenantSearch } from './tenant-list-view.js';
import {
  type TenantSwitcherConfig,
  TenantSwitcherConfigProvider,
  TenantSwitcherListProvider,
  TenantSwitcherQueryProvider,
  useTenantSwitcherConfig,
  useTenantSwitcherList,
  useTenantSwitcherQuery,
} from './tenant-switcher-context.js';
import { useActiveTenant } from './use-active-tenant.js';
import { useTenant } from './use-tenant.js';
import { useTenants } from './use-tenants.js';
import { clippedText, visuallyHidden } from './visually-hidden.js';

/**
 * Props of {@link TenantSwitcherRoot}: everything the parts share.
 *
 * @example
 * ```tsx
 * const props: TenantSwitcherRootProps = { locale: 'fr', messages: tenantSwitcherFr, maxVisible: 30 };
 * ```
 */
export interface TenantSwitcherRootProps {
  /**
   * A BCP 47 tag: the direction (`ar` → right to left), plural rules and number
   * format. Pass its catalogue in `messages` too (`tenantSwitcherDe`…).
   */
  readonly locale?: string;
  /** Overrides the direction implied by `locale`. */
  readonly dir?: Direction;
  /** Texts over the built-in English: a catalogue such as `tenantSwitcherDe`, or single overrides. */
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
  /**
   * Whether the open menu makes the rest of the page inert and hidden from screen
   * readers, as a dialog would. Default `false`: a switcher in a header does not
   * block the page; the focus still moves into the menu and Escape brings it back.
   */
  readonly modal?: boolean;
  readonly children?: ReactNode;
}

const showRoleAsIs = (role: string): string => role;

/**
 * The state and settings of a tenant switcher, for custom layouts built from
 * its parts. Renders no element. Needs a `<TenantProvider>` above it.
 *
 * @example
 * ```tsx
 * <TenantSwitcherRoot locale="de" messages={tenantSwitcherDe}>
 *   <TenantSwitcherTrigger />
 *   <TenantSwitcherContent>
 *     <TenantSwitcherSearch />
 *     <TenantSwitcherList />
 *   </TenantSwitcherContent>
 * </TenantSwitcherRoot>
 * ```
 */
export function TenantSwitcherRoot(props: TenantSwitcherRootProps) {
  const { formatRole = showRoleAsIs, getAvatarUrl, messages: overrides } = props;
  const searchThreshold = countOption(props.searchThreshold, 'searchThreshold', 0) ?? 8;
  const maxVisible = countOption(props.maxVisible, 'maxVisible', 1) ?? 50;
  const locale = resolveLocale(props.locale);
  const dir = props.dir ?? directionOf(props.locale);
  const tenants = useTenants();
  const activeTenantId = useActiveTenant()?.id ?? null;
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
  // The list follows each keystroke in the same render as the field: its cost is
  // bounded (one pass over the tenants, at most maxVisible rows updated in place),
  // and deferring it would show it a frame later.
  const listQuery = searchable ? query.trim() : '';
  const { pinnedTenantIds: pinnedIds, recentTenantIds: recentIds } = props;
  const list = useMemo(
    () =>
      open
        ? {
            view: buildTenantListView({
              tenants,
              matches: search(listQuery),
              activeTenantId,
              limit: searchable ? maxVisible : Infinity,
              ...(pinnedIds !== undefined && { pinnedIds }),
              ...(recentIds !== undefined && { recentIds }),
            }),
            query: listQuery,
            activeTenantId,
          }
        : null,
    [
      open,
      tenants,
      search,
      listQuery,
      activeTenantId,
      searchable,
      maxVisible,
      pinnedIds,
      recentIds,
    ],
  );

  const config = useMemo<TenantSwitcherConfig>(
    () => ({
      messages: overrides === undefined ? tenantSwitcherEn : { ...tenantSwitcherEn, ...overrides },
      locale,
      dir,
      formatRole,
      getAvatarUrl,
      searchable,
      setOpen,
      setQuery,
      listId: `${baseId}list`,
      moreId: `${baseId}more`,
      searchRef,
      contentRef,
    }),
    [overrides, locale, dir, formatRole, getAvatarUrl, searchable, setOpen, baseId],
  );

  return (
    <TenantSwitcherConfigProvider value={config}>
      <TenantSwitcherQueryProvider value={query}>
        <TenantSwitcherListProvider value={list}>
          <DropdownMenu.Root
            open={open}
            onOpenChange={setOpen}
            dir={dir}
            modal={props.modal ?? false}
          >
            {props.children}
          </DropdownMenu.Root>
        </TenantSwitcherListProvider>
      </TenantSwitcherQueryProvider>
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
 * (`data-status="switching"`, `aria-busy`). Its accessible name is its own text
 * completed by words only screen readers get ("Ana Lima, full — switch tenant",
 * from `messages.triggerLabel`), so it always contains what is shown, as speech
 * control needs. `children` replace the content, and so the name. Long names are
 * cut visually; the accessible name and the tooltip keep them whole.
 *
 * @example
 * ```tsx
 * <TenantSwitcherTrigger className="nav-switcher" />
 * ```
 */
export const TenantSwitcherTrigger = forwardRef<HTMLButtonElement, TenantSwitcherTriggerProps>(
  function TenantSwitcherTrigger({ children, ...props }, ref) {
    const { messages, locale, dir, formatRole, getAvatarUrl, searchable } =
      useTenantSwitcherConfig('TenantSwitcherTrigger');
    const { tenant, switchingTo } = useTenant();
    const shown = switchingTo ?? tenant;
    return (
      <DropdownMenu.Trigger
        dir={dir}
        title={shown?.name}
        data-slot="tenant-switcher-trigger"
        data-status={switchingTo === null ? 'idle' : 'switching'}
        aria-haspopup={searchable ? 'dialog' : 'menu'}
        aria-busy={switchingTo !== null || undefined}
        {...props}
        ref={ref}
      >
        {children ?? (
          <>
            {shown !== null && (
              <TenantAvatar tenant={shown} src={getAvatarUrl?.(shown)} locale={locale} />
            )}
            {switchingTo !== null || tenant === null ? (
              <bdi data-slot="tenant-switcher-name">
                {switchingTo === null
                  ? messages.noTenant
                  : formatMessage(messages.switchingTo, { name: switchingTo.name })}
              </bdi>
            ) : (
              <TriggerLabel
                template={messages.triggerLabel}
                name={tenant.name}
                role={roleText(tenant, messages, formatRole)}
              />
            )}
            <Icon slot="chevron" d="M3 4.5 6 7.5 9 4.5" />
          </>
        )}
      </DropdownMenu.Trigger>
    );
  },
);

/**
 * The trigger's text, from `messages.triggerLabel`: the name and the role are
 * shown, the words around them are only read, so that the accessible name is the
 * visible text completed ("Ana Lima, full — switch tenant").
 */
function TriggerLabel(props: {
  readonly template: string;
  readonly name: string;
  readonly role: string;
}) {
  // Odd parts are the placeholders.
  const parts = props.template.split(/\{(name|role)\}/);
  return parts.map((part, index) => {
    if (index % 2 === 0) {
      return (
        (index === 0 || index === parts.length - 1) &&
        part !== '' && (
          <span key={index} style={visuallyHidden}>
            {part}
          </span>
        )
      );
    }
    // Words between two values stay in the flow of the first: a positioned element
    // gets the space browsers put before each flex item ("Ana Lima , full").
    const between = index < parts.length - 2 && <span style={clippedText}>{parts[index + 1]}</span>;
    // The spaces keep words apart where a name is computed without layout (jsdom,
    // axe); a flex container does not render them.
    return (
      <Fragment key={index}>
        {' '}
        {part === 'name' ? (
          <bdi data-slot="tenant-switcher-name">
            {props.name}
            {between}
          </bdi>
        ) : (
          <span data-slot="tenant-switcher-role">
            {props.role}
            {between}
          </span>
        )}{' '}
      </Fragment>
    );
  });
}

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
      {switchingTo && formatMessage(messages.switchingTo, { name: switchingTo.name })}
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
  function TenantSwitcherContent({ container, onKeyDown, ...props }, ref) {
    const { contentRef, searchRef, searchable, setQuery } =
      useTenantSwitcherConfig('TenantSwitcherContent');
    const setRefs = useMergedRef(contentRef, ref);
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
            const input = searchRef.current;
            if ((event.defaultPrevented && !preventedByItem) || !input || event.target === input) {
              return;
            }
            const { key } = event;
            // Keep typing where the user can see it: in the search field. Space keeps
            // its menu meaning (select the focused item).
            if (
              key.length === 1 &&
              key !== ' ' &&
              !event.ctrlKey &&
              !event.metaKey &&
              !event.altKey
            ) {
              setQuery((query) => query + key);
            } else if (key !== 'ArrowUp' || event.target !== firstItem(contentRef.current)) return;
            event.preventDefault();
            input.focus();
          }}
        />
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
    const {
      messages,
      locale,
      listId,
      moreId,
      searchRef,
      contentRef,
      searchable,
      setOpen,
      setQuery,
    } = useTenantSwitcherConfig('TenantSwitcherSearch');
    const query = useTenantSwitcherQuery('TenantSwitcherSearch');
    const list = useTenantSwitcherList('TenantSwitcherSearch');
    const { switchTenant } = useTenantContext('TenantSwitcherSearch');
    const setRefs = useMergedRef(searchRef, ref);
    useEffect(() => {
      // Runs before Radix's focus scope mounts, which then leaves the focus here.
      if (searchable) searchRef.current?.focus({ preventScroll: true });
    }, [searchable, searchRef]);
    if (!searchable || list === null) return null;
    const { view } = list;
    return (
      <div role="group" aria-label={messages.searchLabel} data-slot="tenant-switcher-search">
        <input
          type="search"
          aria-label={messages.searchLabel}
          aria-controls={listId}
          aria-describedby={view.hiddenCount > 0 ? moreId : undefined}
          placeholder={messages.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          data-slot="tenant-switcher-search-input"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          {...props}
          onKeyDown={(event) => {
            onKeyDown?.(event);
            if (event.defaultPrevented) return;
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              firstItem(contentRef.current)?.focus();
            } else if (event.key === 'Enter') {
              event.preventDefault();
              if (view.first !== null) {
                switchTenant(view.first.id);
                setOpen(false);
              }
            } else if (event.key !== 'Escape' && event.key !== 'Tab') {
              // Letters belong to the field, not to the menu's type-ahead. Radix
              // closes on Escape and keeps the focus in the menu on Tab.
              event.stopPropagation();
            }
          }}
          ref={setRefs}
        />
        <span role="status" style={visuallyHidden}>
          {list.query !== '' &&
            (view.matchCount === 0
              ? formatMessage(messages.noResults, { query: list.query })
              : formatPlural(messages.resultCount, view.matchCount, locale))}
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
    const { messages, locale, listId, moreId, searchable } =
      useTenantSwitcherConfig('TenantSwitcherList');
    const list = useTenantSwitcherList('TenantSwitcherList');
    const { switchTenant } = useTenantContext('TenantSwitcherList');
    const baseId = useId();
    if (list === null) return null;
    const { view, query, activeTenantId } = list;
    return (
      <div
        id={listId}
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
            {query === '' ? messages.noTenants : formatMessage(messages.noResults, { query })}
          </DropdownMenu.Item>
        )}
        {view.sections.map(({ kind, tenants }) => (
          <DropdownMenu.RadioGroup
            key={kind}
            value={activeTenantId ?? ''}
            onValueChange={switchTenant}
            aria-labelledby={baseId + kind}
            data-slot="tenant-switcher-group"
            data-kind={kind}
          >
            <DropdownMenu.Label id={baseId + kind} data-slot="tenant-switcher-group-label">
              {messages[`${kind}Group`]}
            </DropdownMenu.Label>
            {tenants.map((tenant, index) => (
              // Keyed by place: a keystroke that changes the matches updates the rows
              // in place rather than unmounting and mounting them.
              <TenantSwitcherItem
                key={index}
                tenant={tenant}
                checked={tenant.id === activeTenantId}
              />
            ))}
          </DropdownMenu.RadioGroup>
        ))}
        {view.hiddenCount > 0 && (
          <div id={moreId} data-slot="tenant-switcher-more">
            {formatPlural(messages.moreResults, view.hiddenCount, locale)}
          </div>
        )}
        {children}
      </div>
    );
  },
);

// Memoised on props that keep their identity from keystroke to keystroke: a row
// whose tenant and checked state did not change does not re-render.
const TenantSwitcherItem = memo(function TenantSwitcherItem({
  tenant,
  checked,
}: {
  readonly tenant: Tenant;
  readonly checked: boolean;
}) {
  const { messages, locale, formatRole, getAvatarUrl } =
    useTenantSwitcherConfig('TenantSwitcherList');
  const role = roleText(tenant, messages, formatRole);
  const { channels } = tenant;
  const scope = channels.includes('*')
    ? messages.allChannels
    : channels.length === 0
      ? messages.noChannels
      : formatPlural(messages.channelCount, channels.length, locale);
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
      {/* Only the checked row has a mark (aria-checked says it to screen readers). */}
      {checked && <Icon slot="indicator" d="M2.5 6.5 5 9 9.5 3.5" />}
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
 * const props: TenantSwitcherProps = { onManageTenants: () => navigate('/teams') };
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
 * English is built in; pass another catalogue with its `locale`
 * (`locale="de" messages={tenantSwitcherDe}`).
 * Style it with `data-slot` / `data-state` and the `--tk-*` variables of
 * `@tenantkit/react/styles.css`; build other layouts from its parts.
 *
 * @example
 * ```tsx
 * <TenantProvider claims={user} claim="https://example.com/tenants">
 *   <TenantSwitcher onCreateTenant={() => navigate('/teams/new')} />
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
          {(onCreateTenant || onManageTenants || footer !== undefined) && (
            <TenantSwitcherActions
              create={onCreateTenant}
              manage={onManageTenants}
              footer={footer}
            />
          )}
        </TenantSwitcherList>
      </TenantSwitcherContent>
    </TenantSwitcherRoot>
  );
}

function TenantSwitcherActions(props: {
  readonly create: (() => void) | undefined;
  readonly manage: (() => void) | undefined;
  readonly footer: ReactNode;
}) {
  const { messages } = useTenantSwitcherConfig('TenantSwitcher');
  return (
    <>
      <TenantSwitcherSeparator />
      {props.create && (
        <TenantSwitcherAction onSelect={props.create} data-action="create">
          {messages.createTenant}
        </TenantSwitcherAction>
      )}
      {props.manage && (
        <TenantSwitcherAction onSelect={props.manage} data-action="manage">
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

function firstItem(content: HTMLElement | null): HTMLElement | null {
  return content?.querySelector<HTMLElement>('[role^="menuitem"]:not([data-disabled])') ?? null;
}

/** A ref callback that sets the part's own ref and the app's. */
function useMergedRef<T>(ownRef: RefObject<T | null>, forwardedRef: ForwardedRef<T>) {
  return useCallback(
    (node: T | null) => {
      assignRef(ownRef, node);
      assignRef(forwardedRef, node);
    },
    [ownRef, forwardedRef],
  );
}

function assignRef<T>(ref: ForwardedRef<T> | RefObject<T | null>, node: T | null): void {
  if (typeof ref === 'function') ref(node);
  else if (ref !== null) ref.current = node;
}

function countOption(value: unknown, option: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min) return value;
  throw new TypeError(`TenantSwitcher: \`${option}\` must be a whole number of at least ${min}.`);
}

function Icon({ slot, d }: { readonly slot: string; readonly d: string }) {
  return (
    <svg
      data-slot={`tenant-switcher-${slot}`}
      aria-hidden="true"
      width="12"
      height="12"
      viewBox="0 0 12 12"
    >
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
