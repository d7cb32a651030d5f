import type { StorageEventLike, StorageEventSource } from '@tenantkit/core';

/** A `StorageEventSource` that React feeds from an effect, so the store itself never holds a window listener. */
export interface StorageEventRelay extends StorageEventSource {
  emit(event: StorageEventLike): void;
}

/**
 * The tenant store listens to other tabs from the moment it is created, and has
 * no way to start again once destroyed. React may create a store during a render
 * it then throws away, and runs effects twice in development; handing the store
 * this in-memory relay and attaching the real listener in an effect keeps both
 * cases leak-free.
 */
export function createStorageEventRelay(): StorageEventRelay {
  const listeners = new Set<(event: StorageEventLike) => void>();
  return {
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    emit(event) {
      for (const listener of [...listeners]) listener(event);
    },
  };
}
