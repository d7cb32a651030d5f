import { DEFAULT_STORAGE_KEY, type Tenant } from '@tenantkit/core';
import { act, render, renderHook, screen } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { TenantProvider, type TenantProviderProps } from './tenant-provider.js';
import {
  employeeClaims,
  employeeTenants,
  memoryStorage,
  TENANTS_CLAIM,
  throwingStorage,
  userClaims,
} from './test-support/tenant-fixtures.js';
import { useActiveTenant } from './use-active-tenant.js';
import { usePermission } from './use-permission.js';
import { useTenant } from './use-tenant.js';
import { useTenants } from './use-tenants.js';

const issuer = 'https://example.eu.auth0.com/';
const employeeScope = { issuer, userId: employeeClaims.sub };
const employeeKey = `${DEFAULT_STORAGE_KEY}:${encodeURIComponent(issuer)}:${encodeURIComponent(employeeClaims.sub)}`;

function ActiveTenant() {
  const tenant = useActiveTenant();
  return (
    <output aria-label="active">
      {tenant === null ? 'none' : `${tenant.id}:${tenant.role ?? '-'}`}
    </output>
  );
}

function providerWrapper(props: Omit<TenantProviderProps, 'children'>) {
  return ({ children }: { children: ReactNode }) => (
    <TenantProvider {...props}>{children}</TenantProvider>
  );
}

/** Runs `update` inside act and returns what it returned. */
function actOn<T>(update: () => T): T {
  let value: T | undefined;
  act(() => {
    value = update();
  });
  return value as T;
}

const activeText = () => screen.getByRole('status', { name: 'active' }).textContent;

describe('TenantProvider reading claims', () => {
  test('the employee example: two teams with their roles and channels, the first active', () => {
    const { result } = renderHook(() => ({ tenants: useTenants(), active: useActiveTenant() }), {
      wrapper: providerWrapper({ claims: employeeClaims, claim: TENANTS_CLAIM }),
    });
    expect(
      result.current.tenants.map(({ id, role, channels }) => ({ id, role, channels })),
    ).toEqual([
      { id: 'team-1', role: 'admin', channels: ['*'] },
      { id: 'team-2', role: 'employee', channels: ['channel-1', 'channel-2'] },
    ]);
    expect(result.current.active?.id).toBe('team-1');
  });

  test('the user example: a personal account and two companies', () => {
    const { result } = renderHook(() => useTenants(), {
      wrapper: providerWrapper({ claims: userClaims, claim: TENANTS_CLAIM }),
    });
    expect(result.current.map(({ id, role, kind }) => [id, role, kind])).toEqual([
      ['personal', 'full', 'personal'],
      ['company1', 'user', 'organization'],
      ['company2', 'admin', 'organization'],
    ]);
  });

  test('tenants come only from the token, never from the email domain', () => {
    const { result } = renderHook(() => useTenants(), {
      wrapper: providerWrapper({
        claims: { sub: 'auth0|9', email: 'ceo@team-1.com' },
        claim: TENANTS_CLAIM,
      }),
    });
    expect(result.current).toEqual([]);
  });

  test('refuses both tenants and claims, naming the props', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      render(<TenantProvider tenants={employeeTenants} claims={employeeClaims} />),
    ).toThrow('TenantProvider: pass either `tenants` or `claims`, not both.');
    vi.restoreAllMocks();
  });
});

describe('hooks outside the provider', () => {
  test.each([
    ['useActiveTenant', () => useActiveTenant()],
    ['useTenants', () => useTenants()],
    ['useTenant', () => useTenant()],
    ['usePermission', () => usePermission({ role: 'admin' })],
  ])('%s throws an error naming TenantProvider', (name, hook: () => unknown) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(hook)).toThrow(`${name} must be used inside <TenantProvider>.`);
    vi.restoreAllMocks();
  });
});

