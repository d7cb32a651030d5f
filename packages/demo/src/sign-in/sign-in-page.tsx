import { useAuth0 } from '@auth0/auth0-react';
import {
  Auth0EmailFirstLogin,
  type Auth0RealmSource,
  clientInfoDiscovery,
  embeddedPasswords,
  webFingerDiscovery,
} from '@tenantkit/auth0';
import { createDirectoryResolver } from '@tenantkit/core';
import { useEffect } from 'react';
import { idpConfig } from '../config/idp-config.js';
import { seedDirectory } from '../config/seed.js';
import { Brand } from '../layout/brand.js';
import type { DemoSettings, DiscoveryMode } from '../settings/demo-settings.js';
import { DemoSettingsForm } from '../settings/demo-settings-form.js';
import { DemoAccounts } from './demo-accounts.js';

/**
 * Props of {@link SignInPage}.
 *
 * @example
 * ```tsx
 * const props: SignInPageProps = { settings, onSettingsChange: setSettings };
 * ```
 */
export interface SignInPageProps {
  readonly settings: DemoSettings;
  readonly onSettingsChange: (settings: DemoSettings) => void;
}

/**
 * The signed-out page: the email-first login, the demo accounts, and the
 * modes to try. The widget is keyed by the modes it depends on, so a change
 * starts a fresh login flow with the new discovery source and password mode.
 *
 * @example
 * ```tsx
 * <SignInPage settings={settings} onSettingsChange={setSettings} />
 * ```
 */
export function SignInPage({ settings, onSettingsChange }: SignInPageProps) {
  const { error } = useAuth0();
  useEffect(() => {
    if (error !== undefined) forgetCallbackParams();
  }, [error]);
  const organization =
    settings.tenantMode === 'organizations' ? (settings.organization ?? undefined) : undefined;
  return (
    <div className="demo-page">
      <header className="demo-topbar">
        <Brand />
      </header>
      <main className="demo-signin">
        <section className="demo-card demo-signin-card" aria-labelledby="sign-in-title">
          <h1 id="sign-in-title">Sign in to Teamchat</h1>
          <p className="demo-muted">
            Email first: the domain decides between your company’s single sign-on and a password.
          </p>
          <Auth0EmailFirstLogin
            key={`${settings.passwordMode} ${settings.discovery} ${organization ?? ''}`}
            domain={idpConfig.domain}
            clientId={idpConfig.clientId}
            passwordMode={
              settings.passwordMode === 'embedded' ? embeddedPasswords : 'universal-login'
            }
            realmSource={realmSources[settings.discovery]}
            databaseConnection={idpConfig.databaseConnection}
            organization={organization}
            returnTo={pageReturnTo()}
          />
        </section>
        <div className="demo-signin-side">
          <DemoAccounts />
          <section className="demo-card" aria-labelledby="modes-title">
            <h2 id="modes-title">Try each mode</h2>
            <DemoSettingsForm settings={settings} onChange={onSettingsChange} />
          </section>
        </div>
      </main>
      <footer className="demo-footer">
        Signing in at <code>{idpConfig.domain}</code>, the local identity provider: for development
        only.
      </footer>
    </div>
  );
}

// A refused login comes back as ?error=…&state=…; the widget shows the error,
// and the address bar must not keep it: a reload would replay a used state.
function forgetCallbackParams(): void {
  const url = new URL(window.location.href);
  const names = ['code', 'state', 'error', 'error_description', 'iss'];
  if (!names.some((name) => url.searchParams.has(name))) return;
  for (const name of names) url.searchParams.delete(name);
  window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
}

// The demo offers every source; an app imports only the one it uses.
const realmSources: Record<DiscoveryMode, Auth0RealmSource> = {
  webfinger: webFingerDiscovery,
  'client-info': clientInfoDiscovery,
  directory: () => createDirectoryResolver(seedDirectory),
};

// A signed-out visit to /settings signs in and comes back to /settings; an
// explicit ?returnTo= wins (the widget keeps it only if it is a path here).
function pageReturnTo(): string | null {
  const { pathname, search } = window.location;
  const asked = new URLSearchParams(search).get('returnTo');
  if (asked !== null) return asked;
  return pathname === '/' ? null : `${pathname}${search}`;
}
