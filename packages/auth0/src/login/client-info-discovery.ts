import { createClientInfoResolver } from '@tenantkit/core';
import { auth0BaseUrl } from './auth0-base-url.js';
import type { Auth0RealmSource } from './use-auth0-realm-resolver.js';

/**
 * Discovery from Lock's public client info (`<domain>/client/<clientId>.js`):
 * it names each enterprise connection, so the button reads "Continue with Acme
 * Okta". It lists every enterprise domain of the application publicly, and a
 * tenant setting can turn it off: prefer the default WebFinger when that matters.
 *
 * @throws TypeError at setup when `domain` or `clientId` is missing or malformed.
 *
 * @example
 * ```tsx
 * <Auth0EmailFirstLogin domain="tenant.auth0.com" clientId="abc123" realmSource={clientInfoDiscovery} />
 * ```
 */
export const clientInfoDiscovery: Auth0RealmSource = (options) => {
  const { clientId } = options;
  if (typeof clientId !== 'string' || clientId === '') {
    throw new TypeError(
      "useAuth0RealmResolver: `clientId` must be the application's client id for clientInfoDiscovery.",
    );
  }
  return createClientInfoResolver({
    ...options,
    issuer: auth0BaseUrl(options.domain),
    clientId,
  });
};
