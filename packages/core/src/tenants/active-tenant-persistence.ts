import { isRecord } from '../internal/is-record.js';

/**
 * The part of the Web Storage API the tenant store uses; `localStorage` and
 * `sessionStorage` fit, and so does a two-method fake in tests.
 *
 * @example
 * ```ts
 * const memory = new Map<string, string>();
 * const storage: TenantStorage = {
 *   getItem: (key) => memory.get(key) ?? null,
 *   setItem: (key, value) => void memory.set(key, value),
 * };
 * ```
 */
export type TenantStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The fields of a `storage` event the tenant store reads; a `StorageEvent` fits,
 * and so does a plain event carrying the two fields in tests.
 *
 * @example
 * ```ts
 * const change: StorageEventLike = { key: storageKeyOfUser, newValue: 'team-2' };
 * source.dispatchEvent(Object.assign(new Event('storage'), change));
 * ```
 */
export interface StorageEventLike {
  readonly key: string | null;
  readonly newValue: string | null;
}

/**
 * Where `storage` events from other tabs arrive; `window` fits, and a plain
 * `EventTarget` does in tests.
 *
 * @example
 * ```ts
 * const source: StorageEventSource = window;
 * ```
 */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
}

/**
 * Whose choice is stored: one user of one identity provider, so that the next
 * user of a shared browser does not inherit it.
 *
 * @example
 * ```ts
 * const scope: TenantScope = { issuer: claims.iss, userId: claims.sub };
 * ```
 */
export interface TenantScope {
  /** The token's `iss`, e.g. `https://example.eu.auth0.com/`. */
  readonly issuer: string;
  /** The token's `sub`, e.g. `auth0|123`. */
  readonly userId: string;
}

/** The storage options of `createTenantStore`, validated here. */
export interface PersistenceOptions {
  readonly storage?: TenantStorage | null | undefined;
  readonly storageKey?: string | undefined;
  readonly scope?: TenantScope | undefined;
  readonly syncAcrossTabs?: boolean | StorageEventSource | undefined;
}

/** Mirrors the active tenant id into storage, best effort: memory stays the truth. */
export interface ActiveTenantPersistence {
  /** The stored id, unvalidated; `null` when there is none or storage fails. */
  read(): string | null;
  /** Does nothing once stopped. */
  write(id: string): void;
  /** Stops following other tabs and writing storage. */
  stop(): void;
}

/**
 * The default `storageKey` prefix; the encoded issuer and user id follow it.
 *
 * @example
 * ```ts
 * // Forget the remembered tenant of this user, e.g. on sign-out:
 * localStorage.removeItem(`${DEFAULT_STORAGE_KEY}:${encodeURIComponent(iss)}:${encodeURIComponent(sub)}`);
 * ```
 */
export const DEFAULT_STORAGE_KEY = 'tenantkit:active-tenant';

const memoryOnly: ActiveTenantPersistence = {
  read: () => null,
  write: () => undefined,
  stop: () => undefined,
};

/**
 * Resolves the storage options of the tenant store: validates them (throwing a
 * `TypeError` naming the option) and returns a mirror that never throws. With
 * `syncAcrossTabs`, calls `onStored` with each id another tab stores, until stopped.
 */
export function createActiveTenantPersistence(
  options: PersistenceOptions,
  onStored: (id: string) => void,
): ActiveTenantPersistence {
  const { storage, storageKey, scope, syncAcrossTabs } = options;
  if (storage != null && !isStorage(storage)) {
    failOption('`storage` must have getItem and setItem methods (or be null).');
  }
  if (storageKey !== undefined && !isNonEmptyString(storageKey)) {
    failOption('`storageKey` must be a non-empty string.');
  }
  if (
    syncAcrossTabs !== undefined &&
    typeof syncAcrossTabs !== 'boolean' &&
    !isEventSource(syncAcrossTabs)
  ) {
    failOption(
      '`syncAcrossTabs` must be a boolean or an object with addEventListener and removeEventListener.',
    );
  }
  // Without a scope an id would carry one user's choice over to the next user of the
  // browser. Not an error: the scope usually arrives with the user, after the options.
  if (scope === undefined) return memoryOnly;
  if (!isRecord(scope) || !isNonEmptyString(scope.issuer) || !isNonEmptyString(scope.userId)) {
    failOption(
      '`scope` must be { issuer, userId } with non-empty strings (the token’s iss and sub).',
    );
  }
  const target = storage === undefined ? defaultStorage() : storage;
  if (target === null) return memoryOnly;

  // Encoding keeps the key unambiguous: an issuer or user id may contain `:`.
  const key = `${storageKey ?? DEFAULT_STORAGE_KEY}:${encodeURIComponent(scope.issuer)}:${encodeURIComponent(scope.userId)}`;
  const source: unknown = syncAcrossTabs === true ? globalThis : syncAcrossTabs;
  const watching = isEventSource(source);
  // Typed loosely on purpose: events may come from a polyfill or a test fake.
  const listener = (event: unknown): void => {
    // A removed key (`null`) is no choice: keep the current tenant.
    if (isRecord(event) && event.key === key && typeof event.newValue === 'string') {
      onStored(event.newValue);
    }
  };
  if (watching) source.addEventListener('storage', listener);
  let stopped = false;

  return {
    read() {
      try {
        const value: unknown = target.getItem(key);
        return typeof value === 'string' ? value : null;
      } catch {
        return null; // private mode, a SecurityError, a broken polyfill: memory is enough
      }
    },
    write(id) {
      try {
        if (!stopped) target.setItem(key, id);
      } catch {
        // Quota or privacy settings: the choice lives in memory for this page.
      }
    },
    stop() {
      if (!stopped && watching) source.removeEventListener('storage', listener);
      stopped = true;
    },
  };
}

/** Throws the setup error of `createTenantStore`, naming the option in `message`. */
export function failOption(message: string): never {
  throw new TypeError(`createTenantStore: ${message}`);
}

function defaultStorage(): TenantStorage | null {
  // Looked up only now, never at import: touching `localStorage` throws a
  // SecurityError in sandboxed frames and with storage blocked.
  try {
    const storage: unknown = globalThis.localStorage;
    return isStorage(storage) ? storage : null;
  } catch {
    return null;
  }
}

const hasMethods = (value: unknown, methods: readonly string[]): boolean =>
  isRecord(value) && methods.every((method) => typeof value[method] === 'function');

const isStorage = (value: unknown): value is TenantStorage =>
  hasMethods(value, ['getItem', 'setItem']);

const isEventSource = (value: unknown): value is StorageEventSource =>
  hasMethods(value, ['addEventListener', 'removeEventListener']);

const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value !== '';