describe('switching', () => {
  test('switchTenant makes another tenant active and reports it; unknown ids change nothing', () => {
    const onValueChange = vi.fn();
    const { result } = renderHook(() => useTenant(), {
      wrapper: providerWrapper({ tenants: employeeTenants, onValueChange }),
    });
    expect(actOn(() => result.current.switchTenant('team-2'))).toEqual({ ok: true });
    expect(result.current.tenant?.id).toBe('team-2');
    expect(onValueChange).toHaveBeenCalledWith('team-2');

    expect(actOn(() => result.current.switchTenant('team-9'))).toEqual({
      ok: false,
      error: 'unknown-tenant',
    });
    expect(actOn(() => result.current.switchTenant(' team-1 '))).toEqual({
      ok: false,
      error: 'unknown-tenant',
    });
    expect(result.current.tenant?.id).toBe('team-2');
    expect(onValueChange).toHaveBeenCalledTimes(1);
  });

  test('defaultValue picks the first active tenant', () => {
    const { result } = renderHook(() => useActiveTenant(), {
      wrapper: providerWrapper({ tenants: employeeTenants, defaultValue: 'team-2' }),
    });
    expect(result.current?.id).toBe('team-2');
  });

  test('controlled: the parent decides, switchTenant only asks', () => {
    const onValueChange = vi.fn();
    function Switch() {
      const { switchTenant } = useTenant();
      return <button onClick={() => switchTenant('team-2')}>switch</button>;
    }
    const view = render(
      <TenantProvider tenants={employeeTenants} value="team-1" onValueChange={onValueChange}>
        <ActiveTenant />
        <Switch />
      </TenantProvider>,
    );
    act(() => screen.getByRole('button').click());
    expect(onValueChange).toHaveBeenCalledWith('team-2');
    expect(activeText()).toBe('team-1:admin');

    view.rerender(
      <TenantProvider tenants={employeeTenants} value="team-2" onValueChange={onValueChange}>
        <ActiveTenant />
        <Switch />
      </TenantProvider>,
    );
    expect(activeText()).toBe('team-2:employee');
    expect(onValueChange).toHaveBeenCalledTimes(1);
  });

  test('a controlled value with cross-tab sync is refused at setup', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      render(
        <TenantProvider
          tenants={employeeTenants}
          value="team-1"
          scope={employeeScope}
          syncAcrossTabs
        />,
      ),
    ).toThrow(/`syncAcrossTabs` cannot be used with a controlled `value`/);
    vi.restoreAllMocks();
  });

  test('onSwitchRequest can take a switch over, and switchingTenantId shows where it goes', () => {
    const onSwitchRequest = vi.fn((tenant: Tenant) =>
      tenant.id === 'team-2' ? 'handled' : 'select',
    );
    function Probe() {
      const { tenant, switchingTo, switchTenant } = useTenant();
      return (
        <button onClick={() => switchTenant('team-2')}>
          {tenant?.id} → {switchingTo?.id ?? 'nowhere'}
        </button>
      );
    }
    const view = render(
      <TenantProvider tenants={employeeTenants} onSwitchRequest={onSwitchRequest}>
        <Probe />
      </TenantProvider>,
    );
    act(() => screen.getByRole('button').click());
    expect(onSwitchRequest).toHaveBeenCalledWith(employeeTenants[1]);
    expect(screen.getByRole('button')).toHaveTextContent('team-1 → nowhere');
    view.rerender(
      <TenantProvider
        tenants={employeeTenants}
        onSwitchRequest={onSwitchRequest}
        switchingTenantId="team-2"
      >
        <Probe />
      </TenantProvider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('team-1 → team-2');
  });
});

describe('a token refresh that revokes the active tenant', () => {
  test('falls back at once to the first remaining tenant and tells the app', () => {
    const onActiveTenantRemoved = vi.fn();
    const onValueChange = vi.fn();
    const props = {
      claim: TENANTS_CLAIM,
      onActiveTenantRemoved,
      onValueChange,
      defaultValue: 'team-2',
    };
    const view = render(
      <TenantProvider claims={employeeClaims} {...props}>
        <ActiveTenant />
      </TenantProvider>,
    );
    expect(activeText()).toBe('team-2:employee');

    const refreshed = {
      ...employeeClaims,
      [TENANTS_CLAIM]: { 'team-1': { role: 'admin', channels: ['*'] } },
    };
    view.rerender(
      <TenantProvider claims={refreshed} {...props}>
        <ActiveTenant />
      </TenantProvider>,
    );
    expect(activeText()).toBe('team-1:admin');
    expect(onValueChange).toHaveBeenCalledWith('team-1');
    expect(onActiveTenantRemoved).toHaveBeenCalledWith({
      previous: expect.objectContaining({ id: 'team-2' }),
      next: expect.objectContaining({ id: 'team-1' }),
    });
  });

  test('a refresh that changes a role updates permissions', () => {
    const view = render(
      <TenantProvider claims={employeeClaims} claim={TENANTS_CLAIM}>
        <ActiveTenant />
      </TenantProvider>,
    );
    const demoted = { ...employeeClaims, [TENANTS_CLAIM]: { 'team-1': { role: 'viewer' } } };
    view.rerender(
      <TenantProvider claims={demoted} claim={TENANTS_CLAIM}>
        <ActiveTenant />
      </TenantProvider>,
    );
    expect(activeText()).toBe('team-1:viewer');
  });

  test('losing every tenant leaves none active', () => {
    const view = render(
      <TenantProvider tenants={employeeTenants}>
        <ActiveTenant />
      </TenantProvider>,
    );
    view.rerender(
      <TenantProvider tenants={[]}>
        <ActiveTenant />
      </TenantProvider>,
    );
    expect(activeText()).toBe('none');
  });
});

