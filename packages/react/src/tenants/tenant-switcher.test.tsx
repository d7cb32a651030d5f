import './test-support/radix-dom-shims.js';
import type { Tenant } from '@tenantkit/core';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { TenantProvider, type TenantProviderProps } from './tenant-provider.js';
import {
  TenantSwitcher,
  TenantSwitcherAction,
  TenantSwitcherContent,
  TenantSwitcherList,
  type TenantSwitcherProps,
  TenantSwitcherRoot,
  TenantSwitcherTrigger,
} from './tenant-switcher.js';
import { tenantSwitcherAr } from './messages/ar.js';
import { tenantSwitcherDe } from './messages/de.js';
import { tenantSwitcherEn } from './messages/en.js';
import { tenantSwitcherJa } from './messages/ja.js';
import { employeeTenants, manyTenants, userTenants } from './test-support/tenant-fixtures.js';

function renderSwitcher(
  provider: Omit<TenantProviderProps, 'children'>,
  switcher: TenantSwitcherProps = {},
) {
  const user = userEvent.setup();
  const view = render(
    <TenantProvider {...provider}>
      <TenantSwitcher {...switcher} />
    </TenantProvider>,
  );
  return { user, ...view };
}

const trigger = () => screen.getByRole('button', { name: /switch tenant/ });
const items = () => screen.getAllByRole('menuitemradio');

