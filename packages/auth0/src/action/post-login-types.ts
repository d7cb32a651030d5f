/**
 * The part of Auth0's post-login `event` that the tenantkit Action reads. Auth0
 * passes a much larger object; anything with at least these fields fits.
 *
 * @example
 * ```ts
 * const event: PostLoginEvent = {
 *   user: { app_metadata: { tenants: { 'team-1': { role: 'admin', channels: ['*'] } } } },
 * };
 * ```
 */
export interface PostLoginEvent {
  readonly user: {
    /** Set by administrators only (users cannot edit it), hence trusted for roles. */
    readonly app_metadata?: unknown;
  };
}

/**
 * The part of Auth0's post-login `api` that the tenantkit Action calls.
 *
 * @example
 * ```ts
 * const claims = new Map<string, unknown>();
 * const api: PostLoginApi = {
 *   idToken: { setCustomClaim: (name, value) => void claims.set(name, value) },
 *   accessToken: { setCustomClaim: () => undefined },
 *   access: { deny: (reason) => console.error(reason) },
 * };
 * ```
 */
export interface PostLoginApi {
  readonly idToken: { setCustomClaim(name: string, value: unknown): unknown };
  readonly accessToken: { setCustomClaim(name: string, value: unknown): unknown };
  readonly access: { deny(reason: string): unknown };
}

/**
 * An Auth0 post-login Action handler (`exports.onExecutePostLogin`).
 *
 * @example
 * ```ts
 * const handler: OnExecutePostLogin = async (event, api) => {
 *   api.idToken.setCustomClaim('https://example.com/hello', 'world');
 * };
 * ```
 */
export type OnExecutePostLogin = (event: PostLoginEvent, api: PostLoginApi) => Promise<void>;
