import { createContext, useContext } from 'react';
import type { OrganizationMismatch } from './pending-organization-switch.js';

const outside = Symbol('outside Auth0TenantProvider');

export const OrganizationMismatchContext = createContext<
  OrganizationMismatch | null | typeof outside
>(outside);
OrganizationMismatchContext.displayName = 'Auth0TenantProvider';

/**
 * After an Organizations switch, the mismatch between the organization the user
 * chose and the token's `org_id`, or `null` when they agree (or no switch
 * happened). The token wins: the active tenant is the token's organization.
 * Throws when used outside `<Auth0TenantProvider>`.
 *
 * @example
 * ```tsx
 * const mismatch = useOrganizationMismatch();
 * if (mismatch) return <Alert>You were signed in to another organization than the one you picked.</Alert>;
 * ```
 */
export function useOrganizationMismatch(): OrganizationMismatch | null {
  const value = useContext(OrganizationMismatchContext);
  if (value === outside) {
    throw new Error('useOrganizationMismatch must be used inside <Auth0TenantProvider>.');
  }
  return value;
}
