import { definePolicy } from '@tenantkit/core';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { usePermission } from '../tenants/use-permission.js';
import { useTenant } from '../tenants/use-tenant.js';
import { useTenants } from '../tenants/use-tenants.js';
import { createTenant } from './create-tenant.js';
import { MockTenantProvider } from './mock-tenant-provider.js';
import { seedTenants } from './seed-tenants.js';

function Probe() {
  const { tenant, switchTenant, switchingTo } = useTenant();
  const tenants = useTenants();
  const canWrite = usePermission({ permission: 'settings:write' });
  return (
    <div>
      <p data-testid="active">{tenant?.id ?? 'none'}</p>
      <p data-testid="count">{tenants.length}</p>
      <p data-testid="switching">{switchingTo?.id ?? 'idle'}</p>
      <p data-testid="can-write">{String(canWrite)}</p>
      <button type="button" onClick={() => switchTenant('team-2')}>
        team-2
      </button>
    </div>
  );
}

const text = (id: string) => screen.getByTestId(id).textContent;

afterEach(() => localStorage.clear());

describe('MockTenantProvider', () => {
  test('starts in the first tenant, or in activeTenantId', () => {
    const { unmount } = render(
      <MockTenantProvider tenants={seedTenants.employee}>
        <Probe />
      </MockTenantProvider>,
    );
    expect(text('active')).toBe('team-1');
    unmount();
    render(
      <MockTenantProvider tenants={seedTenants.user} activeTenantId="company1">
        <Probe />
      </MockTenantProvider>,
    );
    expect(text('active')).toBe('company1');
    expect(text('count')).toBe('3');
  });

  test('has no tenants unless given some', () => {
    render(
      <MockTenantProvider>
        <Probe />
      </MockTenantProvider>,
    );
    expect(text('active')).toBe('none');
    expect(text('count')).toBe('0');
  });

  test('switches locally, reports the change, and writes nothing to localStorage', () => {
    const onValueChange = vi.fn();
    render(
      <MockTenantProvider tenants={seedTenants.employee} onValueChange={onValueChange}>
        <Probe />
      </MockTenantProvider>,
    );
    act(() => screen.getByRole('button', { name: 'team-2' }).click());
    expect(text('active')).toBe('team-2');
    expect(onValueChange).toHaveBeenCalledWith('team-2');
    expect(localStorage.length).toBe(0);
  });

  test('a new tenant list acts like a token refresh', () => {
    const onActiveTenantRemoved = vi.fn();
    const { rerender } = render(
      <MockTenantProvider
        tenants={seedTenants.employee}
        activeTenantId="team-2"
        onActiveTenantRemoved={onActiveTenantRemoved}
      >
        <Probe />
      </MockTenantProvider>,
    );
    rerender(
      <MockTenantProvider
        tenants={seedTenants.employee.slice(0, 1)}
        activeTenantId="team-2"
        onActiveTenantRemoved={onActiveTenantRemoved}
      >
        <Probe />
      </MockTenantProvider>,
    );
    expect(text('active')).toBe('team-1');
    expect(onActiveTenantRemoved).toHaveBeenCalledOnce();
  });

  test('passes the policy and a pending switch through', () => {
    const policy = definePolicy({ admin: ['settings:write'] });
    render(
      <MockTenantProvider
        tenants={[...seedTenants.employee, createTenant({ id: 'org', orgId: 'org_1' })]}
        policy={policy}
        switchingTenantId="org"
      >
        <Probe />
      </MockTenantProvider>,
    );
    expect(text('can-write')).toBe('true');
    expect(text('switching')).toBe('org');
  });
});
