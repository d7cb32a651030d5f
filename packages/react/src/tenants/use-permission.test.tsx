import { definePolicy, type Tenant } from '@tenantkit/core';
import { act, render, screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { Can } from './can.js';
import { TenantProvider } from './tenant-provider.js';
import { employeeTenants, userTenants } from './test-support/tenant-fixtures.js';
import { usePermission } from './use-permission.js';
import { useTenant } from './use-tenant.js';

const policy = definePolicy({
  full: ['billing:manage', 'settings:write'],
  admin: ['settings:write', 'members:invite'],
  user: ['channels:read'],
});

function inTenant(tenants: readonly Tenant[], active: string, children: ReactNode) {
  return render(
    <TenantProvider tenants={tenants} defaultValue={active} policy={policy}>
      {children}
    </TenantProvider>,
  );
}

describe('<Can>', () => {
  test.each([
    ['team-1', { role: 'admin' }, true],
    ['team-2', { role: 'admin' }, false],
    ['team-2', { role: ['admin', 'employee'] }, true],
    ['team-1', { channel: 'channel-7' }, true], // "*" grants every channel
    ['team-2', { channel: 'channel-2' }, true],
    ['team-2', { channel: 'channel-3' }, false],
    ['team-2', { role: 'employee', channel: 'channel-3' }, false],
    ['team-1', { role: 'Admin' }, false], // roles are exact
  ] as const)('in %s, %j is %s', (active, check, allowed) => {
    inTenant(
      employeeTenants,
      active,
      <Can {...check} fallback={<p>denied</p>}>
        <p>allowed</p>
      </Can>,
    );
    expect(screen.getByText(allowed ? 'allowed' : 'denied')).toBeInTheDocument();
  });

  test('permissions come from the policy, per role of the active tenant', () => {
    inTenant(
      userTenants,
      'company2',
      <>
        <Can permission="members:invite">
          <p>invite</p>
        </Can>
        <Can permission="billing:manage" fallback={<p>no billing</p>}>
          <p>billing</p>
        </Can>
      </>,
    );
    expect(screen.getByText('invite')).toBeInTheDocument();
    expect(screen.getByText('no billing')).toBeInTheDocument();
  });

  test('a role the policy does not know grants no permission', () => {
    inTenant(
      employeeTenants,
      'team-2', // employee: not declared in the policy
      <Can permission="channels:read" fallback={<p>denied</p>}>
        <p>allowed</p>
      </Can>,
    );
    expect(screen.getByText('denied')).toBeInTheDocument();
  });

  test('a permission without any policy is denied', () => {
    render(
      <TenantProvider tenants={employeeTenants}>
        <Can permission="settings:write" fallback={<p>denied</p>}>
          <p>allowed</p>
        </Can>
      </TenantProvider>,
    );
    expect(screen.getByText('denied')).toBeInTheDocument();
  });

  test('a condition given as undefined denies instead of being skipped', () => {
    const maybeRole: string | undefined = undefined;
    inTenant(
      employeeTenants,
      'team-1',
      <Can {...{ role: maybeRole as unknown as string }} fallback={<p>denied</p>}>
        <p>allowed</p>
      </Can>,
    );
    expect(screen.getByText('denied')).toBeInTheDocument();
  });

  test('without any tenant nothing is allowed, not even an empty check', () => {
    render(
      <TenantProvider tenants={[]}>
        <Can fallback={<p>denied</p>}>
          <p>allowed</p>
        </Can>
      </TenantProvider>,
    );
    expect(screen.getByText('denied')).toBeInTheDocument();
  });

  test('outside the provider it throws naming the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Can role="admin" />)).toThrow(
      'usePermission must be used inside <TenantProvider>.',
    );
    vi.restoreAllMocks();
  });
});

describe('usePermission', () => {
  test('a policy passed to the hook wins over the provider’s', () => {
    const strict = definePolicy({ admin: ['read'] });
    function Probe() {
      return <p>{String(usePermission({ permission: 'read' }, strict))}</p>;
    }
    inTenant(employeeTenants, 'team-1', <Probe />);
    expect(screen.getByText('true')).toBeInTheDocument();
  });

  test('re-renders only when its answer changes', () => {
    const tenants: Tenant[] = [
      { id: 'a', name: 'A', role: 'admin', channels: ['*'], kind: 'organization' },
      { id: 'b', name: 'B', role: 'admin', channels: [], kind: 'organization' },
      { id: 'c', name: 'C', role: 'viewer', channels: [], kind: 'organization' },
    ];
    const renders = { permission: 0 };
    let switchTenant: (id: string) => unknown = () => undefined;
    function Switcher() {
      switchTenant = useTenant().switchTenant;
      return null;
    }
    function AdminOnly() {
      const allowed = usePermission({ role: 'admin' });
      return <p>{allowed ? 'admin' : 'not admin'}</p>;
    }
    const count = () => (renders.permission += 1);
    // The same element each time, as in an app whose provider re-renders above a stable subtree.
    const app = (
      <>
        <Switcher />
        <Profiler id="permission" onRender={count}>
          <AdminOnly />
        </Profiler>
      </>
    );
    const tree = (list: readonly Tenant[]) => <TenantProvider tenants={list}>{app}</TenantProvider>;
    const view = render(tree(tenants));
    expect(renders.permission).toBe(1);

    act(() => void switchTenant('b')); // another admin tenant: same answer
    expect(renders.permission).toBe(1);

    view.rerender(
      tree([...tenants, { id: 'd', name: 'D', role: null, channels: [], kind: 'organization' }]),
    );
    expect(renders.permission).toBe(1); // a token refresh adding an unrelated tenant

    act(() => void switchTenant('c'));
    expect(renders.permission).toBe(2);
    expect(screen.getByText('not admin')).toBeInTheDocument();
  });
});
