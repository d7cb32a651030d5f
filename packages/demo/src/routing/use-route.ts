import { useSyncExternalStore } from 'react';
import { currentPath, subscribeToLocation } from './location-store.js';
import { parseRoute, type Route } from './route.js';

/**
 * The current route; re-renders on navigation.
 *
 * @example
 * ```tsx
 * const route = useRoute();
 * if (route.page === 'inspector') return <ClaimsInspector />;
 * ```
 */
export function useRoute(): Route {
  const path = useSyncExternalStore(subscribeToLocation, currentPath);
  return parseRoute(path);
}
