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
  useContext,
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
  TenantSwitcherListContext,
  TenantSwitcherQueryContext,
  useTenantSwitcherConfig,
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
  const { pinnedTenantIds, recentTenantIds } = props;
  const searchThreshold = countOption(props, 'searchThreshold', 0, 8);
  const maxVisible = countOption(props, 'maxVisible', 1, 50);
  const locale = resolveLocale(props.locale);
  const dir = props.dir ?? directionOf(props.locale);
  const tenants = useTenants();
  const activeTenantId = useActiveTenant()?.id ?? null;
  const { switchTenant } = useTenantContext('TenantSwitcherRoot');
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
  const list = useMemo(
    () =>
      open
        ? {
            ...buildTenantListView({
              tenants,
              matches: search(listQuery),
              activeTenantId,
              limit: searchable ? maxVisible : Infinity,
              pinnedIds: pinnedTenantIds,
              recentIds: recentTenantIds,
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
      pinnedTenantIds,
      recentTenantIds,
    ],
  );

  const config = useMemo<TenantSwitcherConfig>(() => {
    const messages = { ...tenantSwitcherEn, ...overrides };
    return {
      messages,
      locale,
      dir,
      roleText: (tenant) => (tenant.role === null ? messages.noRole : formatRole(tenant.role)),
      avatar: (tenant) => (
        <TenantAvatar tenant={tenant} src={getAvatarUrl?.(tenant)} locale={locale} />
      ),
      searchable,
      setOpen,
      setQuery,
      switchTenant,
      listId: `${baseId}list`,
      moreId: `${baseId}more`,
      searchRef,
      contentRef,
    };
  }, [overrides, locale, dir, formatRole, getAvatarUrl, searchable, setOpen, switchTenant, baseId]);

  return (
    <TenantSwitcherConfigProvider value={config}>
      <TenantSwitcherQueryContext.Provider value={query}>
        <TenantSwitcherListContext.Provider value={list}>
          <DropdownMenu.Root
            open={open}
            onOpenChange={setOpen}
            dir={dir}
            modal={props.modal ?? false}
          >
            {props.children}
          </DropdownMenu.Root>
        </TenantSwitcherListContext.Provider>
      </TenantSwitcherQueryContext.Provider>
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
    const { messages, dir, roleText, avatar, searchable } =
      useTenantSwitcherConfig('TenantSwitcherTrigger');
    const { tenant, switchingTo } = useTenant();
    const shown = switchingTo ?? tenant;
    return (
      <DropdownMenu.Trigger
        dir={dir}
        title={shown?.name}
        {...slot('trigger')}
        data-status={switchingTo === null ? 'idle' : 'switching'}
        aria-haspopup={searchable ? 'dialog' : 'menu'}
        aria-busy={switchingTo !== null || undefined}
        {...props}
        ref={ref}
      >
        {children ?? (
          <>
            {shown && avatar(shown)}
            {switchingTo || !tenant ? (
              <bdi {...slot('name')}>
                {switchingTo ? switchingText(messages, switchingTo) : messages.noTenant}
              </bdi>
            ) : (
              <TriggerLabel
                template={messages.triggerLabel}
                name={tenant.name}
                role={roleText(tenant)}
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
  // Odd parts are the placeholders, which are also the names of their slots.
  const parts = props.template.split(/\{(name|role)\}/);
  const last = parts.length - 1;
  return parts.map((part, index) => {
    if (index % 2 === 0) {
      return (
        (index === 0 || index === last) &&
        part !== '' && (
          <span key={index} style={visuallyHidden}>
            {part}
          </span>
        )
      );
    }
    const Value = part === 'name' ? 'bdi' : 'span';
    // The spaces keep words apart where a name is computed without layout (jsdom,
    // axe); a flex container does not render them.
    return (
      <Fragment key={index}>
        {' '}
        <Value {...slot(part)}>
          {props[part as 'name' | 'role']}
          {/* Words between two values stay in the flow of the first: a positioned element
              gets the space browsers put before each flex item ("Ana Lima , full"). */}
          {index < last - 1 && <span style={clippedText}>{parts[index + 1]}</span>}
        </Value>{' '}
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
    <span role="status" {...slot('status')} style={visuallyHidden} {...props}>
      {switchingTo && switchingText(messages, switchingTo)}
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
          {...slot('content')}
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
      switchTenant,
    } = useTenantSwitcherConfig('TenantSwitcherSearch');
    const query = useContext(TenantSwitcherQueryContext);
    const list = useContext(TenantSwitcherListContext);
    const setRefs = useMergedRef(searchRef, ref);
    useEffect(() => {
      // Runs before Radix's focus scope mounts, which then leaves the focus here.
      if (searchable) searchRef.current?.focus({ preventScroll: true });
    }, [searchable, searchRef]);
    if (!searchable || !list) return null;
    const { query: listQuery, matchCount } = list;
    return (
      <div role="group" aria-label={messages.searchLabel} {...slot('search')}>
        <input
          type="search"
          aria-label={messages.searchLabel}
          aria-controls={listId}
          aria-describedby={list.hiddenCount > 0 ? moreId : undefined}
          placeholder={messages.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          {...slot('search-input')}
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
              if (list.first) {
                switchTenant(list.first.id);
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
          {listQuery !== '' &&
            (matchCount === 0
              ? formatMessage(messages.noResults, { query: listQuery })
              : formatPlural(messages.resultCount, matchCount, locale))}
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
    const { messages, locale, listId, moreId, searchable, switchTenant } =
      useTenantSwitcherConfig('TenantSwitcherList');
    const list = useContext(TenantSwitcherListContext);
    const baseId = useId();
    if (!list) return null;
    const { query, activeTenantId, hiddenCount } = list;
    return (
      <div
        id={listId}
        {...slot('list')}
        {...(searchable && {
          role: 'menu',
          'aria-label': messages.menuLabel,
          'aria-orientation': 'vertical',
        })}
        {...props}
        ref={ref}
      >
        {list.matchCount === 0 && (
          <DropdownMenu.Item disabled {...slot('empty')}>
            {query === '' ? messages.noTenants : formatMessage(messages.noResults, { query })}
          </DropdownMenu.Item>
        )}
        {list.sections.map(({ kind, tenants }) => (
          <DropdownMenu.RadioGroup
            key={kind}
            value={activeTenantId ?? ''}
            onValueChange={switchTenant}
            aria-labelledby={baseId + kind}
            {...slot('group')}
            data-kind={kind}
          >
            <DropdownMenu.Label id={baseId + kind} {...slot('group-label')}>
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
        {hiddenCount > 0 && (
          <div id={moreId} {...slot('more')}>
            {formatPlural(messages.moreResults, hiddenCount, locale)}
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
  const { messages, locale, roleText, avatar } = useTenantSwitcherConfig('TenantSwitcherList');
  const role = roleText(tenant);
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
      {...slot('item')}
      data-kind={tenant.kind}
    >
      {avatar(tenant)}
      <span {...slot('item-text')}>
        <bdi {...slot('name')}>{tenant.name}</bdi>
        <span {...slot('scope')}>{scope}</span>
      </span>
      <span {...slot('role')} data-state={tenant.role === null ? 'none' : 'set'}>
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
  return <DropdownMenu.Item {...slot('action')} {...props} ref={ref} />;
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
  return <DropdownMenu.Separator {...slot('separator')} {...props} ref={ref} />;
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
export function TenantSwitcher(props: TenantSwitcherProps) {
  const { onCreateTenant, onManageTenants, footer, triggerProps, contentProps, ...rootProps } =
    props;
  return (
    <TenantSwitcherRoot {...rootProps}>
      <TenantSwitcherTrigger {...triggerProps} />
      <TenantSwitcherStatus />
      <TenantSwitcherContent {...contentProps}>
        <TenantSwitcherSearch />
        <TenantSwitcherList>
          {(onCreateTenant || onManageTenants || footer !== undefined) && (
            <TenantSwitcherActions {...props} />
          )}
        </TenantSwitcherList>
      </TenantSwitcherContent>
    </TenantSwitcherRoot>
  );
}

function TenantSwitcherActions({ onCreateTenant, onManageTenants, footer }: TenantSwitcherProps) {
  const { messages } = useTenantSwitcherConfig('TenantSwitcher');
  return (
    <>
      <TenantSwitcherSeparator />
      {onCreateTenant && (
        <TenantSwitcherAction onSelect={onCreateTenant} data-action="create">
          {messages.createTenant}
        </TenantSwitcherAction>
      )}
      {onManageTenants && (
        <TenantSwitcherAction onSelect={onManageTenants} data-action="manage">
          {messages.manageTenants}
        </TenantSwitcherAction>
      )}
      {footer}
    </>
  );
}

/** A part's `data-slot`, the name styles select it by (`tenant-switcher-trigger`…). */
function slot(name: string) {
  return { 'data-slot': `tenant-switcher-${name}` };
}

function switchingText(messages: TenantSwitcherMessages, tenant: Tenant): string {
  return formatMessage(messages.switchingTo, { name: tenant.name });
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
  else if (ref) ref.current = node;
}

function countOption(
  props: TenantSwitcherRootProps,
  option: 'searchThreshold' | 'maxVisible',
  min: number,
  fallback: number,
): number {
  const value: unknown = props[option];
  if (value === undefined) return fallback;
  if (Number.isInteger(value) && (value as number) >= min) return value as number;
  throw new TypeError(`TenantSwitcher: \`${option}\` must be a whole number of at least ${min}.`);
}

function Icon({ slot: name, d }: { readonly slot: string; readonly d: string }) {
  return (
    <svg {...slot(name)} aria-hidden="true" width="12" height="12" viewBox="0 0 12 12">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
