import { isRecord } from '../internal/is-record.js';
import { createStore } from '../internal/store.js';
import {
  createActiveTenantPersistence,
  failOption,
  type StorageEventSource,
  type TenantScope,
  type TenantStorage,
} from './active-tenant-persistence.js';
import type { Tenant } from './tenant.js';

/**
 * What the tenant store holds. A new object only when something in it changed,
 * so it can be compared by identity.
 *
 * @example
 * ```ts
 * const { tenants, activeTenantId }: TenantStoreSnapshot = store.getSnapshot();
 * console.log(`${tenants.length} tenants, active: ${activeTenantId ?? 'none'}`);
 * ```
 */
export interface TenantStoreSnapshot {
  readonly tenants: readonly Tenant[];
  /** One of `tenants`, or `null` exactly when `tenants` is empty. */
  readonly activeTenant: Tenant | null;
  readonly activeTenantId: string | null;
}

/**
 * The outcome of {@link TenantStore.select}: an id that is not one of the
 * user's tenants is refused, not thrown.
 *
 * @example
 * ```ts
 * const result: SelectTenantResult = store.select('team-9');
 * if (!result.ok) console.warn(result.error); // 'unknown-tenant'
 * ```
 */
export type SelectTenantResult =
  { readonly ok: true } | { readonly ok: false; readonly error: 'unknown-tenant' };

/**
 * Passed to `onActiveTenantRemoved` when a new tenant list no longer has the
 * active tenant, so the app can tell the user why their workspace changed.
 *
 * @example
 * ```ts
 * const onActiveTenantRemoved = ({ previous, next }: ActiveTenantRemoval) =>
 *   console.info(`Left ${previous.name}; now in ${next?.name ?? 'no tenant'}`);
 * ```
 */
export interface ActiveTenantRemoval {
  readonly previous: Tenant;
  /** The tenant now active (the first of the new list), or `null` when the list is empty. */
  readonly next: Tenant | null;
}

/**
 * Options of {@link createTenantStore}: the tenants, whose choice it is, and
 * where that choice is remembered.
 *
 * @example
 * ```ts
 * const options: TenantStoreOptions = {
 *   tenants: readTenants(user),
 *   scope: { issuer: 'https://example.eu.auth0.com/', userId: user.sub },
 *   initialTenantId: new URLSearchParams(location.search).get('tenant'),
 * };
 * ```
 */
export interface TenantStoreOptions {
  /** The user's tenants, usually `readTenants(claims)`. */
  readonly tenants: readonly Tenant[];
  /**
   * Whose choice this is (the token's `iss` and `sub`). Without it the active
   * tenant is neither remembered nor synced, whatever the storage options say:
   * an unscoped id would follow the browser, not the user.
   */
  readonly scope?: TenantScope;
  /**
   * Where the active tenant id is remembered. Defaults to `localStorage`, looked up
   * when the store is created; `null` keeps it in memory. Storage that throws is
   * ignored. Only the id is ever written, never tokens or claims.
   */
  readonly storage?: TenantStorage | null;
  /**
   * Prefix of the storage key; the encoded issuer and user id are appended:
   * `tenantkit:active-tenant:<issuer>:<userId>` by default.
   */
  readonly storageKey?: string;
  /** A tenant to start in (from the URL, say); used only when it is one of `tenants`. */
  readonly initialTenantId?: string | null;
  /** Called after a new tenant list dropped the active tenant and the store moved on. */
  readonly onActiveTenantRemoved?: (removal: ActiveTenantRemoval) => void;
  /**
   * Follows selections made in other tabs through `storage` events: `true` listens
   * on `window`, or pass the event source. Off by default.
   */
  readonly syncAcrossTabs?: boolean | StorageEventSource;
}

/**
 * The tenant list and the active tenant, readable with `useSyncExternalStore`.
 *
 * @example
 * ```ts
 * const { activeTenant } = useSyncExternalStore(store.subscribe, store.getSnapshot);
 * store.setTenants(readTenants(refreshedUser)); // after a token refresh
 * ```
 */
export interface TenantStore {
  // Properties, not methods: React receives them unbound (`useSyncExternalStore(store.subscribe, ...)`).
  readonly getSnapshot: () => TenantStoreSnapshot;
  /** Calls `listener` after each change; returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Makes `id` the active tenant if it is one of the tenants; otherwise changes nothing. */
  select(id: string): SelectTenantResult;
  /**
   * Replaces the tenant list (after a token refresh). Tenants that did not change
   * keep their object identity. If the active tenant is gone, the first tenant (or
   * none) becomes active at once and `onActiveTenantRemoved` is called.
   */
  setTenants(tenants: readonly Tenant[]): void;
  /** Stops listening to other tabs and writing storage. The store keeps answering. */
  destroy(): void;
}

const SELECTED: SelectTenantResult = Object.freeze({ ok: true });
const UNKNOWN: SelectTenantResult = Object.freeze({ ok: false, error: 'unknown-tenant' });

