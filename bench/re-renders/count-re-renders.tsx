// Counts the re-renders a user's actions cause, with React's <Profiler> around
// each part of a page: the widget, the rest of the page, and consumers of the
// tenant store reading different things. Needs a DOM (jsdom) and React's
// development build, where <Profiler> reports. Counts, not times: deterministic.
import { createDirectoryResolver } from '@tenantkit/core';
import {
  EmailFirstLogin,
  TenantProvider,
  TenantSwitcher,
  useActiveTenant,
  usePermission,
  useTenant,
  useTenants,
} from '@tenantkit/react';
import { createFakeAuthenticator, createTenant, seedDirectory } from '@tenantkit/react/testing';
import { act, cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';

/** Re-renders (React commits after the first) of each profiled part, by part. */
export type CommitCounts = Readonly<Record<string, number>>;

/** What each scenario re-rendered. */
export interface ReRenderCounts {
  /** Typing {@link typedEmail} into the login widget. */
  readonly typing: CommitCounts;
  /** Switching from one tenant to another where the `role: 'admin'` answer is the same. */
  readonly switching: CommitCounts;
  /** A token refresh: the provider gets new tenant objects with the same content. */
  readonly refresh: CommitCounts;
}

/** The email typed in the typing scenario, one key at a time. */
export const typedEmail = 'ana@acme.test';

function createCounter() {
  const counts: Record<string, number> = {};
  const onRender: ProfilerOnRenderCallback = (id, phase) => {
    counts[id] ??= 0;
    if (phase !== 'mount') counts[id] += 1;
  };
  const part = (id: string, children: ReactNode) => (
    <Profiler id={id} onRender={onRender}>
      {children}
    </Profiler>
  );
  return { part, counts, reset: () => Object.keys(counts).forEach((id) => (counts[id] = 0)) };
}

async function countTyping(): Promise<CommitCounts> {
  const { part, counts, reset } = createCounter();
  render(
    <>
      {part(
        'login widget',
        <EmailFirstLogin
          resolveRealm={createDirectoryResolver(seedDirectory)}
          authenticator={createFakeAuthenticator()}
        />,
      )}
      {part('rest of the page', <p>Welcome back</p>)}
    </>,
  );
  const user = userEvent.setup();
  const field = screen.getByRole('textbox');
  await user.click(field);
  reset();
  await user.type(field, typedEmail);
  return { ...counts };
}

const tenants = [
  createTenant({ id: 'team-1', role: 'admin', channels: ['*'] }),
  createTenant({ id: 'team-2', role: 'admin', channels: ['channel-1'] }),
  createTenant({ id: 'team-3', role: 'viewer', channels: ['channel-1'] }),
];

function ActiveTenantName() {
  return <p>{useActiveTenant()?.name}</p>;
}

function TenantCount() {
  return <p>{useTenants().length} teams</p>;
}

function AdminOnly() {
  return <p>{usePermission({ role: 'admin' }) ? 'admin tools' : ''}</p>;
}

function ChannelTwo() {
  return <p>{usePermission({ channel: 'channel-2' }) ? 'channel 2' : ''}</p>;
}

function SwitchToTeamTwo() {
  const { switchTenant } = useTenant();
  return (
    <button type="button" onClick={() => switchTenant('team-2')}>
      Switch
    </button>
  );
}

async function countSwitchingAndRefresh(): Promise<Omit<ReRenderCounts, 'typing'>> {
  const { part, counts, reset } = createCounter();
  // Created once, so a provider re-render reaches the consumers only through the store.
  const consumers = (
    <>
      {part('<TenantSwitcher>', <TenantSwitcher />)}
      {part('useActiveTenant', <ActiveTenantName />)}
      {part('useTenant (switch button)', <SwitchToTeamTwo />)}
      {part('useTenants', <TenantCount />)}
      {part('usePermission (same answer)', <AdminOnly />)}
      {part('usePermission (answer flips)', <ChannelTwo />)}
      {part('no tenant hook', <p>Footer</p>)}
    </>
  );
  const page = (list: typeof tenants) => (
    <TenantProvider tenants={list} defaultValue="team-1" storage={null}>
      {consumers}
    </TenantProvider>
  );
  const { rerender } = render(page(tenants));
  reset();
  await userEvent.setup().click(screen.getByRole('button', { name: 'Switch' }));
  const switching = { ...counts };
  reset();
  act(() => rerender(page(tenants.map((tenant) => ({ ...tenant })))));
  return { switching, refresh: { ...counts } };
}

/**
 * Runs every scenario in the current DOM and returns the counts; unmounts
 * what it rendered.
 *
 * @example
 * ```ts
 * const counts = await countReRenders();
 * counts.typing['rest of the page']; // 0
 * ```
 */
export async function countReRenders(): Promise<ReRenderCounts> {
  try {
    const typing = await countTyping();
    cleanup();
    return { typing, ...(await countSwitchingAndRefresh()) };
  } finally {
    cleanup();
  }
}
