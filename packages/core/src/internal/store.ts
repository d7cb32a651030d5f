/** A minimal external store, the shape React's `useSyncExternalStore` reads. */
export interface ReadableStore<T> {
  getSnapshot(): T;
  subscribe(listener: () => void): () => void;
}

export interface WritableStore<T> extends ReadableStore<T> {
  /** Replaces the snapshot and notifies listeners, unless it is the same object. */
  set(next: T): void;
}

/** Creates a store whose snapshot only changes identity when its content changes. */
export function createStore<T>(initial: T): WritableStore<T> {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (Object.is(next, snapshot)) return;
      snapshot = next;
      // Copy first: a listener may unsubscribe (or subscribe) while we notify.
      for (const listener of [...listeners]) listener();
    },
  };
}
