import { useAuth0 } from '@auth0/auth0-react';
import { Auth0TenantProvider } from '@tenantkit/auth0';
import { useTenant } from '@tenantkit/react';
import { useCallback, useState } from 'react';
import { demoPolicy } from './access/demo-policy.js';
import { issuer } from './config/idp-config.js';
import { Brand } from './layout/brand.js';
import type { DemoSettings } from './settings/demo-settings.js';
import { SignInPage } from './sign-in/sign-in-page.js';
import { Workspace } from './workspace/workspace.js';

/**
 * Props of {@link Screens}.
 *
 * @example
 * ```tsx
 * const props: ScreensProps = { settings, onSettingsChange: setSettings };
 * ```
 */
export interface ScreensProps {
  readonly settings: DemoSettings;
  readonly onSettingsChange: (settings: DemoSettings) => void;
}

/**
 * Loading, signed out or signed in. The tenant provider sits above the
 * signed-in and signed-out screens: an Organizations switch signs out locally
 * before it redirects, and the workspace must stay on screen meanwhile.
 * It is keyed by the tenant mode, so switching modes starts it afresh.
 *
 * @example
 * ```tsx
 * <Auth0Provider …><Screens settings={settings} onSettingsChange={setSettings} /></Auth0Provider>
 * ```
 */
export function Screens({ settings, onSettingsChange }: ScreensProps) {
  const { isLoading } = useAuth0();
  const [switchError, setSwitchError] = useState<string | null>(null);
  const onSwitchError = useCallback((error: unknown) => {
    setSwitchError(error instanceof Error ? error.message : String(error));
  }, []);
  if (isLoading) return <LoadingScreen />;
  const claimsMode = settings.tenantMode === 'claims';
  return (
    <Auth0TenantProvider
      key={settings.tenantMode}
      mode={settings.tenantMode}
      issuer={issuer}
      policy={demoPolicy}
      onSwitchError={onSwitchError}
      {...(claimsMode && { syncAcrossTabs: true })}
    >
      <SignedInOrOut
        settings={settings}
        onSettingsChange={onSettingsChange}
        switchError={switchError}
      />
    </Auth0TenantProvider>
  );
}

function SignedInOrOut(props: ScreensProps & { readonly switchError: string | null }) {
  const { isAuthenticated } = useAuth0();
  const { switchingTo } = useTenant();
  if (!isAuthenticated && switchingTo === null) {
    return <SignInPage settings={props.settings} onSettingsChange={props.onSettingsChange} />;
  }
  return (
    <Workspace
      settings={props.settings}
      onSettingsChange={props.onSettingsChange}
      switchError={props.switchError}
    />
  );
}

function LoadingScreen() {
  return (
    <div className="demo-page demo-page--centered">
      <header className="demo-topbar">
        <Brand />
      </header>
      <main className="demo-loading">
        <p role="status">Loading…</p>
      </main>
    </div>
  );
}
