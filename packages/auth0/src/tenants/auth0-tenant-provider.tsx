import { type User, useAuth0 } from '@auth0/auth0-react';
import {
  DEFAULT_ORGANIZATIONS_CLAIM,
  DEFAULT_TENANTS_CLAIM,
  readTenants,
  type ReadTenantsOptions,
  type StorageEventSource,
  type Tenant,
} from '@tenantkit/core';
import {
  type SwitchRequestOutcome,
  TenantProvider,
  type TenantProviderProps,
} from '@tenantkit/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  defaultSwitchStorage,
  type OrganizationMismatch,
  savePendingSwitch,
  type SwitchStorage,
  takePendingSwitch,
  tokenMatchesOrganization,
} from './pending-organization-switch.js';
import { OrganizationMismatchContext } from './use-organization-mismatch.js';

/**
 * How tenants are switched: `'claims'` switches locally between the tenants of
 * one token; `'organizations'` signs in again to the chosen Auth0 Organization.
 *
 * @example
 * ```tsx
 * const mode: Auth0TenantMode = 'organizations';
 * ```
 */
export type Auth0TenantMode = 'claims' | 'organizations';

/**
 * Props of {@link Auth0TenantProvider}.
 *
 * @example
 * ```tsx
 * const props: Auth0TenantProviderProps = { claim: 'https://example.com/tenants', mode: 'claims' };
 * ```
 */
export interface Auth0TenantProviderProps extends Pick<
  TenantProviderProps,
  | 'personalIds'
  | 'storage'
  | 'storageKey'
  | 'onValueChange'
  | 'onActiveTenantRemoved'
  | 'policy'
  | 'children'
> {
  /** The ID token claim holding the tenant map. Defaults to `https://tenantkit.dev/tenants`. */
  readonly claim?: string;
  /** Defaults to `'claims'`. */
  readonly mode?: Auth0TenantMode;
  /**
   * Organizations mode: the claim listing the user's organizations. Defaults to
   * `https://tenantkit.dev/organizations` (what the tenantkit post-login Action writes).
   */
  readonly organizationsClaim?: string;
  /**
   * The token's issuer (`https://<your domain>/`), to scope the remembered tenant
   * together with the user's `sub`. Auth0's SDK does not expose `iss` on `user`;
   * pass it when one origin serves users of several Auth0 tenants.
   */
  readonly issuer?: string;
  /** Claims mode: follow switches made in other tabs. */
  readonly syncAcrossTabs?: boolean | StorageEventSource;
  /** Claims mode: the active tenant id, when the app controls it. */
  readonly value?: string;
  /** Claims mode: the tenant to start in. */
  readonly defaultValue?: string;
  /**
   * Organizations mode: where the app returns after the re-login, as
   * `appState.returnTo`. Defaults to the current path, query and hash.
   */
  readonly returnTo?: string | ((tenant: Tenant) => string);
  /** Organizations mode: the token came back for another organization than the one chosen. */
  readonly onOrganizationMismatch?: (mismatch: OrganizationMismatch) => void;
  /** Organizations mode: `logout` or `loginWithRedirect` failed; the switcher is idle again. */
  readonly onSwitchError?: (error: unknown, tenant: Tenant) => void;
  /** Organizations mode: where the chosen organization waits for the return (`sessionStorage` by default). */
  readonly switchStorage?: SwitchStorage | null;
}

interface Switching {
  readonly tenantId: string;
  /** The user as they were: the logout before the redirect must not empty the switcher. */
  readonly user: User | undefined;
}

interface Scoped<T> {
  readonly userId: string;
  readonly value: T;
}

/**
 * `<TenantProvider>` fed by `useAuth0()`: the tenants come from the ID token's
 * claims only (never from the email domain), the remembered tenant is scoped to
 * the user (`sub`), and another user starts afresh.
 *
 * - `mode="claims"`: one token lists every tenant; switching is local, with no
 *   network request.
 * - `mode="organizations"`: each tenant is an Auth0 Organization and the token
 *   is for one of them (`org_id`), which is the active tenant. Switching signs in
 *   again, Auth0's documented way: `logout({ openUrl: false })`, then
 *   `loginWithRedirect({ authorizationParams: { organization }, appState: { returnTo } })`
 *   (usually without a password prompt, thanks to the Auth0 session). The
 *   switcher shows "Switching…" meanwhile. Back in the app, the token's `org_id`
 *   is compared with the choice; a difference is reported through
 *   `useOrganizationMismatch()` and `onOrganizationMismatch`, and the token wins.
 *
 * Misconfiguration (such as `value` in organizations mode) throws, naming the prop.
 *
 * @example
 * ```tsx
 * <Auth0Provider domain="example.eu.auth0.com" clientId="…" authorizationParams={{ redirect_uri: origin }}>
 *   <Auth0TenantProvider claim="https://example.com/tenants" mode="claims">
 *     <TenantSwitcher />
 *   </Auth0TenantProvider>
 * </Auth0Provider>
 * ```
 */
