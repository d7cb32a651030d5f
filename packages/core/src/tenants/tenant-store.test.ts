import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type {
  StorageEventLike,
  StorageEventSource,
  TenantStorage,
} from './active-tenant-persistence.js';
import type { Tenant } from './tenant.js';
import { createTenantStore, type TenantStoreOptions } from './tenant-store.js';

function tenant(
  id: string,
  role: string | null = 'user',
  channels: readonly string[] = [],
): Tenant {
  return {
    id,
    name: id.toUpperCase(),
    role,
    channels,
    kind: id === 'personal' ? 'personal' : 'organization',
  };
}

const team1 = tenant('team-1', 'admin', ['*']);
const team2 = tenant('team-2', 'employee', ['channel-1', 'channel-2']);
const team3 = tenant('team-3');
const scope = { issuer: 'https://example.eu.auth0.com/', userId: 'auth0|ana' };
const KEY = 'tenantkit:active-tenant:https%3A%2F%2Fexample.eu.auth0.com%2F:auth0%7Cana';

/** A Storage fake that records writes, optionally failing like private mode does. */
function memoryStorage(
  initial: Record<string, string> = {},
  fail: { get?: boolean; set?: boolean } = {},
) {
  const items = new Map(Object.entries(initial));
  const writes: [string, string][] = [];
  const storage: TenantStorage = {
    getItem(key) {
      if (fail.get === true) throw new DOMException('The operation is insecure.', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      if (fail.set === true) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      writes.push([key, value]);
      items.set(key, value);
    },
  };
  return { storage, items, writes };
}

/** A `storage` event source standing in for `window`. */
function eventSource() {
  const listeners = new Set<(event: StorageEventLike) => void>();
  const source: StorageEventSource & { emit(event: unknown): void; readonly listeners: number } = {
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    emit: (event) => {
      for (const listener of [...listeners]) listener(event as StorageEventLike);
    },
    get listeners() {
      return listeners.size;
    },
  };
  return source;
}

/**
 * Tabs sharing one localStorage: like browsers, a write that changes a value
 * fires a `storage` event in every other tab, never in the writing one.
 */
function browser() {
  const items = new Map<string, string>();
  const tabs: ReturnType<typeof eventSource>[] = [];
  let writes = 0;
  return {
    get writes() {
      return writes;
    },
    tab() {
      const events = eventSource();
      tabs.push(events);
      const storage: TenantStorage = {
        getItem: (key) => items.get(key) ?? null,
        setItem(key, newValue) {
          writes += 1;
          if (items.get(key) === newValue) return;
          items.set(key, newValue);
          for (const other of tabs) if (other !== events) other.emit({ key, newValue });
        },
      };
      return { storage, events };
    },
  };
}

/** Makes `globalThis` look like a window whose `storage` events come from `events`. */
function stubWindowEvents(events: StorageEventSource): void {
  type Listener = (event: StorageEventLike) => void;
  vi.stubGlobal('addEventListener', (type: 'storage', listener: Listener) => {
    events.addEventListener(type, listener);
  });
  vi.stubGlobal('removeEventListener', (type: 'storage', listener: Listener) => {
    events.removeEventListener(type, listener);
  });
}

function activeId(options: TenantStoreOptions): string | null {
  return createTenantStore(options).getSnapshot().activeTenantId;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createTenantStore: the active tenant', () => {
  test('starts in the first tenant, or in none when there are none', () => {
    const store = createTenantStore({ tenants: [team1, team2] });
    expect(store.getSnapshot()).toEqual({
      tenants: [team1, team2],
      activeTenant: team1,
      activeTenantId: 'team-1',
    });
    expect(createTenantStore({ tenants: [] }).getSnapshot()).toEqual({
      tenants: [],
      activeTenant: null,
      activeTenantId: null,
    });
  });

  test('select switches tenants and notifies subscribers once', () => {
    const store = createTenantStore({ tenants: [team1, team2] });
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.select('team-2')).toEqual({ ok: true });
    expect(store.getSnapshot().activeTenant).toBe(team2);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('the snapshot keeps its identity until something changes', () => {
    const store = createTenantStore({ tenants: [team1, team2] });
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);
    expect(store.select('team-1')).toEqual({ ok: true });
    expect(store.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  test.each([
    'team-4',
    ' team-1 ',
    'TEAM-1',
    'team-1\u200b',
    '',
    '__proto__',
    'constructor',
    'toString',
  ])('select(%j) is refused and changes nothing', (id) => {
    const { storage, writes } = memoryStorage();
    const store = createTenantStore({ tenants: [team1, team2], scope, storage });
    store.select('team-2');
    const before = store.getSnapshot();
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.select(id)).toEqual({ ok: false, error: 'unknown-tenant' });
    expect(store.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    expect(writes).toEqual([[KEY, 'team-2']]);
  });

  test('unsubscribing stops notifications', () => {
    const store = createTenantStore({ tenants: [team1, team2] });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.select('team-2');
    expect(listener).not.toHaveBeenCalled();
  });

  test('keeps the first of repeated ids and drops entries that are not tenants', () => {
    const impostor = tenant('team-1', 'owner', ['*']);
    const junk = [
      null,
      { id: '', channels: [] },
      { id: 'no-channels' },
      'team-9',
    ] as unknown as Tenant[];
    const store = createTenantStore({ tenants: [team1, impostor, ...junk, team2] });
    expect(store.getSnapshot().tenants).toEqual([team1, team2]);
    expect(store.select('no-channels')).toEqual({ ok: false, error: 'unknown-tenant' });
  });
});

describe('createTenantStore: which tenant comes first', () => {
  test('initialTenantId beats the remembered tenant', () => {
    const { storage } = memoryStorage({ [KEY]: 'team-3' });
    expect(
      activeId({ tenants: [team1, team2, team3], scope, storage, initialTenantId: 'team-2' }),
    ).toBe('team-2');
  });

  test('an initialTenantId that is not a tenant falls back to the remembered one, then the first', () => {
    const { storage } = memoryStorage({ [KEY]: 'team-3' });
    expect(
      activeId({ tenants: [team1, team2, team3], scope, storage, initialTenantId: 'team-9' }),
    ).toBe('team-3');
    expect(activeId({ tenants: [team1, team2], scope, storage, initialTenantId: 'TEAM-2' })).toBe(
      'team-1',
    );
  });

  test('restores the remembered tenant of this user', () => {
    const { storage } = memoryStorage({ [KEY]: 'team-2' });
    expect(activeId({ tenants: [team1, team2], scope, storage })).toBe('team-2');
  });

  test.each([' team-2 ', 'TEAM-2', 'team-2\n', '__proto__', 'constructor', '', '{"id":"team-2"}'])(
    'ignores the remembered value %j: it must equal a tenant id exactly',
    (stored) => {
      const { storage } = memoryStorage({ [KEY]: stored });
      expect(activeId({ tenants: [team1, team2], scope, storage })).toBe('team-1');
    },
  );

  test("another user on the same browser never gets the first user's choice", () => {
    const { storage } = memoryStorage();
    createTenantStore({ tenants: [team1, team2], scope, storage }).select('team-2');
    const other = { issuer: scope.issuer, userId: 'auth0|bruno' };
    expect(activeId({ tenants: [team1, team2], scope: other, storage })).toBe('team-1');
    const otherIssuer = { issuer: 'https://other.eu.auth0.com/', userId: scope.userId };
    expect(activeId({ tenants: [team1, team2], scope: otherIssuer, storage })).toBe('team-1');
    expect(activeId({ tenants: [team1, team2], scope, storage })).toBe('team-2');
  });

  test('encodes the scope so that issuers and ids containing ":" cannot collide', () => {
    const { storage, items } = memoryStorage();
    createTenantStore({
      tenants: [team1, team2],
      scope: { issuer: 'a:b', userId: 'c' },
      storage,
    }).select('team-2');
    expect(
      activeId({ tenants: [team1, team2], scope: { issuer: 'a', userId: 'b:c' }, storage }),
    ).toBe('team-1');
    expect([...items.keys()]).toEqual(['tenantkit:active-tenant:a%3Ab:c']);
  });
});

describe('createTenantStore: persistence', () => {
  test('stores only the selected id, under a key scoped to issuer and user', () => {
    const { storage, items } = memoryStorage();
    createTenantStore({ tenants: [team1, team2], scope, storage }).select('team-2');
    expect(Object.fromEntries(items)).toEqual({ [KEY]: 'team-2' });
  });

  test('storageKey replaces the prefix of the key', () => {
    const { storage, items } = memoryStorage();
    createTenantStore({
      tenants: [team1, team2],
      scope,
      storage,
      storageKey: 'my-app:tenant',
    }).select('team-2');
    expect([...items.keys()]).toEqual([
      'my-app:tenant:https%3A%2F%2Fexample.eu.auth0.com%2F:auth0%7Cana',
    ]);
  });

  test('writes on select only: not on start, not when a refresh moves the active tenant', () => {
    const { storage, writes } = memoryStorage({ [KEY]: 'team-2' });
    const store = createTenantStore({
      tenants: [team1, team2],
      scope,
      storage,
      initialTenantId: 'team-1',
    });
    store.setTenants([team2]);
    expect(writes).toEqual([]);
    store.select('team-2');
    expect(writes).toEqual([[KEY, 'team-2']]);
  });

  test('storage that throws on read starts in memory without an error', () => {
    const { storage } = memoryStorage({ [KEY]: 'team-2' }, { get: true });
    const store = createTenantStore({ tenants: [team1, team2], scope, storage });
    expect(store.getSnapshot().activeTenantId).toBe('team-1');
    expect(store.select('team-2')).toEqual({ ok: true });
  });

  test('storage that throws on write still switches tenants in memory', () => {
    const { storage } = memoryStorage({}, { set: true });
    const store = createTenantStore({ tenants: [team1, team2], scope, storage });
    expect(store.select('team-2')).toEqual({ ok: true });
    expect(store.getSnapshot().activeTenantId).toBe('team-2');
  });

  test('storage returning something other than a string is ignored', () => {
    const storage = {
      getItem: () => ({ toString: () => 'team-2' }),
      setItem: () => undefined,
    } as unknown as TenantStorage;
    expect(activeId({ tenants: [team1, team2], scope, storage })).toBe('team-1');
  });

  test('defaults to localStorage, looked up when the store is created', () => {
    const { storage, items } = memoryStorage({ [KEY]: 'team-2' });
    vi.stubGlobal('localStorage', storage);
    const store = createTenantStore({ tenants: [team1, team2, team3], scope });
    expect(store.getSnapshot().activeTenantId).toBe('team-2');
    store.select('team-3');
    expect(items.get(KEY)).toBe('team-3');
  });

  test('falls back to memory when touching localStorage throws a SecurityError', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      const store = createTenantStore({ tenants: [team1, team2], scope });
      expect(store.select('team-2')).toEqual({ ok: true });
      expect(store.getSnapshot().activeTenantId).toBe('team-2');
    } finally {
      if (descriptor === undefined) Reflect.deleteProperty(globalThis, 'localStorage');
      else Object.defineProperty(globalThis, 'localStorage', descriptor);
    }
  });

  test('without a scope nothing is read or stored, even when localStorage exists', () => {
    const { storage, writes } = memoryStorage({ 'tenantkit:active-tenant': 'team-2' });
    vi.stubGlobal('localStorage', storage);
    const store = createTenantStore({ tenants: [team1, team2] });
    expect(store.getSnapshot().activeTenantId).toBe('team-1');
    store.select('team-2');
    expect(writes).toEqual([]);
  });

  test('storage options without a scope (user not known yet) neither store nor sync', () => {
    const { storage, writes } = memoryStorage({ 'my-app:tenant': 'team-2' });
    const events = eventSource();
    const store = createTenantStore({
      tenants: [team1, team2],
      storage,
      storageKey: 'my-app:tenant',
      syncAcrossTabs: events,
    });
    expect(store.getSnapshot().activeTenantId).toBe('team-1');
    store.select('team-2');
    expect(writes).toEqual([]);
    expect(events.listeners).toBe(0);
  });

  test('storage: null keeps the choice in memory', () => {
    const { storage, writes } = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    createTenantStore({ tenants: [team1, team2], scope, storage: null }).select('team-2');
    expect(writes).toEqual([]);
  });
});

describe('createTenantStore: token refresh (setTenants)', () => {
  test('keeps the active tenant and the snapshot when nothing changed', () => {
    const store = createTenantStore({ tenants: [team1, team2] });
    store.select('team-2');
    const before = store.getSnapshot();
    const listener = vi.fn();
    store.subscribe(listener);
    store.setTenants([
      { ...team1, channels: ['*'] },
      { ...team2, channels: [...team2.channels] },
    ]);
    expect(store.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  test('unchanged tenants keep their identity; a changed active tenant is replaced in place', () => {
    const store = createTenantStore({ tenants: [team1, team2] });
    store.select('team-2');
    const promoted = { ...team2, role: 'admin' };
    store.setTenants([{ ...team1 }, promoted, team3]);
    const snapshot = store.getSnapshot();
    expect(snapshot.tenants[0]).toBe(team1);
    expect(snapshot.activeTenant).toBe(promoted);
    expect(snapshot.activeTenantId).toBe('team-2');
  });

  test('falls back to the first tenant at once when the active one disappears, and says so', () => {
    const onActiveTenantRemoved = vi.fn();
    const store = createTenantStore({ tenants: [team1, team2, team3], onActiveTenantRemoved });
    store.select('team-2');
    store.setTenants([team3, team1]);
    expect(store.getSnapshot().activeTenant).toBe(team3);
    expect(onActiveTenantRemoved).toHaveBeenCalledExactlyOnceWith({ previous: team2, next: team3 });
  });

  test('the callback sees the new state already in the store', () => {
    const seen: (string | null)[] = [];
    const store = createTenantStore({
      tenants: [team1, team2],
      onActiveTenantRemoved: () => seen.push(store.getSnapshot().activeTenantId),
    });
    store.setTenants([team2]);
    expect(seen).toEqual(['team-2']);
  });

  test('an empty list leaves no active tenant and reports next: null', () => {
    const onActiveTenantRemoved = vi.fn();
    const store = createTenantStore({ tenants: [team1], onActiveTenantRemoved });
    store.setTenants([]);
    expect(store.getSnapshot()).toEqual({ tenants: [], activeTenant: null, activeTenantId: null });
    expect(onActiveTenantRemoved).toHaveBeenCalledExactlyOnceWith({ previous: team1, next: null });
  });

  test('does not report when the active tenant stays', () => {
    const onActiveTenantRemoved = vi.fn();
    const store = createTenantStore({ tenants: [team1, team2], onActiveTenantRemoved });
    store.setTenants([team2, team1]);
    expect(store.getSnapshot().activeTenantId).toBe('team-1');
    expect(onActiveTenantRemoved).not.toHaveBeenCalled();
  });

  test('when tenants first arrive, the usual order applies (initial id, remembered id, first)', () => {
    const { storage } = memoryStorage({ [KEY]: 'team-3' });
    const store = createTenantStore({ tenants: [], scope, storage });
    expect(store.getSnapshot().activeTenantId).toBeNull();
    store.setTenants([team1, team2, team3]);
    expect(store.getSnapshot().activeTenantId).toBe('team-3');
  });

  test('a selection made before a refresh applies to the refreshed list', () => {
    const store = createTenantStore({ tenants: [team1, team2] });
    store.select('team-2');
    store.setTenants([team1, team2, team3]);
    expect(store.select('team-3')).toEqual({ ok: true });
    store.setTenants([team1]);
    expect(store.select('team-3')).toEqual({ ok: false, error: 'unknown-tenant' });
  });
});

describe('createTenantStore: other tabs', () => {
  test('follows a valid selection from another tab without writing it back', () => {
    const { storage, writes } = memoryStorage();
    const events = eventSource();
    const store = createTenantStore({
      tenants: [team1, team2],
      scope,
      storage,
      syncAcrossTabs: events,
    });
    events.emit({ key: KEY, newValue: 'team-2' });
    expect(store.getSnapshot().activeTenantId).toBe('team-2');
    expect(writes).toEqual([]);
  });

  test.each([
    ['an unknown id', { key: KEY, newValue: 'team-9' }],
    ['a padded id', { key: KEY, newValue: ' team-2 ' }],
    ['garbage', { key: KEY, newValue: '\u0000{"__proto__":1}' }],
    ['a removed key', { key: KEY, newValue: null }],
    ['storage.clear()', { key: null, newValue: null }],
    ['another user', { key: `${KEY}x`, newValue: 'team-2' }],
    ['a non-string value', { key: KEY, newValue: ['team-2'] }],
    ['no event object', null],
  ])('ignores %s written by another tab', (_label, event) => {
    const events = eventSource();
    const store = createTenantStore({
      tenants: [team1, team2],
      scope,
      storage: memoryStorage().storage,
      syncAcrossTabs: events,
    });
    const before = store.getSnapshot();
    events.emit(event);
    expect(store.getSnapshot()).toBe(before);
  });

  test('two tabs stay in step with one write per click (no ping-pong)', () => {
    const shared = browser();
    const first = shared.tab();
    const second = shared.tab();
    const tabA = createTenantStore({
      tenants: [team1, team2, team3],
      scope,
      ...first,
      syncAcrossTabs: first.events,
    });
    const tabB = createTenantStore({
      tenants: [team1, team2, team3],
      scope,
      ...second,
      syncAcrossTabs: second.events,
    });
    tabA.select('team-2');
    expect(tabB.getSnapshot().activeTenantId).toBe('team-2');
    tabB.select('team-3');
    expect(tabA.getSnapshot().activeTenantId).toBe('team-3');
    expect(shared.writes).toBe(2);
  });

  test('a tab whose user lacks the tenant keeps its own', () => {
    const shared = browser();
    const first = shared.tab();
    const second = shared.tab();
    const tabA = createTenantStore({
      tenants: [team1, team2],
      scope,
      ...first,
      syncAcrossTabs: first.events,
    });
    const tabB = createTenantStore({
      tenants: [team1, team3],
      scope,
      ...second,
      syncAcrossTabs: second.events,
    });
    tabA.select('team-2');
    expect(tabB.getSnapshot().activeTenantId).toBe('team-1');
  });

  test('is off unless asked for', () => {
    const events = eventSource();
    stubWindowEvents(events);
    createTenantStore({ tenants: [team1, team2], scope, storage: memoryStorage().storage });
    createTenantStore({
      tenants: [team1, team2],
      scope,
      storage: memoryStorage().storage,
      syncAcrossTabs: false,
    });
    expect(events.listeners).toBe(0);
  });

  test('syncAcrossTabs: true listens on the global window', () => {
    const events = eventSource();
    stubWindowEvents(events);
    const store = createTenantStore({
      tenants: [team1, team2],
      scope,
      storage: memoryStorage().storage,
      syncAcrossTabs: true,
    });
    events.emit({ key: KEY, newValue: 'team-2' });
    expect(store.getSnapshot().activeTenantId).toBe('team-2');
  });

  test('syncAcrossTabs: true without a window (Node, a worker) just does not sync', () => {
    expect(() =>
      createTenantStore({
        tenants: [team1],
        scope,
        storage: memoryStorage().storage,
        syncAcrossTabs: true,
      }),
    ).not.toThrow();
  });

  test('destroy stops listening and writing', () => {
    const { storage, writes } = memoryStorage();
    const events = eventSource();
    const store = createTenantStore({
      tenants: [team1, team2, team3],
      scope,
      storage,
      syncAcrossTabs: events,
    });
    store.destroy();
    store.destroy();
    expect(events.listeners).toBe(0);
    events.emit({ key: KEY, newValue: 'team-2' });
    expect(store.getSnapshot().activeTenantId).toBe('team-1');
    expect(store.select('team-3')).toEqual({ ok: true });
    expect(writes).toEqual([]);
  });
});

describe('createTenantStore: setup errors', () => {
  test.each<[string, Partial<TenantStoreOptions>, RegExp]>([
    ['an empty user id', { scope: { issuer: 'https://x/', userId: '' } }, /`scope`/],
    ['an empty storageKey', { scope, storageKey: '' }, /`storageKey`/],
    [
      'a storage without setItem',
      { scope, storage: { getItem: () => null } as unknown as TenantStorage },
      /`storage`/,
    ],
    [
      'a non-string initialTenantId',
      { initialTenantId: 1 as unknown as string },
      /`initialTenantId`/,
    ],
    [
      'a non-function callback',
      { onActiveTenantRemoved: 'x' as unknown as () => void },
      /`onActiveTenantRemoved`/,
    ],
    ['tenants that are not a list', { tenants: 'team-1' as unknown as Tenant[] }, /`tenants`/],
  ])('%s throws a TypeError naming the option', (_label, options, message) => {
    expect(() => createTenantStore({ tenants: [team1], ...options })).toThrow(message);
  });
});

describe('createTenantStore: scale', () => {
  test('handles 10,000 tenants and refreshes them without re-rendering', () => {
    const tenants = Array.from({ length: 10_000 }, (_, index) => tenant(`team-${index}`));
    const store = createTenantStore({ tenants });
    expect(store.select('team-9999')).toEqual({ ok: true });
    const before = store.getSnapshot();
    store.setTenants(tenants.map((each) => ({ ...each })));
    expect(store.getSnapshot()).toBe(before);
  });
});

describe('createTenantStore: properties', () => {
  const ids = fc.constantFrom(
    'team-1',
    'team-2',
    'team-3',
    'personal',
    ' team-1 ',
    'TEAM-1',
    '__proto__',
    'constructor',
    '',
  );
  const tenantList = fc
    .uniqueArray(ids, { maxLength: 5 })
    .map((list) => list.map((id) => tenant(id)));
  const operation = fc.oneof(
    fc.record({ kind: fc.constant('select' as const), id: fc.oneof(ids, fc.string()) }),
    fc.record({ kind: fc.constant('setTenants' as const), tenants: tenantList }),
    fc.record({
      kind: fc.constant('event' as const),
      newValue: fc.option(fc.oneof(ids, fc.string()), { nil: null }),
    }),
  );

  test('the active tenant is always one of the tenants, and only absent when there are none', () => {
    fc.assert(
      fc.property(
        tenantList,
        fc.option(ids, { nil: undefined }),
        fc.array(operation, { maxLength: 25 }),
        (initial, initialTenantId, operations) => {
          const events = eventSource();
          const { storage } = memoryStorage();
          const store = createTenantStore({
            tenants: initial,
            scope,
            storage,
            syncAcrossTabs: events,
            ...(initialTenantId === undefined ? {} : { initialTenantId }),
          });
          const check = (): void => {
            const { tenants, activeTenant, activeTenantId } = store.getSnapshot();
            expect(activeTenantId).toBe(activeTenant?.id ?? null);
            if (tenants.length === 0) expect(activeTenant).toBeNull();
            else expect(tenants).toContain(activeTenant);
          };
          check();
          for (const step of operations) {
            if (step.kind === 'select') {
              const known = store.getSnapshot().tenants.some(({ id }) => id === step.id);
              expect(store.select(step.id).ok).toBe(known);
            } else if (step.kind === 'setTenants') store.setTenants(step.tenants);
            else events.emit({ key: KEY, newValue: step.newValue });
            check();
          }
        },
      ),
    );
  });
});
