import type { Decorator } from '@storybook/react-vite';
import { MockTenantProvider, type MockTenantProviderProps } from '@tenantkit/react/testing';

/** Renders the story inside `MockTenantProvider` (from `@tenantkit/react/testing`) with these tenants. */
export function withTenants(props: Omit<MockTenantProviderProps, 'children'>): Decorator {
  function WithTenants(Story: Parameters<Decorator>[0]) {
    return (
      <MockTenantProvider {...props}>
        <Story />
      </MockTenantProvider>
    );
  }
  return WithTenants;
}
