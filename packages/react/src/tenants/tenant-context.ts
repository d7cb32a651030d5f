import type { Policy, SelectTenantResult, TenantStore } from '@tenantkit/core';
import { createSafeContext } from '../internal/create-safe-context.js';

/** What every tenant hook reads; stable for the life of a store, so hooks re-render only through selectors. */
export interface TenantContextValue {
  readonly store: TenantStore;
  readonly policy: Policy | undefined;
  readonly switchTenant: (tenantId: string) => SelectTenantResult;
}

// Kept apart from the store context: a switch under way re-renders only the few
// components that show it, never every permission check.
export const [TenantContextProvider, useTenantContext] =
  createSafeContext<TenantContextValue>('TenantProvider');

export const [SwitchingTenantProvider, useSwitchingTenantId] = createSafeContext<string | null>(
  'TenantProvider',
);
