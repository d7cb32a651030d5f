import { useAuth0 } from '@auth0/auth0-react';
import type { Auth0TenantMode } from '@tenantkit/auth0';
import { TenantSwitcher } from '@tenantkit/react';
import { useState } from 'react';
import { Brand } from '../layout/brand.js';
import { navigate } from '../routing/location-store.js';
import { tenantLogo } from './tenant-logo.js';

/**
 * The workspace header: brand, tenant switcher, mode, who is signed in, sign out.
 *
 * @example
 * ```tsx
 * <AppHeader tenantMode="claims" />
 * ```
 */
export function AppHeader({ tenantMode }: { readonly tenantMode: Auth0TenantMode }) {
  const { user, logout } = useAuth0();
  // The menu opens inside the header landmark, and without making the page
  // inert: a header menu the user can leave with Tab, like the rest of the bar.
  const [menuContainer, setMenuContainer] = useState<HTMLElement | null>(null);
  return (
    <header className="demo-topbar demo-topbar--app" ref={setMenuContainer}>
      <Brand />
      <div className="demo-switcher">
        <TenantSwitcher
          modal={false}
          getAvatarUrl={tenantLogo}
          contentProps={{ container: menuContainer }}
          onManageTenants={() => navigate('/settings')}
        />
      </div>
      <span className="demo-mode" data-mode={tenantMode}>
        {tenantMode === 'claims' ? 'Claims mode' : 'Organizations mode'}
      </span>
      <div className="demo-user">
        {user !== undefined && (
          <p className="demo-user-name">
            <span className="demo-muted">Signed in as</span>{' '}
            <strong data-testid="signed-in-as">{user.email ?? user.sub}</strong>
          </p>
        )}
        <button
          type="button"
          className="demo-button demo-button--quiet"
          onClick={() => void logout({ logoutParams: { returnTo: window.location.origin } })}
        >
          Sign out
        </button>
      </div>
    </header>
  );
}
