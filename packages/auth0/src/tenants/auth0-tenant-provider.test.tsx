import { type Auth0ContextInterface, User } from '@auth0/auth0-react';
import { DEFAULT_STORAGE_KEY, type Tenant } from '@tenantkit/core';
import { TenantSwitcher, useTenant, useTenants } from '@tenantkit/react';
import { act, render, screen } from '@testing-library/react';
import { type ReactNode, useMemo, useState } from 'react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { MockAuth0Provider } from '../testing/mock-auth0-provider.js';
import { Auth0TenantProvider, type Auth0TenantProviderProps } from './auth0-tenant-provider.js';
import { useOrganizationMismatch } from './use-organization-mismatch.js';

const CLAIM = 'https://example.com/tenants';

/** ID token claims as plain data; `asUser` makes the SDK's `User` from them. */
type Claims = Readonly<Record<string, unknown>>;
const asUser = (claims: Claims | undefined): User | undefined =>
  claims === undefined ? undefined : Object.assign(new User(), claims);

const employee: Claims = {
  sub: 'auth0|employee',
  email: 'employee@example.com',
  [CLAIM]: {
    'team-1': { role: 'admin', channels: ['*'] },
    'team-2': { role: 'employee', channels: ['channel-1', 'channel-2'] },
  },
};

const seedUser: Claims = {
  sub: 'auth0|user',
  email: 'user@example.com',
  [CLAIM]: { personal: 'full', company1: 'user', company2: 'admin' },
};

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

/** Shows the active tenant and offers a button per tenant, as an app would. */
function TenantPanel() {
  const tenants = useTenants();
  const { tenant, switchTenant } = useTenant();
  return (
    <>
      <output aria-label="active">
        {tenant === null ? 'none' : `${tenant.id} (${tenant.role ?? '-'})`}
      </output>
      {tenants.map(({ id }) => (
        <button key={id} onClick={() => switchTenant(id)}>
          go {id}
        </button>
      ))}
    </>
  );
}

function renderWith(
  user: Claims | undefined,
  props: Omit<Auth0TenantProviderProps, 'children'> = {},
  overrides: Partial<Auth0ContextInterface> = {},
  children: ReactNode = <TenantPanel />,
) {
  const tree = (next: Claims | undefined, nextProps = props) => (
    <MockAuth0Provider user={asUser(next)} overrides={overrides}>
      <Auth0TenantProvider claim={CLAIM} {...nextProps}>
        {children}
      </Auth0TenantProvider>
    </MockAuth0Provider>
  );
  const view = render(tree(user));
  return {
    ...view,
    rerenderWith: (next: Claims | undefined, nextProps = props) =>
      view.rerender(tree(next, nextProps)),
  };
}

// The provider remembers the active tenant in localStorage by default.
beforeEach(() => localStorage.clear());

