/**
 * Where the demo signs in: the local identity provider that `npm start` runs
 * next to it, and the seed's demo application.
 *
 * @example
 * ```tsx
 * <Auth0Provider domain={idpConfig.domain} clientId={idpConfig.clientId} … />
 * ```
 */
export const idpConfig = {
  /** `http://localhost:4000` by default; `VITE_TENANTKIT_IDP` overrides it. No trailing slash. */
  domain: (import.meta.env.VITE_TENANTKIT_IDP ?? 'http://localhost:4000').replace(/\/+$/u, ''),
  clientId: 'tenantkit-demo',
  /** The seed's database connection of the demo application. */
  databaseConnection: 'tenantkit-users',
} as const;

/**
 * The ID token's `iss`: the domain with a trailing slash. It scopes the
 * remembered tenant, with the user's `sub`.
 *
 * @example
 * ```ts
 * issuer; // 'http://localhost:4000/'
 * ```
 */
export const issuer = `${idpConfig.domain}/`;
