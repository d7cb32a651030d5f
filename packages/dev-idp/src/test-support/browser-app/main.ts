// The smallest app that logs in through the real @auth0/auth0-react against the dev-idp.
import { Auth0Provider, useAuth0 } from '@auth0/auth0-react';
import { createElement as h, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    devIdpConfig: { domain: string; clientId: string };
  }
}

function App(): ReactElement {
  const { isLoading, isAuthenticated, user, error, loginWithRedirect, logout } = useAuth0();
  if (isLoading) return h('p', { role: 'status' }, 'Loading');
  if (error !== undefined) return h('p', { role: 'alert' }, error.message);
  if (!isAuthenticated) {
    return h('button', { type: 'button', onClick: () => void loginWithRedirect() }, 'Log in');
  }
  return h(
    'main',
    null,
    h('p', { 'data-testid': 'email' }, user?.email ?? ''),
    h(
      'pre',
      { 'data-testid': 'tenants' },
      JSON.stringify(user?.['https://tenantkit.dev/tenants'] ?? null),
    ),
    h(
      'button',
      {
        type: 'button',
        onClick: () => void logout({ logoutParams: { returnTo: window.location.origin } }),
      },
      'Log out',
    ),
  );
}

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    h(
      Auth0Provider,
      {
        domain: window.devIdpConfig.domain,
        clientId: window.devIdpConfig.clientId,
        authorizationParams: { redirect_uri: window.location.origin },
      },
      h(App),
    ),
  );
}
