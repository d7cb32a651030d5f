/**
 * The pages of the signed-in demo.
 *
 * @example
 * ```ts
 * const route: Route = { page: 'channel', channelId: 'general' };
 * ```
 */
export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'channel'; readonly channelId: string }
  | { readonly page: 'team-settings' }
  | { readonly page: 'inspector' }
  | { readonly page: 'demo-settings' }
  | { readonly page: 'not-found' };

/**
 * Reads a path into a route; anything unknown is `not-found`.
 *
 * @example
 * ```ts
 * parseRoute('/channels/channel-1'); // { page: 'channel', channelId: 'channel-1' }
 * ```
 */
export function parseRoute(path: string): Route {
  if (path === '/' || path === '') return { page: 'home' };
  if (path === '/settings') return { page: 'team-settings' };
  if (path === '/inspector') return { page: 'inspector' };
  if (path === '/demo') return { page: 'demo-settings' };
  const channel = /^\/channels\/([^/]+)$/u.exec(path);
  if (channel?.[1] !== undefined) {
    try {
      return { page: 'channel', channelId: decodeURIComponent(channel[1]) };
    } catch {
      return { page: 'not-found' };
    }
  }
  return { page: 'not-found' };
}

/**
 * The path of a channel page.
 *
 * @example
 * ```ts
 * channelPath('general'); // '/channels/general'
 * ```
 */
export function channelPath(channelId: string): string {
  return `/channels/${encodeURIComponent(channelId)}`;
}
