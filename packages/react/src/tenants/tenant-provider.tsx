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

const UNKNOWN_TENANT: SelectTenantResult = Object.freeze({ ok: false, error: 'unknown-tenant' });
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
  if (value !== undefined && syncAcrossTabs !== undefined && syncAcrossTabs !== false) {
    throw new TypeError(
      'TenantProvider: `syncAcrossTabs` cannot be used with a controlled `value`; follow other tabs in the parent instead.',
    );
  }

  const tenants = useTenantList(props.tenants, claims, claim, organizationsClaim, personalIds);

  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  const syncing = syncAcrossTabs !== undefined && syncAcrossTabs !== false;
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
    if (relay === null || syncAcrossTabs === undefined || syncAcrossTabs === false) return;
    const source: unknown = syncAcrossTabs === true ? globalThis : syncAcrossTabs;
    if (!isEventSource(source)) return;
    const forward = relay.emit.bind(relay);
    source.addEventListener('storage', forward);
    return () => source.removeEventListener('storage', forward);
  }, [relay, syncAcrossTabs]);

  // A layout effect, declared before the one that replaces the tenants, so that a
  // fallback caused by a token refresh is reported before the browser paints.
  useLayoutEffect(() => {
    let reported = store.getSnapshot().activeTenantId;
    return store.subscribe(() => {
      const id = store.getSnapshot().activeTenantId;
      if (id === reported) return;
      reported = id;
      const { value: controlled, onValueChange } = latest.current;
      if (id !== controlled) onValueChange?.(id);
    });
  }, [store]);

  useLayoutEffect(() => {
    store.setTenants(tenants);
    for (const removal of takeRemovals()) latest.current.onActiveTenantRemoved?.(removal);
    if (value !== undefined && store.getSnapshot().activeTenantId !== value) store.select(value);
  }, [store, takeRemovals, tenants, value]);

  const switchTenant = useCallback(
    (tenantId: string): SelectTenantResult => {
      const tenant = store.getSnapshot().tenants.find(({ id }) => id === tenantId);
      if (tenant === undefined) return UNKNOWN_TENANT;
      const { onSwitchRequest, value: controlled, onValueChange } = latest.current;
      if (onSwitchRequest?.(tenant) === 'handled') return SELECTED;
      if (controlled === undefined) return store.select(tenant.id);
      if (tenant.id !== controlled) onValueChange?.(tenant.id);
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

function useTenantList(
  tenants: readonly Tenant[] | undefined,
  claims: unknown,
  claim: string | undefined,
  organizationsClaim: string | undefined,
  personalIds: ReadTenantsOptions['personalIds'] | undefined,
): readonly Tenant[] {
  return useMemo(() => {
    if (tenants !== undefined) return tenants;
    const options: { -readonly [K in keyof ReadTenantsOptions]: ReadTenantsOptions[K] } = {};
    if (claim !== undefined) options.claim = claim;
    if (organizationsClaim !== undefined) options.organizationsClaim = organizationsClaim;
    if (personalIds !== undefined) options.personalIds = personalIds;
    return readTenants(claims, options);
  }, [tenants, claims, claim, organizationsClaim, personalIds]);
}

function createHolder(
  key: string,
  props: TenantProviderProps,
  tenants: readonly Tenant[],
): StoreHolder {
  const { scope, storage, storageKey, syncAcrossTabs, value, defaultValue } = props;
  const relay =
    syncAcrossTabs === undefined || syncAcrossTabs === false ? null : createStorageEventRelay();
  const removals: ActiveTenantRemoval[] = [];
  const store = createTenantStore({
    tenants,
    ...(scope !== undefined && { scope }),
    ...(storage !== undefined && { storage }),
    ...(storageKey !== undefined && { storageKey }),
    ...(relay !== null && { syncAcrossTabs: relay }),
    initialTenantId: value ?? defaultValue ?? null,
    // Only the provider's own setTenants call removes tenants; it delivers these right after.
    onActiveTenantRemoved: (removal) => void removals.push(removal),
  });
  const takeRemovals = () => removals.splice(0);
  return { key, storage, store, relay, takeRemovals };
}

function isEventSource(value: unknown): value is StorageEventSource {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as StorageEventSource).addEventListener === 'function' &&
    typeof (value as StorageEventSource).removeEventListener === 'function'
  );
}
