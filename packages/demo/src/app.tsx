import { type AppState, Auth0Provider } from '@auth0/auth0-react';
import { safeReturnTo } from '@tenantkit/auth0';
import { useCallback, useState } from 'react';
import { idpConfig } from './config/idp-config.js';
import { navigate } from './routing/location-store.js';
import { type DemoSettings, loadSettings, saveSettings } from './settings/demo-settings.js';
import { Screens } from './screens.js';

// The login callback lands on the origin (the registered redirect URI) with
// `?code=`; `appState.returnTo` says where the user was going. It went through
// the identity provider and back, so it is checked again here.
function onRedirectCallback(appState?: AppState): void {
  navigate(safeReturnTo(appState?.returnTo), { replace: true });
}

/**
 * The demo: `<Auth0Provider>` pointed at the local identity provider, and the
 * screens. The settings are state here, so that changing a mode re-mounts the
 * providers that depend on it.
 *
 * @example
 * ```tsx
 * createRoot(root).render(<DemoApp />);
 * ```
 */
export function DemoApp() {
  const [settings, setSettings] = useState<DemoSettings>(loadSettings);
  const changeSettings = useCallback((next: DemoSettings) => {
    saveSettings(next);
    setSettings(next);
  }, []);
  return (
    <Auth0Provider
      domain={idpConfig.domain}
      clientId={idpConfig.clientId}
      authorizationParams={{ redirect_uri: window.location.origin }}
      onRedirectCallback={onRedirectCallback}
    >
      <Screens settings={settings} onSettingsChange={changeSettings} />
    </Auth0Provider>
  );
}
