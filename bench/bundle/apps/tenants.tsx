// (3) The peers + the tenant provider and the switcher.
import { Auth0TenantProvider } from '@tenantkit/auth0';
import { TenantSwitcher } from '@tenantkit/react';
import { mountPeersApp } from './peers-shell.js';

mountPeersApp(
  <Auth0TenantProvider claim="https://example.com/tenants">
    <TenantSwitcher />
  </Auth0TenantProvider>,
);