describe('remembering the active tenant', () => {
  test('restores a remembered tenant that is still in the claims', () => {
    const storage = memoryStorage({ [employeeKey]: 'team-2' });
    render(
      <TenantProvider tenants={employeeTenants} scope={employeeScope} storage={storage}>
        <ActiveTenant />
      </TenantProvider>,
    );
    expect(activeText()).toBe('team-2:employee');
  });

  test.each([['team-9'], ['__proto__'], [' team-1 '], ['TEAM-2'], ['']])(
    'ignores a tampered stored id %j',
    (stored) => {
      const storage = memoryStorage({ [employeeKey]: stored });
      render(
        <TenantProvider tenants={employeeTenants} scope={employeeScope} storage={storage}>
          <ActiveTenant />
        </TenantProvider>,
      );
      expect(activeText()).toBe('team-1:admin');
    },
  );

  test('writes only the id of a switch, under a key scoped by issuer and user', () => {
    const storage = memoryStorage();
    const { result } = renderHook(() => useTenant(), {
      wrapper: providerWrapper({ tenants: employeeTenants, scope: employeeScope, storage }),
    });
    act(() => void result.current.switchTenant('team-2'));
    expect([...storage.values]).toEqual([[employeeKey, 'team-2']]);
  });

  test('storage that throws on every call still lets the user switch', () => {
    const { result } = renderHook(() => useTenant(), {
      wrapper: providerWrapper({
        tenants: employeeTenants,
        scope: employeeScope,
        storage: throwingStorage,
      }),
    });
    expect(result.current.tenant?.id).toBe('team-1');
    expect(actOn(() => result.current.switchTenant('team-2'))).toEqual({ ok: true });
    expect(result.current.tenant?.id).toBe('team-2');
  });

  test('follows a switch made in a second tab, and ignores tampered ids from it', () => {
    const storage = memoryStorage();
    render(
      <TenantProvider
        tenants={employeeTenants}
        scope={employeeScope}
        storage={storage}
        syncAcrossTabs
      >
        <ActiveTenant />
      </TenantProvider>,
    );
    const fromOtherTab = (key: string, newValue: string | null) =>
      act(() => void window.dispatchEvent(new StorageEvent('storage', { key, newValue })));

    fromOtherTab(employeeKey, 'team-2');
    expect(activeText()).toBe('team-2:employee');
    fromOtherTab(employeeKey, '__proto__');
    fromOtherTab(employeeKey, 'team-1 ');
    fromOtherTab(employeeKey, null);
    fromOtherTab(`${DEFAULT_STORAGE_KEY}:other:user`, 'team-1');
    expect(activeText()).toBe('team-2:employee');
  });

  test('in StrictMode (effects run twice) it still follows other tabs and switches', () => {
    render(
      <StrictMode>
        <TenantProvider
          tenants={employeeTenants}
          scope={employeeScope}
          storage={memoryStorage()}
          syncAcrossTabs
        >
          <ActiveTenant />
        </TenantProvider>
      </StrictMode>,
    );
    act(
      () =>
        void window.dispatchEvent(
          new StorageEvent('storage', { key: employeeKey, newValue: 'team-2' }),
        ),
    );
    expect(activeText()).toBe('team-2:employee');
  });

  test('stops listening to other tabs once unmounted', () => {
    const view = render(
      <TenantProvider
        tenants={employeeTenants}
        scope={employeeScope}
        storage={memoryStorage()}
        syncAcrossTabs
      >
        <ActiveTenant />
      </TenantProvider>,
    );
    const removeListener = vi.spyOn(window, 'removeEventListener');
    view.unmount();
    expect(removeListener).toHaveBeenCalledWith('storage', expect.any(Function));
    vi.restoreAllMocks();
  });

  test('a different user on the same browser starts from a clean state', () => {
    const storage = memoryStorage();
    function SwitchToTeam2() {
      const { switchTenant } = useTenant();
      return <button onClick={() => switchTenant('team-2')}>switch</button>;
    }
    const view = render(
      <TenantProvider tenants={employeeTenants} scope={employeeScope} storage={storage}>
        <ActiveTenant />
        <SwitchToTeam2 />
      </TenantProvider>,
    );
    act(() => screen.getByRole('button').click());
    expect(activeText()).toBe('team-2:employee');

    // Someone else signs in and happens to belong to tenants with the same ids.
    const otherTenants: Tenant[] = [
      { id: 'team-1', name: 'team-1', role: 'viewer', channels: [], kind: 'organization' },
      { id: 'team-2', name: 'team-2', role: 'viewer', channels: [], kind: 'organization' },
    ];
    view.rerender(
      <TenantProvider
        tenants={otherTenants}
        scope={{ issuer, userId: 'auth0|other' }}
        storage={storage}
      >
        <ActiveTenant />
        <SwitchToTeam2 />
      </TenantProvider>,
    );
    expect(activeText()).toBe('team-1:viewer');
  });
});
