// (4) Everything an app would use: login, provider, switcher, a permission
// check, and the optional stylesheet.
import { Auth0EmailFirstLogin, Auth0TenantProvider } from '@tenantkit/auth0';
import { Can, TenantSwitcher } from '@tenantkit/react';
import '@tenantkit/react/styles.css';
import { auth0, mountPeersApp } from './peers-shell.js';

mountPeersApp(
  <>
    <Auth0EmailFirstLogin {...auth0} />
    <Auth0TenantProvider claim="https://example.com/tenants">
      <TenantSwitcher />
      <Can role="admin" fallback={<p>Ask an admin.</p>}>
        <button type="button">Invite</button>
      </Can>
    </Auth0TenantProvider>
  </>,
);