/** An element's text as seen, leaving out what is clipped away, and whatever `skip` matches. */
function shownText(element: HTMLElement, skip = '[style*="clip-path"]'): string {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll(skip)) hidden.remove();
  return Array.from(copy.children, (child) => child.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('keyboard', () => {
  test('Enter opens, arrows move, Enter selects, and the focus returns to the trigger', async () => {
    const onValueChange = vi.fn();
    const { user } = renderSwitcher({ tenants: employeeTenants, onValueChange });
    trigger().focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menu')).toBeInTheDocument();
    expect(items()[0]).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    expect(items()[1]).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(onValueChange).toHaveBeenCalledWith('team-2');
    expect(trigger()).toHaveAccessibleName('team-2, employee — switch tenant');
    expect(trigger()).toHaveFocus();
  });

  test('ArrowDown opens too, and Space selects', async () => {
    const { user } = renderSwitcher({ tenants: userTenants });
    trigger().focus();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{ArrowDown}{ArrowDown} ');
    expect(trigger()).toHaveAccessibleName('company2, admin — switch tenant');
  });

  test('Escape closes without switching and returns the focus', async () => {
    const onValueChange = vi.fn();
    const { user } = renderSwitcher({ tenants: employeeTenants, onValueChange });
    trigger().focus();
    await user.keyboard('{Enter}{ArrowDown}{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
    expect(onValueChange).not.toHaveBeenCalled();
  });

  test('a click opens the menu and a click on a tenant switches', async () => {
    const { user } = renderSwitcher({ tenants: employeeTenants });
    await user.click(trigger());
    await user.click(screen.getByRole('menuitemradio', { name: /^team-2/ }));
    expect(trigger()).toHaveAccessibleName('team-2, employee — switch tenant');
  });
});

describe('modal', () => {
  function renderInPage(switcher: TenantSwitcherProps = {}) {
    const user = userEvent.setup();
    render(
      <TenantProvider tenants={employeeTenants}>
        <TenantSwitcher {...switcher} />
        <main>
          <h1>Inbox</h1>
        </main>
      </TenantProvider>,
    );
    return user;
  }

  test('by default the open menu leaves the rest of the page to screen readers, and keeps the keyboard', async () => {
    const user = renderInPage();
    trigger().focus();
    await user.keyboard('{Enter}');
    expect(items()[0]).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Inbox' })).toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    expect(items()[1]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
  });

  test('modal hides the rest of the page while the menu is open', async () => {
    const user = renderInPage({ modal: true });
    trigger().focus();
    await user.keyboard('{Enter}');
    expect(items()[0]).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Inbox' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: 'Inbox' })).toBeInTheDocument();
    expect(trigger()).toHaveFocus();
  });
});

describe('what the switcher shows', () => {
  test('the trigger shows the active tenant with its initials and role badge', () => {
    renderSwitcher({ tenants: employeeTenants });
    const button = trigger();
    expect(shownText(button)).toBe('T1 team-1 admin');
    expect(button).toHaveAccessibleName('team-1, admin — switch tenant');
    expect(button).toHaveAttribute('data-status', 'idle');
  });

  test.each([
    ['en', tenantSwitcherEn, 'personal, full — switch tenant'],
    ['ar', tenantSwitcherAr, 'personal، full — تبديل مساحة العمل'],
    ['ja', tenantSwitcherJa, 'personal（ full ）— テナントを切り替え'],
  ] as const)(
    '%s: the trigger is named by what it shows, completed for screen readers',
    (locale, messages, name) => {
      renderSwitcher({ tenants: userTenants }, { locale, messages });
      const button = screen.getByRole('button');
      expect(button).toHaveAccessibleName(name);
      // Speech control users say what they see (WCAG 2.5.3): every word shown is in the name.
      const words = (text: string) => text.replace(/[\p{P}\s]+/gu, ' ').trim();
      // The avatar's initials are decorative, hidden from screen readers.
      const shown = shownText(button, '[style*="clip-path"], [aria-hidden="true"]');
      expect(shown).toBe('personal full');
      expect(words(name)).toContain(words(shown));
    },
  );

  test('the employee example: teams with roles and channel scope, the active one checked', async () => {
    const { user } = renderSwitcher({ tenants: employeeTenants });
    await user.click(trigger());
    const group = screen.getByRole('group', { name: 'Organizations' });
    const [team1, team2] = within(group).getAllByRole('menuitemradio');
    expect(team1).toHaveAccessibleName('team-1, admin, All channels');
    expect(team1).toHaveAttribute('aria-checked', 'true');
    expect(team1).toHaveAttribute('data-state', 'checked');
    expect(team2).toHaveAccessibleName('team-2, employee, 2 channels');
    expect(team2).toHaveAttribute('aria-checked', 'false');
  });

  test('the user example: the personal account apart from the companies', async () => {
    const { user } = renderSwitcher({ tenants: userTenants });
    await user.click(trigger());
    const personal = screen.getByRole('group', { name: 'Personal' });
    const organizations = screen.getByRole('group', { name: 'Organizations' });
    expect(
      within(personal)
        .getAllByRole('menuitemradio')
        .map((item) => item.getAttribute('aria-label')),
    ).toEqual(['personal, full, No channels']);
    expect(
      within(organizations)
        .getAllByRole('menuitemradio')
        .map((item) => item.getAttribute('aria-label')),
    ).toEqual(['company1, user, No channels', 'company2, admin, No channels']);
  });

  test('a tenant without a role says so', async () => {
    const tenants: Tenant[] = [
      { id: 'o', name: 'Org', role: null, channels: ['a'], kind: 'organization' },
    ];
    const { user } = renderSwitcher({ tenants });
    await user.click(trigger());
    expect(screen.getByRole('menuitemradio')).toHaveAccessibleName('Org, No role, 1 channel');
  });

  test('without tenants the trigger says so and the menu explains', async () => {
    const user = userEvent.setup();
    render(
      <TenantProvider tenants={[]}>
        <TenantSwitcher />
      </TenantProvider>,
    );
    const button = screen.getByRole('button', { name: 'No tenant' });
    await user.click(button);
    expect(screen.getByRole('menuitem', { name: 'You have no tenants' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  test('hostile and very long names render as text, whole in the accessible name', async () => {
    const name = `<img src=x onerror="alert(1)"> ${'Ω'.repeat(300)} \u202Egnp.exe`;
    const tenants: Tenant[] = [
      { id: 'evil', name, role: '<b>owner</b>', channels: [], kind: 'organization' },
    ];
    const { user } = renderSwitcher({ tenants });
    expect(trigger()).toHaveAccessibleName(`${name}, <b>owner</b> — switch tenant`);
    await user.click(trigger());
    const item = screen.getByRole('menuitemradio');
    expect(item).toHaveAccessibleName(`${name}, <b>owner</b>, No channels`);
    expect(item).toHaveAttribute('title', name);
    expect(document.querySelector('img, b')).toBeNull();
    // Bidi overrides inside a name cannot reorder the text around it.
    expect(item.querySelector('[data-slot="tenant-switcher-name"]')?.tagName).toBe('BDI');
  });

  test('pinned and recent tenants come first, each tenant once', async () => {
    const { user } = renderSwitcher(
      { tenants: userTenants },
      { pinnedTenantIds: ['company2', 'nope'], recentTenantIds: ['company2', 'personal'] },
    );
    await user.click(trigger());
    const groups = screen.getAllByRole('group').map((group) =>
      within(group)
        .getAllByRole('menuitemradio')
        .map((item) => item.getAttribute('title')),
    );
    expect(groups).toEqual([['company2'], ['personal'], ['company1']]);
    expect(screen.getByRole('group', { name: 'Pinned' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Recent' })).toBeInTheDocument();
  });

  test('create and manage actions run and close the menu', async () => {
    const onCreateTenant = vi.fn();
    const onManageTenants = vi.fn();
    const { user } = renderSwitcher(
      { tenants: employeeTenants },
      { onCreateTenant, onManageTenants },
    );
    await user.click(trigger());
    await user.click(screen.getByRole('menuitem', { name: 'Create team' }));
    expect(onCreateTenant).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.click(trigger());
    await user.click(screen.getByRole('menuitem', { name: 'Manage' }));
    expect(onManageTenants).toHaveBeenCalledTimes(1);
  });

  test('a switch waiting for the identity provider shows and announces "Switching…"', () => {
    renderSwitcher({ tenants: employeeTenants, switchingTenantId: 'team-2' });
    const button = screen.getByRole('button', { name: 'Switching to team-2…' });
    expect(button).toHaveAttribute('data-status', 'switching');
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Switching to team-2…');
  });
});

describe('search', () => {
  const nine = manyTenants(9);

  test('appears only above the threshold', async () => {
    const { user, unmount } = renderSwitcher({ tenants: manyTenants(8) });
    await user.click(trigger());
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    unmount();

    const next = renderSwitcher({ tenants: nine });
    await next.user.click(trigger());
    expect(screen.getByRole('searchbox', { name: 'Search tenants' })).toHaveFocus();
  });

  test('narrows by name, id or role, ignoring case and accents', async () => {
    const tenants: Tenant[] = [
      ...nine,
      { id: 'mueller', name: 'Müller GmbH', role: 'owner', channels: [], kind: 'organization' },
    ];
    const { user } = renderSwitcher({ tenants });
    await user.click(trigger());
    await user.keyboard('MULLER');
    expect(items().map((item) => item.getAttribute('title'))).toEqual(['Müller GmbH']);
    expect(screen.getByText('1 tenant')).toHaveAttribute('role', 'status');

    await user.clear(screen.getByRole('searchbox'));
    await user.keyboard('owner');
    expect(items()).toHaveLength(1);
  });

  test('ArrowDown moves into the results, ArrowUp on the first goes back to the field', async () => {
    const { user } = renderSwitcher({ tenants: nine });
    await user.click(trigger());
    await user.keyboard('00003');
    await user.keyboard('{ArrowDown}');
    expect(items()[0]).toHaveFocus();
    expect(items()[0]).toHaveAccessibleName(/^Tenant 00003/);
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  test('letters typed on an item go to the search field', async () => {
    const { user } = renderSwitcher({ tenants: nine });
    await user.click(trigger());
    await user.keyboard('{ArrowDown}7');
    expect(screen.getByRole('searchbox')).toHaveValue('7');
    expect(screen.getByRole('searchbox')).toHaveFocus();
    expect(items().map((item) => item.getAttribute('title'))).toEqual(['Tenant 00007']);
  });

  test('Enter in the field picks the first match', async () => {
    const onValueChange = vi.fn();
    const { user } = renderSwitcher({ tenants: nine, onValueChange });
    await user.click(trigger());
    await user.keyboard('00005{Enter}');
    expect(onValueChange).toHaveBeenCalledWith('tenant-00005');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
  });

  test('no match says so, and the query is gone when the menu reopens', async () => {
    const { user } = renderSwitcher({ tenants: nine });
    await user.click(trigger());
    await user.keyboard('zzz');
    expect(screen.queryAllByRole('menuitemradio')).toEqual([]);
    expect(screen.getByRole('menuitem', { name: 'No tenant matches “zzz”' })).toBeInTheDocument();
    expect(within(screen.getByRole('dialog')).getByRole('status')).toHaveTextContent(
      'No tenant matches “zzz”',
    );
    await user.keyboard('{Escape}');
    await user.click(trigger());
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(items()).toHaveLength(9);
  });
});

describe('i18n and direction', () => {
  test('English is built in: a locale alone changes no text', async () => {
    const { user } = renderSwitcher({ tenants: userTenants }, { locale: 'de' });
    await user.click(trigger());
    expect(screen.getByRole('group', { name: 'Personal' })).toBeInTheDocument();
  });

  test('overrides replace single texts and keep the English rest', async () => {
    const { user } = renderSwitcher(
      { tenants: userTenants },
      { messages: { organizationsGroup: 'Teams' } },
    );
    await user.click(trigger());
    expect(screen.getByRole('group', { name: 'Teams' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Personal' })).toBeInTheDocument();
  });

  test('German catalogue, with overrides for any text', async () => {
    const { user } = renderSwitcher(
      { tenants: userTenants },
      { locale: 'de-CH', messages: { ...tenantSwitcherDe, organizationsGroup: 'Firmen' } },
    );
    expect(
      screen.getByRole('button', { name: 'personal, full – Mandant wechseln' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button'));
    expect(screen.getByRole('group', { name: 'Persönlich' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Firmen' })).toBeInTheDocument();
    expect(
      screen.getByRole('menuitemradio', { name: 'company1, user, Keine Kanäle' }),
    ).toBeInTheDocument();
  });

  test('Arabic lays the trigger and the menu out right to left', async () => {
    const { user } = renderSwitcher(
      { tenants: employeeTenants },
      { locale: 'ar', messages: tenantSwitcherAr },
    );
    const button = screen.getByRole('button');
    expect(button).toHaveAttribute('dir', 'rtl');
    await user.click(button);
    expect(screen.getByRole('menu')).toHaveAttribute('dir', 'rtl');
    expect(
      screen.getByRole('menuitemradio', { name: 'team-2، employee، قناتان' }),
    ).toBeInTheDocument();
  });

  test('roles can be shown in the app’s words', async () => {
    const { user } = renderSwitcher(
      { tenants: employeeTenants },
      { formatRole: (role) => ({ admin: 'Administrator' })[role] ?? role },
    );
    await user.click(trigger());
    expect(
      screen.getByRole('menuitemradio', { name: 'team-1, Administrator, All channels' }),
    ).toBeInTheDocument();
  });
});

describe('compound parts', () => {
  test('a custom layout reuses the parts and keeps the behaviour', async () => {
    const user = userEvent.setup();
    const onInvite = vi.fn();
    render(
      <TenantProvider tenants={employeeTenants}>
        <TenantSwitcherRoot>
          <TenantSwitcherTrigger className="mine">Workspace</TenantSwitcherTrigger>
          <TenantSwitcherContent align="end">
            <TenantSwitcherAction onSelect={onInvite}>Invite people</TenantSwitcherAction>
            <TenantSwitcherList />
          </TenantSwitcherContent>
        </TenantSwitcherRoot>
      </TenantProvider>,
    );
    // Its own content names the button (an app may add an aria-label that contains it).
    const button = screen.getByRole('button', { name: 'Workspace' });
    expect(button).toHaveClass('mine');
    await user.click(button);
    await user.click(screen.getByRole('menuitemradio', { name: /^team-2/ }));
    expect(screen.getByRole('button')).toHaveAttribute('title', 'team-2');
  });

  test('parts outside the root throw an error naming it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      render(
        <TenantProvider tenants={employeeTenants}>
          <TenantSwitcherTrigger />
        </TenantProvider>,
      ),
    ).toThrow('TenantSwitcherTrigger must be used inside <TenantSwitcherRoot>.');
    vi.restoreAllMocks();
  });

  test('bad numeric options fail at setup, naming the option', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderSwitcher({ tenants: employeeTenants }, { maxVisible: 0 })).toThrow(
      /`maxVisible`/,
    );
    vi.restoreAllMocks();
  });
});
