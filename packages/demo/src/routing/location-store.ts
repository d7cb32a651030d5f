// A router of a few lines: the demo has four kinds of pages and no nesting,
// so the History API and one event are enough.
const changeEvent = 'tenantkit-demo:navigate';

/**
 * Subscribes to path changes (links, back and forward buttons, redirects).
 *
 * @example
 * ```ts
 * const unsubscribe = subscribeToLocation(() => console.log(location.pathname));
 * ```
 */
export function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

/**
 * The current path, the router's snapshot.
 *
 * @example
 * ```ts
 * currentPath(); // '/channels/general'
 * ```
 */
export function currentPath(): string {
  return window.location.pathname;
}

/**
 * Goes to a path of the demo without reloading; `replace` leaves no history entry
 * (after the login callback, whose `?code=` must not stay in the history).
 *
 * @example
 * ```ts
 * navigate('/settings');
 * ```
 */
export function navigate(path: string, options: { readonly replace?: boolean } = {}): void {
  if (options.replace === true) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(changeEvent));
}
