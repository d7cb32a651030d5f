import { useActiveTenant } from '@tenantkit/react';
import { hasChannel } from '@tenantkit/core';
import { ClaimsInspector } from '../inspector/claims-inspector.js';
import { channels } from '../chat/channels.js';
import type { Route } from '../routing/route.js';
import type { DemoSettings } from '../settings/demo-settings.js';
import { DemoSettingsForm } from '../settings/demo-settings-form.js';
import { ChannelView } from './channel-view.js';
import { TeamSettings } from './team-settings.js';

/**
 * Props of {@link PageView}.
 *
 * @example
 * ```tsx
 * const props: PageViewProps = { route: { page: 'home' }, settings, onSettingsChange };
 * ```
 */
export interface PageViewProps {
  readonly route: Route;
  readonly settings: DemoSettings;
  readonly onSettingsChange: (settings: DemoSettings) => void;
}

/**
 * The page of the current route, in the workspace's main region.
 *
 * @example
 * ```tsx
 * <PageView route={route} settings={settings} onSettingsChange={setSettings} />
 * ```
 */
export function PageView({ route, settings, onSettingsChange }: PageViewProps) {
  const tenant = useActiveTenant();
  switch (route.page) {
    case 'home': {
      const first = channels.find((channel) => hasChannel(tenant, channel.id));
      if (first !== undefined) return <ChannelView channel={first} />;
      return (
        <section className="demo-section" aria-labelledby="home-title">
          <h1 id="home-title">
            Welcome to <bdi>{tenant?.name ?? 'Teamchat'}</bdi>
          </h1>
          <p>
            Your token grants you no channel in this tenant. Switch tenants above, or look at the
            claims inspector to see why.
          </p>
        </section>
      );
    }
    case 'channel': {
      const channel = channels.find((candidate) => candidate.id === route.channelId);
      return channel === undefined ? <NotFound /> : <ChannelView channel={channel} />;
    }
    case 'team-settings':
      return <TeamSettings />;
    case 'inspector':
      return <ClaimsInspector />;
    case 'demo-settings':
      return (
        <section className="demo-section" aria-labelledby="demo-settings-title">
          <h1 id="demo-settings-title">Demo settings</h1>
          <p className="demo-muted">
            Changing the tenant mode takes effect at once; the other modes apply to the next
            sign-in.
          </p>
          <DemoSettingsForm settings={settings} onChange={onSettingsChange} />
        </section>
      );
    case 'not-found':
      return <NotFound />;
    default:
      return route satisfies never;
  }
}

function NotFound() {
  return (
    <section className="demo-section" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>There is nothing at this address.</p>
    </section>
  );
}
