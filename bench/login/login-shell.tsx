// The two pages of the login-overhead benchmark share everything but the way
// they start the sign-in: Auth0's provider pointed at the dev-idp, and the
// marker the driver waits for once signed in.
import { Auth0Provider, useAuth0 } from '@auth0/auth0-react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/** Where the page signs in: the dev-idp's URL (from the page's `<meta name="idp">`) and its demo client. */
export interface IdpSettings {
  readonly domain: string;
  readonly clientId: string;
}

function SignedInGate({ signIn }: { readonly signIn: ReactNode }) {
  const { isLoading, isAuthenticated, user } = useAuth0();
  if (isLoading) return <p>Loading…</p>;
  if (isAuthenticated) return <p data-testid="signed-in-as">{user?.email}</p>;
  return signIn;
}

/**
 * Mounts a page that shows `signIn(settings)` until the user is signed in.
 *
 * @example
 * ```tsx
 * mountLoginPage((idp) => <Auth0EmailFirstLogin {...idp} />);
 * ```
 */
export function mountLoginPage(signIn: (idp: IdpSettings) => ReactNode): void {
  const idp: IdpSettings = {
    domain: document.querySelector<HTMLMetaElement>('meta[name="idp"]')?.content ?? '',
    clientId: 'tenantkit-demo',
  };
  createRoot(document.getElementById('root') as HTMLElement).render(
    <Auth0Provider
      {...idp}
      authorizationParams={{ redirect_uri: window.location.origin }}
      onRedirectCallback={() => window.history.replaceState(null, '', '/')}
    >
      <SignedInGate signIn={signIn(idp)} />
    </Auth0Provider>,
  );
}