/** Clicks a button and lets the switch's promises (logout, then the redirect) settle. */
async function clickAndSettle(name: string) {
  await act(async () => {
    screen.getByRole('button', { name }).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const active = () => screen.getByRole('status', { name: 'active' }).textContent;

describe('Auth0TenantProvider in claims mode', () => {
  test('employee@example.com: two teams, switching locally without any network call', () => {
    const loginWithRedirect = vi.fn(() => Promise.resolve());
    const logout = vi.fn(() => Promise.resolve());
    renderWith(employee, {}, { loginWithRedirect, logout });
    expect(active()).toBe('team-1 (admin)');
    act(() => screen.getByRole('button', { name: 'go team-2' }).click());
    expect(active()).toBe('team-2 (employee)');
    expect(loginWithRedirect).not.toHaveBeenCalled();
    expect(logout).not.toHaveBeenCalled();
  });

  test('user@example.com: a personal account and two companies', () => {
    function Roles() {
      return (
        <p>
          {useTenants()
            .map((tenant) => `${tenant.id}:${tenant.role ?? '-'}:${tenant.kind}`)
            .join(' ')}
        </p>
      );
    }
    renderWith(seedUser, {}, {}, <Roles />);
    expect(
      screen.getByText(
        'personal:full:personal company1:user:organization company2:admin:organization',
      ),
    ).toBeInTheDocument();
  });

  test('the switcher shows the active tenant with its role', () => {
    renderWith(employee, {}, {}, <TenantSwitcher />);
    expect(
      screen.getByRole('button', { name: 'team-1, admin — switch tenant' }),
    ).toBeInTheDocument();
  });

  test('signed out, loading, or a token without tenants: no tenant, whatever the email', () => {
    const view = renderWith(undefined);
    expect(active()).toBe('none');
    view.rerenderWith({ sub: 'auth0|x', email: 'boss@team-1.example.com' });
    expect(active()).toBe('none');
    view.rerenderWith({ email: 'no-sub@example.com', [CLAIM]: { 'team-1': 'admin' } });
    expect(active()).toBe('none');
  });

  test('a token refresh that revokes the active tenant falls back at once and tells the app', () => {
    const onActiveTenantRemoved = vi.fn();
    const view = renderWith(employee, { onActiveTenantRemoved, defaultValue: 'team-2' });
    expect(active()).toBe('team-2 (employee)');
    view.rerenderWith({ ...employee, [CLAIM]: { 'team-1': { role: 'admin', channels: ['*'] } } });
    expect(active()).toBe('team-1 (admin)');
    expect(onActiveTenantRemoved).toHaveBeenCalledWith(
      expect.objectContaining({ previous: expect.objectContaining({ id: 'team-2' }) }),
    );
  });

  test('remembers the choice per issuer and user, and another user starts afresh', () => {
    const storage = memoryStorage();
    const props = { storage, issuer: 'https://example.eu.auth0.com/' };
    const view = renderWith(employee, props);
    act(() => screen.getByRole('button', { name: 'go team-2' }).click());
    expect([...storage.values]).toEqual([
      [
        `${DEFAULT_STORAGE_KEY}:${encodeURIComponent(props.issuer)}:${encodeURIComponent('auth0|employee')}`,
        'team-2',
      ],
    ]);

    // Another person signs in on this browser; their token has the same tenant ids.
    view.rerenderWith({ ...employee, sub: 'auth0|someone-else' });
    expect(active()).toBe('team-1 (admin)');

    // The first user comes back: their own choice is restored.
    view.rerenderWith(employee);
    expect(active()).toBe('team-2 (employee)');
  });

  test('refuses an unknown mode, naming the prop', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderWith(employee, { mode: 'org' as 'claims' })).toThrow(/`mode` must be/);
    vi.restoreAllMocks();
  });
});

describe('Auth0TenantProvider in organizations mode', () => {
  const ORGS = 'https://tenantkit.dev/organizations';
  const inAcme: Claims = {
    sub: 'auth0|ana',
    email: 'ana@example.com',
    org_id: 'org_acme',
    [ORGS]: [
      { id: 'org_acme', display_name: 'Acme', role: 'admin' },
      { id: 'org_globex', display_name: 'Globex', role: 'member' },
    ],
  };
  const inGlobex: Claims = { ...inAcme, org_id: 'org_globex' };

  function switchStorage() {
    const values = new Map<string, string>();
    return {
      values,
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
      removeItem: (key: string) => void values.delete(key),
    };
  }

  test('the token’s organization is the active tenant', () => {
    renderWith(inGlobex, { mode: 'organizations', switchStorage: switchStorage() });
    expect(active()).toBe('org_globex (member)');
  });

  test('switching logs out locally, then redirects with the organization and a return path', async () => {
    window.history.replaceState(null, '', '/projects?tab=2#top');
    const calls: string[] = [];
    const logout = vi.fn(() => {
      calls.push('logout');
      return Promise.resolve();
    });
    const loginWithRedirect = vi.fn(() => {
      calls.push('loginWithRedirect');
      return Promise.resolve();
    });
    const storage = switchStorage();
    renderWith(
      inAcme,
      { mode: 'organizations', switchStorage: storage },
      { logout, loginWithRedirect },
      <>
        <TenantPanel />
        <TenantSwitcher />
      </>,
    );
    await clickAndSettle('go org_globex');

    expect(calls).toEqual(['logout', 'loginWithRedirect']);
    expect(logout).toHaveBeenCalledWith({ openUrl: false });
    expect(loginWithRedirect).toHaveBeenCalledWith({
      authorizationParams: { organization: 'org_globex' },
      appState: { returnTo: '/projects?tab=2#top' },
    });
    // Until the redirect leaves the page: still in Acme, on the way to Globex.
    expect(active()).toBe('org_acme (admin)');
    expect(screen.getByRole('button', { name: 'Switching to Globex…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    expect(
      JSON.parse(storage.values.get('tenantkit:pending-organization-switch') ?? 'null'),
    ).toMatchObject({
      userId: 'auth0|ana',
      tenantId: 'org_globex',
      organization: 'org_globex',
    });
  });

  test('choosing the organization the token is already for does not redirect', () => {
    const loginWithRedirect = vi.fn(() => Promise.resolve());
    renderWith(
      inAcme,
      { mode: 'organizations', switchStorage: switchStorage() },
      { loginWithRedirect },
    );
    act(() => screen.getByRole('button', { name: 'go org_acme' }).click());
    expect(loginWithRedirect).not.toHaveBeenCalled();
  });

  test('returnTo can be computed per tenant', async () => {
    const loginWithRedirect = vi.fn(() => Promise.resolve());
    renderWith(
      inAcme,
      {
        mode: 'organizations',
        switchStorage: switchStorage(),
        returnTo: (tenant: Tenant) => `/t/${tenant.id}`,
      },
      { loginWithRedirect },
    );
    await clickAndSettle('go org_globex');
    expect(loginWithRedirect).toHaveBeenCalledWith(
      expect.objectContaining({ appState: { returnTo: '/t/org_globex' } }),
    );
  });

  test('the local logout before the redirect does not empty the switcher', async () => {
    function Harness() {
      const [user, setUser] = useState(() => asUser(inAcme));
      const overrides = useMemo(
        () => ({
          logout: () => {
            setUser(undefined); // what auth0-react does on logout({ openUrl: false })
            return Promise.resolve();
          },
          loginWithRedirect: () => new Promise<void>(() => undefined), // the page is leaving
        }),
        [],
      );
      return (
        <MockAuth0Provider user={user} overrides={overrides}>
          <Auth0TenantProvider claim={CLAIM} mode="organizations" switchStorage={switchStorage()}>
            <TenantPanel />
          </Auth0TenantProvider>
        </MockAuth0Provider>
      );
    }
    render(<Harness />);
    await clickAndSettle('go org_globex');
    expect(active()).toBe('org_acme (admin)');
    expect(screen.getByRole('button', { name: 'go org_globex' })).toBeInTheDocument();
  });

  test('a failed redirect reports the error and leaves the switcher idle', async () => {
    const onSwitchError = vi.fn();
    const failure = new Error('network down');
    const storage = switchStorage();
    renderWith(
      inAcme,
      { mode: 'organizations', switchStorage: storage, onSwitchError },
      { loginWithRedirect: () => Promise.reject(failure) },
      <>
        <TenantPanel />
        <TenantSwitcher />
      </>,
    );
    await clickAndSettle('go org_globex');
    expect(onSwitchError).toHaveBeenCalledWith(
      failure,
      expect.objectContaining({ id: 'org_globex' }),
    );
    expect(screen.getByRole('button', { name: 'Acme, admin — switch tenant' })).not.toHaveAttribute(
      'aria-busy',
    );
    expect(storage.values.size).toBe(0);
  });

  describe('back from Auth0', () => {
    const pending = (organization: string | null, extra: Record<string, unknown> = {}) => {
      const storage = switchStorage();
      storage.setItem(
        'tenantkit:pending-organization-switch',
        JSON.stringify({
          userId: 'auth0|ana',
          tenantId: 'org_globex',
          organization,
          startedAt: Date.now(),
          ...extra,
        }),
      );
      return storage;
    };
    function Mismatch() {
      const mismatch = useOrganizationMismatch();
      return (
        <p>
          {mismatch === null
            ? 'no mismatch'
            : `${mismatch.expected ?? '-'} ≠ ${mismatch.actual ?? '-'}`}
        </p>
      );
    }
    const panel = (
      <>
        <TenantPanel />
        <Mismatch />
      </>
    );

    test('the token is for the chosen organization: nothing to report', () => {
      const storage = pending('org_globex');
      const onOrganizationMismatch = vi.fn();
      renderWith(
        inGlobex,
        { mode: 'organizations', switchStorage: storage, onOrganizationMismatch },
        {},
        panel,
      );
      expect(active()).toBe('org_globex (member)');
      expect(screen.getByText('no mismatch')).toBeInTheDocument();
      expect(onOrganizationMismatch).not.toHaveBeenCalled();
      expect(storage.values.size).toBe(0);
    });

    test('another org_id in the token is surfaced, and the token wins', () => {
      const onOrganizationMismatch = vi.fn();
      renderWith(
        inAcme,
        { mode: 'organizations', switchStorage: pending('org_globex'), onOrganizationMismatch },
        {},
        panel,
      );
      expect(active()).toBe('org_acme (admin)');
      expect(screen.getByText('org_globex ≠ org_acme')).toBeInTheDocument();
      expect(onOrganizationMismatch).toHaveBeenCalledExactlyOnceWith({
        expected: 'org_globex',
        actual: 'org_acme',
        tenantId: 'org_globex',
      });
    });

    test('a token without organization after choosing one is a mismatch too', () => {
      const noOrganization = { ...inAcme, org_id: undefined };
      renderWith(
        noOrganization,
        { mode: 'organizations', switchStorage: pending('org_globex') },
        {},
        panel,
      );
      expect(screen.getByText('org_globex ≠ -')).toBeInTheDocument();
    });

    test('organization names compare with org_name as Auth0 does', () => {
      const named = { ...inGlobex, org_name: 'globex' };
      renderWith(named, { mode: 'organizations', switchStorage: pending('Globex') }, {}, panel);
      expect(screen.getByText('no mismatch')).toBeInTheDocument();
    });

    test.each([
      ['another user', { userId: 'auth0|mallory' }],
      ['a stale switch', { startedAt: Date.now() - 60 * 60 * 1000 }],
      ['a tampered entry', { organization: { $ne: null } }],
      ['a future date', { startedAt: Date.now() + 60 * 60 * 1000 }],
    ])('ignores %s', (_, extra) => {
      renderWith(
        inAcme,
        { mode: 'organizations', switchStorage: pending('org_globex', extra) },
        {},
        panel,
      );
      expect(screen.getByText('no mismatch')).toBeInTheDocument();
    });

    test('ignores text that is not JSON, and storage that throws', () => {
      const broken = switchStorage();
      broken.setItem('tenantkit:pending-organization-switch', '{"userId":');
      const view = renderWith(inAcme, { mode: 'organizations', switchStorage: broken }, {}, panel);
      expect(screen.getByText('no mismatch')).toBeInTheDocument();
      view.unmount();
      const throwing = {
        getItem: () => {
          throw new Error('blocked');
        },
        setItem: () => undefined,
        removeItem: () => undefined,
      };
      renderWith(inAcme, { mode: 'organizations', switchStorage: throwing }, {}, panel);
      expect(screen.getByText('no mismatch')).toBeInTheDocument();
    });

    test('the mismatch belongs to its user: a different sub clears it', () => {
      const view = renderWith(
        inAcme,
        { mode: 'organizations', switchStorage: pending('org_globex') },
        {},
        panel,
      );
      expect(screen.getByText('org_globex ≠ org_acme')).toBeInTheDocument();
      view.rerenderWith({ ...inAcme, sub: 'auth0|bob' });
      expect(screen.getByText('no mismatch')).toBeInTheDocument();
    });
  });

  test('claims-mode props are refused, naming the prop', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderWith(inAcme, { mode: 'organizations', value: 'org_acme' })).toThrow(
      /`value` is for mode="claims"/,
    );
    vi.restoreAllMocks();
  });
});

describe('useOrganizationMismatch', () => {
  test('outside the provider it throws naming Auth0TenantProvider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Probe() {
      useOrganizationMismatch();
      return null;
    }
    expect(() => render(<Probe />)).toThrow(
      'useOrganizationMismatch must be used inside <Auth0TenantProvider>.',
    );
    vi.restoreAllMocks();
  });
});