export function Auth0TenantProvider(props: Auth0TenantProviderProps) {
  const {
    mode = 'claims',
    claim = DEFAULT_TENANTS_CLAIM,
    organizationsClaim,
    personalIds,
    issuer = 'auth0',
    returnTo,
    onValueChange,
    onOrganizationMismatch,
    onSwitchError,
    switchStorage: switchStorageProp,
    // What TenantProvider takes as is: storage, value, policy, children…
    ...shared
  } = props;
  const organizations = mode === 'organizations';
  if (!organizations && (mode as string) !== 'claims') {
    throw new TypeError('Auth0TenantProvider: `mode` must be "claims" or "organizations".');
  }
  for (const prop of organizations ? (['value', 'defaultValue', 'syncAcrossTabs'] as const) : []) {
    if (props[prop] !== undefined) {
      throw new TypeError(
        `Auth0TenantProvider: \`${prop}\` is for mode="claims"; in organizations mode the token's organization is the active tenant.`,
      );
    }
  }
  const { user: liveUser, isLoading, logout, loginWithRedirect } = useAuth0();

  const [switching, setSwitching] = useState<Switching | null>(null);
  const user = switching === null ? liveUser : switching.user;
  const userId = typeof user?.sub === 'string' && user.sub !== '' ? user.sub : null;

  const tenants = useMemo(
    () =>
      // Signed out, or a token without `sub`: no tenants, whatever the claims say.
      userId === null
        ? []
        : // readTenants takes an option given as undefined for an absent one.
          readTenants(user, {
            claim,
            organizationsClaim: organizations
              ? (organizationsClaim ?? DEFAULT_ORGANIZATIONS_CLAIM)
              : undefined,
            personalIds,
          } as ReadTenantsOptions),
    [user, userId, claim, organizations, organizationsClaim, personalIds],
  );

  const tokenOrganization = organizations && typeof user?.org_id === 'string' ? user.org_id : null;
  // A choice among tenants outside any organization, made while the token has none.
  const [localChoice, setLocalChoice] = useState<Scoped<string> | null>(null);
  const [mismatch, setMismatch] = useState<Scoped<OrganizationMismatch> | null>(null);

  const switchStorage =
    switchStorageProp === undefined ? defaultSwitchStorage() : switchStorageProp;

  // Back from Auth0 (or any sign-in): compare the token with the pending choice, once.
  useEffect(() => {
    if (!organizations || isLoading || switching !== null || liveUser?.sub === undefined) return;
    const pending = takePendingSwitch(switchStorage, Date.now());
    if (pending === null || pending.userId !== liveUser.sub) return;
    if (tokenMatchesOrganization(pending.organization, liveUser)) return;
    const found: OrganizationMismatch = {
      expected: pending.organization,
      actual: typeof liveUser.org_id === 'string' ? liveUser.org_id : null,
      tenantId: pending.tenantId,
    };
    // Syncing with storage written before a full-page redirect is what effects are for;
    // it happens once per sign-in.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMismatch({ userId: liveUser.sub, value: found });
    onOrganizationMismatch?.(found);
  }, [organizations, isLoading, switching, liveUser, switchStorage, onOrganizationMismatch]);

  const onSwitchRequest = useCallback(
    (tenant: Tenant): SwitchRequestOutcome => {
      if (!organizations) return 'select';
      if (switching !== null) return 'handled'; // one redirect at a time
      const organization = tenant.orgId ?? null;
      if (organization === tokenOrganization) return 'select';
      if (userId === null) return 'handled';
      savePendingSwitch(switchStorage, {
        userId,
        tenantId: tenant.id,
        organization,
        startedAt: Date.now(),
      });
      setSwitching({ tenantId: tenant.id, user });
      const target =
        typeof returnTo === 'function' ? returnTo(tenant) : (returnTo ?? currentLocation());
      const redirect = async () => {
        await logout({ openUrl: false });
        await loginWithRedirect({
          authorizationParams: organization === null ? {} : { organization },
          appState: { returnTo: target },
        });
      };
      redirect().catch((error: unknown) => {
        takePendingSwitch(switchStorage, Date.now());
        setSwitching(null);
        onSwitchError?.(error, tenant);
      });
      return 'handled';
    },
    [
      organizations,
      switching,
      tokenOrganization,
      userId,
      user,
      switchStorage,
      returnTo,
      logout,
      loginWithRedirect,
      onSwitchError,
    ],
  );

  // Organizations mode is controlled by the token: its organization is the active
  // tenant; without one, the user's local choice among tenants outside organizations.
  const organizationValue = useMemo(() => {
    if (!organizations) return undefined;
    if (tokenOrganization !== null) {
      return tenants.find((tenant) => tenant.orgId === tokenOrganization)?.id;
    }
    const outside = tenants.filter((tenant) => tenant.orgId === undefined);
    const chosen = localChoice?.userId === userId ? localChoice.value : undefined;
    return outside.find((tenant) => tenant.id === chosen)?.id ?? outside[0]?.id;
  }, [organizations, tokenOrganization, tenants, localChoice, userId]);

  const handleValueChange = useCallback(
    (tenantId: string | null) => {
      if (organizations && userId !== null && tenantId !== null)
        setLocalChoice({ userId, value: tenantId });
      onValueChange?.(tenantId);
    },
    [organizations, userId, onValueChange],
  );

  return (
    <OrganizationMismatchContext.Provider
      value={mismatch?.userId === userId ? mismatch.value : null}
    >
      <TenantProvider
        {...shared}
        tenants={tenants}
        // Unscoped, TenantProvider keeps the choice in memory only.
        {...(userId !== null && { scope: { issuer, userId } })}
        {...(organizationValue !== undefined && { value: organizationValue })}
        onValueChange={handleValueChange}
        onSwitchRequest={onSwitchRequest}
        switchingTenantId={switching?.tenantId ?? null}
      />
    </OrganizationMismatchContext.Provider>
  );
}

function currentLocation(): string {
  const { pathname, search, hash } = globalThis.location;
  return pathname + search + hash;
}
