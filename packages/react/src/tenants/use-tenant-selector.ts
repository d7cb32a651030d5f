import type { TenantStoreSnapshot } from '@tenantkit/core';
import { useCallback, useSyncExternalStore } from 'react';
import { useTenantContext } from './tenant-context.js';

/**
 * Reads one value from the tenant store; the component re-renders only when that
 * value changes (by `Object.is`). `select` must return a primitive or a value
 * already in the snapshot, never a new object per call.
 */
export function useTenantSelector<T>(
  hookName: string,
  select: (snapshot: TenantStoreSnapshot) => T,
): T {
  const { store } = useTenantContext(hookName);
  const getSelection = useCallback(() => select(store.getSnapshot()), [store, select]);
  return useSyncExternalStore(store.subscribe, getSelection, getSelection);
}