/**
 * Creates the store of the user's tenants and the active one.
 *
 * The first active tenant is, in order: `initialTenantId` if it is one of the
 * tenants, else the remembered id if it is one of them, else the first tenant,
 * else none. The same order applies whenever the list goes from empty to not
 * empty. A remembered or synced id must equal a tenant id exactly (`" team-1 "`
 * and `"TEAM-1"` are not `team-1`); anything else is ignored.
 *
 * Only `select` writes storage. With `syncAcrossTabs`, a valid id stored by
 * another tab becomes active here too, and is not written back (no ping-pong).
 *
 * Misconfigured options throw a `TypeError` naming the option.
 *
 * @example
 * ```ts
 * const store = createTenantStore({
 *   tenants: readTenants(user),
 *   scope: { issuer: 'https://example.eu.auth0.com/', userId: user.sub },
 *   syncAcrossTabs: true,
 * });
 * store.select('team-2'); // { ok: true }
 * store.getSnapshot().activeTenant?.role; // 'employee'
 * ```
 */
export function createTenantStore(options: TenantStoreOptions): TenantStore {
  if (!isRecord(options) || !Array.isArray(options.tenants)) {
    failOption('`tenants` must be an array (it may be empty).');
  }
  const { initialTenantId, onActiveTenantRemoved } = options;
  if (initialTenantId != null && typeof initialTenantId !== 'string') {
    failOption('`initialTenantId` must be a string or null.');
  }
  if (onActiveTenantRemoved !== undefined && typeof onActiveTenantRemoved !== 'function') {
    failOption('`onActiveTenantRemoved` must be a function.');
  }
  // Another tab's choice counts only if it is one of the tenants.
  const persistence = createActiveTenantPersistence(options, (id) => activate(find(id)));

  const initialTenants = usableTenants(options.tenants);
  let byId = indexById(initialTenants);

  // No tenant has the id '' (usableTenants drops it), and a Map finds nothing for a
  // value of another type that slipped past the types.
  const find = (id: string | null | undefined): Tenant | undefined => byId.get(id ?? '');
  // Storage is read only when `initialTenantId` does not settle it.
  const firstActive = (tenants: readonly Tenant[]): Tenant | null =>
    find(initialTenantId) ?? find(persistence.read()) ?? tenants[0] ?? null;

  const store = createStore(snapshotOf(initialTenants, firstActive(initialTenants)));

  const activate = (tenant: Tenant | undefined): void => {
    const current = store.getSnapshot();
    if (tenant && tenant !== current.activeTenant) store.set(snapshotOf(current.tenants, tenant));
  };

  return {
    getSnapshot: () => store.getSnapshot(),
    subscribe: (listener) => store.subscribe(listener),
    select(id) {
      const tenant = find(id);
      if (!tenant) return UNKNOWN;
      activate(tenant);
      // Written even when already active: this tab's click is the user's latest choice.
      persistence.write(tenant.id);
      return SELECTED;
    },
    setTenants(next) {
      const current = store.getSnapshot();
      const previous = current.activeTenant;
      const tenants = reuseUnchanged(
        current.tenants,
        usableTenants(Array.isArray(next) ? next : []),
      );
      if (tenants === current.tenants) return;
      byId = indexById(tenants);
      const kept = find(previous?.id);
      const active = kept ?? (previous ? (tenants[0] ?? null) : firstActive(tenants));
      store.set(snapshotOf(tenants, active));
      if (previous && !kept) onActiveTenantRemoved?.({ previous, next: active });
    },
    destroy: () => persistence.stop(),
  };
}

function snapshotOf(tenants: readonly Tenant[], active: Tenant | null): TenantStoreSnapshot {
  return Object.freeze({ tenants, activeTenant: active, activeTenantId: active?.id ?? null });
}

function indexById(tenants: readonly Tenant[]): Map<string, Tenant> {
  return new Map(tenants.map((tenant) => [tenant.id, tenant]));
}

/**
 * Drops entries that are not tenants (no id, no channel list) and later repeats of
 * an id, so that an id always names exactly one tenant.
 */
function usableTenants(tenants: readonly Tenant[]): readonly Tenant[] {
  const seen = new Set<string>();
  return Object.freeze(
    tenants.filter((tenant: unknown) => {
      if (!isRecord(tenant) || !Array.isArray(tenant.channels)) return false;
      const { id } = tenant;
      if (typeof id !== 'string' || id === '' || seen.has(id)) return false;
      seen.add(id);
      return true;
    }),
  );
}

/**
 * Keeps the previous object of every tenant whose content did not change, and the
 * previous list when nothing changed, so a token refresh that changes nothing
 * causes no render and memoised rows stay memoised.
 */
function reuseUnchanged(previous: readonly Tenant[], next: readonly Tenant[]): readonly Tenant[] {
  const before = indexById(previous);
  let unchanged = previous.length === next.length;
  const merged = next.map((tenant, index) => {
    const old = before.get(tenant.id);
    const kept = old && sameTenant(old, tenant) ? old : tenant;
    if (kept !== previous[index]) unchanged = false;
    return kept;
  });
  return unchanged ? previous : Object.freeze(merged);
}

/** Same content; the id is already known to be the same. */
function sameTenant(a: Tenant, b: Tenant): boolean {
  return (
    (['name', 'role', 'kind', 'orgId'] as const).every((field) => a[field] === b[field]) &&
    a.channels.length === b.channels.length &&
    a.channels.every((channel, index) => channel === b.channels[index])
  );
}
