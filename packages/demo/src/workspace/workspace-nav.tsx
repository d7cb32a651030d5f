import { hasChannel } from '@tenantkit/core';
import { Can, useActiveTenant } from '@tenantkit/react';
import { checks } from '../access/gates.js';
import { channels } from '../chat/channels.js';
import { Link } from '../routing/link.js';
import { channelPath, type Route } from '../routing/route.js';

/**
 * The sidebar: the channels the active tenant grants (its token's `channels`),
 * then the team pages.
 *
 * @example
 * ```tsx
 * <WorkspaceNav route={useRoute()} />
 * ```
 */
export function WorkspaceNav({ route }: { readonly route: Route }) {
  const tenant = useActiveTenant();
  const visible = channels.filter((channel) => hasChannel(tenant, channel.id));
  const currentChannel =
    route.page === 'channel' ? route.channelId : route.page === 'home' ? visible[0]?.id : undefined;
  const current = (page: Route['page']) => (route.page === page ? 'page' : undefined);
  return (
    <nav className="demo-nav" aria-label="Workspace">
      <h2 className="demo-nav-heading">Channels</h2>
      {visible.length === 0 ? (
        <p className="demo-muted demo-nav-empty">
          No channels for you in <bdi>{tenant?.name ?? 'this tenant'}</bdi>.
        </p>
      ) : (
        <ul className="demo-nav-list" aria-label="Channels">
          {visible.map((channel) => (
            <li key={channel.id}>
              <Link
                href={channelPath(channel.id)}
                aria-current={currentChannel === channel.id ? 'page' : undefined}
              >
                <span aria-hidden="true">#</span> {channel.id}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h2 className="demo-nav-heading">Team</h2>
      <ul className="demo-nav-list">
        <li>
          <Link href="/settings" aria-current={current('team-settings')}>
            Team settings
            <Can {...checks.teamSettings} fallback={<span className="demo-badge">admins</span>} />
          </Link>
        </li>
        <li>
          <Link href="/inspector" aria-current={current('inspector')}>
            Claims inspector
          </Link>
        </li>
        <li>
          <Link href="/demo" aria-current={current('demo-settings')}>
            Demo settings
          </Link>
        </li>
      </ul>
    </nav>
  );
}
