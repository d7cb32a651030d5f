import {
  type ActiveTenantRemoval,
  createTenantStore,
  type Policy,
  readTenants,
  type ReadTenantsOptions,
  type SelectTenantResult,
  type StorageEventSource,
  type Tenant,
  type TenantScope,
  type TenantStorage,
  type TenantStore,
} from '@tenantkit/core';
import {
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { createStorageEventRelay, type StorageEventRelay } from './storage-event-relay.js';
import { SwitchingTenantProvider, TenantContextProvider } from './tenant-context.js';

/**
 * How `switchTenant` should reach a tenant, as decided by {@link TenantProviderProps.onSwitchRequest}.
 *
 * @example
 * ```ts
 * const onSwitchRequest = (tenant: Tenant): SwitchRequestOutcome => (tenant.orgId ? 'handled' : 'select');
 * ```
 */
export type SwitchRequestOutcome = 'select' | 'handled';

/**
 * Props of {@link TenantProvider}.
 *
 * @example
 * ```tsx
 * const props: TenantProviderProps = { tenants, defaultValue: 'team-2', onValueChange: track };
 * ```
 */
export interface TenantProviderProps {
  /** The user's tenants. Give either these or `claims`; with neither the user has none. */
  readonly tenants?: readonly Tenant[];
  /** The ID token's claims (Auth0's `user`); read with `readTenants` and the options below. */
  readonly claims?: unknown;
  /** The claim holding the tenant map (see `readTenants`). */
  readonly claim?: string;
  /** The claim listing Auth0 Organizations (see `readTenants`). */
  readonly organizationsClaim?: string;
  /** Which tenant ids are personal accounts (see `readTenants`); pass a stable value. */
  readonly personalIds?: ReadTenantsOptions['personalIds'];
  /**
   * Whose choice the remembered tenant is: the token's `iss` and `sub`. Without it
   * nothing is stored; a new scope (another user) starts from a clean state.
   */
  readonly scope?: TenantScope;
  /** Where the active tenant id is remembered; `localStorage` by default, `null` for memory only. */
  readonly storage?: TenantStorage | null;
  /** Prefix of the storage key. */
  readonly storageKey?: string;
  /**
   * Follows tenant switches made in other tabs (`true` listens on `window`).
   * Not allowed together with a controlled `value`: the parent decides then.
   */
  readonly syncAcrossTabs?: boolean | StorageEventSource;
  /** The active tenant id, when the parent controls it. An id that is not a tenant is ignored. */
  readonly value?: string;
  /** The tenant to start in when uncontrolled; it wins over the remembered one. */
  readonly defaultValue?: string;
  /**
   * Called when the active tenant changes, or (controlled) should change: after a
   * switch, a switch in another tab, or a fallback because the tenant was revoked.
   * `null` when no tenant is left.
   */
  readonly onValueChange?: (tenantId: string | null) => void;
  /** Called after a new tenant list (a token refresh) dropped the active tenant; the provider already fell back. */
  readonly onActiveTenantRemoved?: (removal: ActiveTenantRemoval) => void;
  /** What each role may do, for `usePermission({ permission })` and `<Can permission>`. */
  readonly policy?: Policy;
  /**
   * Takes over switches that cannot happen locally, such as an Auth0 Organizations
   * re-login: return `'handled'` after starting it, or `'select'` for a local switch.
   */
  readonly onSwitchRequest?: (tenant: Tenant) => SwitchRequestOutcome;
  /** The tenant a switch handled elsewhere is heading to; the switcher shows "Switching…" meanwhile. */
  readonly switchingTenantId?: string | null;
  readonly children?: ReactNode;
}

const SELECTED: SelectTenantResult = Object.freeze({ ok: true });

interface StoreHolder {
  readonly key: string;
  readonly storage: TenantStorage | null | undefined;
  readonly store: TenantStore;
  readonly relay: StorageEventRelay | null;
  /** Removals the store reported since the last call. */
  readonly takeRemovals: () => readonly ActiveTenantRemoval[];
}

/**
 * Holds the signed-in user's tenants and the active one, for the hooks
 * (`useTenant`, `useActiveTenant`, `useTenants`, `usePermission`), `<Can>` and
 * `<TenantSwitcher>` below it. Backed by the core tenant store: a remembered
 * tenant is restored only if it is still one of the user's, a tenant list that
 * loses the active tenant falls back at once, and a different user (`scope`)
 * starts afresh.
 *
 * Misconfiguration (both `tenants` and `claims`, or `syncAcrossTabs` with a
 * controlled `value`) throws an error naming the prop.
 *
 * @example
 * ```tsx
 * <TenantProvider
 *   claims={user}
 *   claim="https://example.com/tenants"
 *   scope={{ issuer: 'https://example.eu.auth0.com/', userId: user.sub }}
 *   syncAcrossTabs
 * >
 *   <TenantSwitcher />
 *   <App />
 * </TenantProvider>
 * ```
 */
export function TenantProvider(props: TenantProviderProps) {
  const { claims, claim, organizationsClaim, personalIds, value, children } = props;
  const { scope, storage, storageKey, syncAcrossTabs, policy, switchingTenantId = null } = props;
  if (props.tenants !== undefined && claims !== undefined) {
    throw new TypeError('TenantProvider: pass either `tenants` or `claims`, not both.');
  }
  const syncing = !!syncAcrossTabs;
  if (value !== undefined && syncing) {
    throw new TypeError(
      'TenantProvider: `syncAcrossTabs` cannot be used with a controlled `value`; follow other tabs in the parent instead.',
    );
  }

  const tenants = useMemo(
    () =>
      props.tenants ??
      // readTenants takes an option given as undefined for an absent one.
      readTenants(claims, { claim, organizationsClaim, personalIds } as ReadTenantsOptions),
    [props.tenants, claims, claim, organizationsClaim, personalIds],
  );

  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  const key = JSON.stringify([scope?.issuer, scope?.userId, storageKey, syncing]);
  const [holder, setHolder] = useState(() => createHolder(key, props, tenants));
  let current = holder;
  if (holder.key !== key || holder.storage !== storage) {
    // Another user (or other storage): nothing of the previous store may leak into this one.
    current = createHolder(key, props, tenants);
    setHolder(current);
  }
  const { store, relay, takeRemovals } = current;

  useEffect(() => {
    const source: unknown = syncAcrossTabs === true ? globalThis : syncAcrossTabs;
    if (!relay || !isEventSource(source)) return;
    const forward = relay.emit.bind(relay);
    source.addEventListener('storage', forward);
    return () => source.removeEventListener('storage', forward);
  }, [relay, syncAcrossTabs]);

  // A layout effect, so that a fallback caused by a token refresh is reported
  // before the browser paints.
  useLayoutEffect(() => {
    let reported = store.getSnapshot().activeTenantId;
    const unsubscribe = store.subscribe(() => {
      const id = store.getSnapshot().activeTenantId;
      if (id === reported) return;
      reported = id;
      const { value: controlled, onValueChange } = latest.current;
      if (id !== controlled) onValueChange?.(id);
    });
    store.setTenants(tenants);
    for (const removal of takeRemovals()) latest.current.onActiveTenantRemoved?.(removal);
    if (value !== undefined && store.getSnapshot().activeTenantId !== value) store.select(value);
    return unsubscribe;
  }, [store, takeRemovals, tenants, value]);

  const switchTenant = useCallback(
    (tenantId: string): SelectTenantResult => {
      const tenant = store.getSnapshot().tenants.find(({ id }) => id === tenantId);
      const { onSwitchRequest, value: controlled, onValueChange } = latest.current;
      // The store refuses an unknown id, and switches an uncontrolled provider.
      if (!tenant) return store.select(tenantId);
      if (onSwitchRequest?.(tenant) === 'handled') return SELECTED;
      if (controlled === undefined) return store.select(tenantId);
      if (tenantId !== controlled) onValueChange?.(tenantId);
      return SELECTED;
    },
    [store],
  );

  const context = useMemo(() => ({ store, policy, switchTenant }), [store, policy, switchTenant]);
  return (
    <TenantContextProvider value={context}>
      <SwitchingTenantProvider value={switchingTenantId}>{children}</SwitchingTenantProvider>
    </TenantContextProvider>
  );
}

function createHolder(
  key: string,
  props: TenantProviderProps,
  tenants: readonly Tenant[],
): StoreHolder {
  const relay = props.syncAcrossTabs ? createStorageEventRelay() : null;
  const removals: ActiveTenantRemoval[] = [];
  const store = createTenantStore({
    // `scope`, `storage` and `storageKey` have the store's names; it reads nothing else.
    ...props,
    tenants,
    syncAcrossTabs: relay ?? false,
    initialTenantId: props.value ?? props.defaultValue ?? null,
    // Only the provider's own setTenants call removes tenants; it delivers these right after.
    onActiveTenantRemoved: (removal) => void removals.push(removal),
  });
  return { key, storage: props.storage, store, relay, takeRemovals: () => removals.splice(0) };
}

function isEventSource(value: unknown): value is StorageEventSource {
  return ['addEventListener', 'removeEventListener'].every(
    (method) => typeof (value as Record<string, unknown> | null)?.[method] === 'function',
  );
}
