import type { DemoSettings } from '../settings/demo-settings.js';
import { useRoute } from '../routing/use-route.js';
import { AccessPanel } from './access-panel.js';
import { AppHeader } from './app-header.js';
import { OrganizationNotice } from './organization-notice.js';
import { PageView } from './page-view.js';
import { WorkspaceNav } from './workspace-nav.js';

/**
 * Props of {@link Workspace}.
 *
 * @example
 * ```tsx
 * const props: WorkspaceProps = { settings, onSettingsChange: setSettings, switchError: null };
 * ```
 */
export interface WorkspaceProps {
  readonly settings: DemoSettings;
  readonly onSettingsChange: (settings: DemoSettings) => void;
  /** Why the last Organizations switch could not start, if it failed. */
  readonly switchError: string | null;
}

/**
 * The signed-in app: the header with the tenant switcher, the channels the
 * active tenant grants, the page, and the gates that decided what is shown.
 *
 * @example
 * ```tsx
 * <Workspace settings={settings} onSettingsChange={setSettings} switchError={null} />
 * ```
 */
export function Workspace({ settings, onSettingsChange, switchError }: WorkspaceProps) {
  const route = useRoute();
  return (
    <div className="demo-page demo-workspace">
      <AppHeader tenantMode={settings.tenantMode} />
      <div className="demo-columns">
        <WorkspaceNav route={route} />
        <main className="demo-main">
          <OrganizationNotice />
          {switchError !== null && (
            <p role="alert" className="demo-alert">
              The switch could not start: {switchError}
            </p>
          )}
          <PageView route={route} settings={settings} onSettingsChange={onSettingsChange} />
        </main>
        <AccessPanel tenantMode={settings.tenantMode} />
      </div>
    </div>
  );
}
