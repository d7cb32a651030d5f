// What an app already has before it adopts tenantkit: Auth0's React SDK and a
// Radix dropdown menu (an account menu using the same Radix parts as the
// switcher). Every tenantkit app renders inside this shell, so "tenantkit's
// cost" is the difference of two builds that share all of it.
import { Auth0Provider, useAuth0 } from '@auth0/auth0-react';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { type ReactNode, useState } from 'react';
import { createRoot } from 'react-dom/client';

/** The Auth0 settings every app passes to `<Auth0Provider>` and tenantkit's components. */
export const auth0 = { domain: 'tenant.eu.auth0.com', clientId: 'bench-client' };

function AccountMenu() {
  const { user, isAuthenticated, loginWithRedirect, logout } = useAuth0();
  const [theme, setTheme] = useState('system');
  if (!isAuthenticated) {
    return (
      <button type="button" onClick={() => void loginWithRedirect()}>
        Log in
      </button>
    );
  }
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger>{user?.name}</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content sideOffset={4}>
          <DropdownMenu.Label>Theme</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={theme} onValueChange={setTheme}>
            {['system', 'light', 'dark'].map((value) => (
              <DropdownMenu.RadioItem key={value} value={value}>
                <DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator>
                {value}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
          <DropdownMenu.Separator />
          <DropdownMenu.Item onSelect={() => void logout()}>Log out</DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

/** Mounts the peers' app, with `children` (the part being measured) inside Auth0's provider. */
export function mountPeersApp(children?: ReactNode): void {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <Auth0Provider {...auth0} authorizationParams={{ redirect_uri: location.origin }}>
      <AccountMenu />
      {children}
    </Auth0Provider>,
  );
}
