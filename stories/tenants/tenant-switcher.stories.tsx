import type { Meta, StoryObj } from '@storybook/react-vite';
import { TenantSwitcher } from '@tenantkit/react';
import { createTenant, MockTenantProvider, seedTenants } from '@tenantkit/react/testing';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { avatarOf } from '../support/avatars.js';
import { LocalizedSwitcher } from '../support/localized.js';
import { withTenants } from '../support/with-tenants.js';

/**
 * `<TenantSwitcher>` inside `MockTenantProvider` (from `@tenantkit/react/testing`):
 * the tenants are given directly, the active one lives in memory, switching is
 * local. The menu is portalled to `<body>`. Seed users: the employee switches
 * between `team-1` (admin, all channels) and `team-2` (employee, two channels);
 * the user has a personal account and two companies.
 */
// Stories tagged '!autodocs' open their menu at once: they stay off the docs page,
// where several open menus would cover each other.
const meta = {
  title: 'Tenants/Tenant switcher',
  component: TenantSwitcher,
  render: (args) => <LocalizedSwitcher {...args} />,
  decorators: [withTenants({ tenants: seedTenants.user })],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TenantSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

const trigger = (canvasElement: HTMLElement) =>
  within(canvasElement).getByRole('button', { name: /switch tenant|team|company|personal/i });

export const OneTenant: Story = {
  decorators: [
    withTenants({ tenants: [createTenant({ id: 'personal', name: 'Ana Lima', role: 'full' })] }),
  ],
};

export const PersonalAndOrganizations: Story = {
  name: 'Three tenants: personal + organizations',
  tags: ['!autodocs'],
  args: { defaultOpen: true },
  play: async () => {
    const menu = await screen.findByRole('menu');
    await expect(within(menu).getByRole('group', { name: 'Personal' })).toBeInTheDocument();
    const organizations = within(menu).getByRole('group', { name: 'Organizations' });
    await expect(within(organizations).getAllByRole('menuitemradio')).toHaveLength(2);
    await expect(within(menu).getByRole('menuitemradio', { name: /^personal/ })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  },
};

export const Roles: Story = {
  name: 'Roles and channel scopes',
  tags: ['!autodocs'],
  args: { defaultOpen: true },
  decorators: [
    withTenants({
      tenants: [
        ...seedTenants.employee,
        createTenant({ id: 'team-3', name: 'Support', role: 'viewer', channels: ['channel-1'] }),
        createTenant({ id: 'team-4', name: 'Guests' }),
      ],
    }),
  ],
  play: async () => {
    await expect(
      await screen.findByRole('menuitemradio', { name: 'team-1, admin, All channels' }),
    ).toBeInTheDocument();
    await expect(
      screen.getByRole('menuitemradio', { name: 'team-2, employee, 2 channels' }),
    ).toBeInTheDocument();
    await expect(
      screen.getByRole('menuitemradio', { name: 'Guests, No role, No channels' }),
    ).toBeInTheDocument();
  },
};

export const Switching: Story = {
  name: 'Switching teams (keyboard)',
  decorators: [withTenants({ tenants: seedTenants.employee })],
  play: async ({ canvasElement, step }) => {
    const button = trigger(canvasElement);
    await expect(button).toHaveAccessibleName('team-1, admin — switch tenant');
    await step('Open with the keyboard', async () => {
      button.focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() =>
        expect(screen.getByRole('menuitemradio', { name: /^team-1/ })).toHaveFocus(),
      );
    });
    await step('Pick team-2', async () => {
      await userEvent.keyboard('{ArrowDown}{Enter}');
      await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    });
    await step('The trigger shows team-2 and has the focus back', async () => {
      await expect(button).toHaveAccessibleName('team-2, employee — switch tenant');
      await expect(button).toHaveFocus();
    });
  },
};

export const SwitchingWithThePointer: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(trigger(canvasElement));
    await userEvent.click(await screen.findByRole('menuitemradio', { name: /^company2/ }));
    await expect(trigger(canvasElement)).toHaveAccessibleName('company2, admin — switch tenant');
  },
};

export const EscapeCloses: Story = {
  play: async ({ canvasElement }) => {
    const button = trigger(canvasElement);
    await userEvent.click(button);
    await screen.findByRole('menu');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    await expect(button).toHaveFocus();
    await expect(button).toHaveAccessibleName('personal, full — switch tenant');
  },
};

/**
 * `modal`: while the menu is open, the rest of the page is hidden from screen
 * readers and inert, as behind a dialog. Off by default: a switcher in a header
 * does not need to block the page.
 */
export const Modal: Story = {
  args: { modal: true },
  play: async ({ canvasElement }) => {
    const button = trigger(canvasElement);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('menuitemradio', { name: /^personal/ })).toHaveFocus(),
    );
    await expect(button.closest('[aria-hidden="true"]')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    await expect(button.closest('[aria-hidden="true"]')).toBeNull();
    await expect(button).toHaveFocus();
  },
};

export const WaitingForTheIdentityProvider: Story = {
  name: 'Switching… (waiting for the identity provider)',
  decorators: [withTenants({ tenants: seedTenants.user, switchingTenantId: 'company2' })],
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: /company2/ });
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toHaveAttribute('data-status', 'switching');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(/company2/);
  },
};

export const Actions: Story = {
  name: 'Create and manage',
  args: { onCreateTenant: fn(), onManageTenants: fn() },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(trigger(canvasElement));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Create team' }));
    await expect(args.onCreateTenant).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
  },
};

export const PinnedAndRecent: Story = {
  tags: ['!autodocs'],
  args: {
    pinnedTenantIds: ['tenant-00007'],
    recentTenantIds: ['tenant-00003', 'tenant-00001'],
    defaultOpen: true,
    searchThreshold: 20,
  },
  decorators: [
    withTenants({
      tenants: Array.from({ length: 8 }, (_, index) =>
        createTenant({ id: `tenant-0000${index + 1}`, name: `Team ${index + 1}`, role: 'member' }),
      ),
    }),
  ],
  play: async () => {
    const pinned = await screen.findByRole('group', { name: 'Pinned' });
    await expect(
      within(pinned).getByRole('menuitemradio', { name: /^Team 7/ }),
    ).toBeInTheDocument();
    const recent = screen.getByRole('group', { name: 'Recent' });
    await expect(within(recent).getAllByRole('menuitemradio')).toHaveLength(2);
  },
};

export const Avatars: Story = {
  tags: ['!autodocs'],
  args: { getAvatarUrl: avatarOf, defaultOpen: true },
};

export const FormattedRoles: Story = {
  name: 'Roles in your words (formatRole)',
  args: {
    formatRole: (role: string) =>
      ({ full: 'Owner', user: 'Member', admin: 'Administrator' })[role] ?? role,
  },
  play: async ({ canvasElement }) => {
    await expect(trigger(canvasElement)).toHaveAccessibleName('personal, Owner — switch tenant');
  },
};

export const NoTenants: Story = {
  decorators: [withTenants({ tenants: [] })],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'No tenant' })).toBeVisible();
  },
};

const hostile = [
  createTenant({
    id: 'long',
    name: 'The Extraordinarily Long Name of a Department That Nobody Can Remember Completely',
    role: 'admin',
  }),
  // Markup and bidi controls in a name stay text, isolated from their neighbours.
  createTenant({ id: 'markup', name: '<img src=x onerror=alert(1)> Evil Corp', role: 'member' }),
  createTenant({ id: 'bidi', name: '\u202Eevil\u202C Reversed Ltd', role: 'viewer' }),
];

export const HostileAndLongNames: Story = {
  tags: ['!autodocs'],
  args: { defaultOpen: true },
  decorators: [withTenants({ tenants: hostile })],
  play: async ({ canvasElement }) => {
    const button = trigger(canvasElement);
    // Cut visually, whole for screen readers and in the tooltip.
    await expect(button).toHaveAccessibleName(`${hostile[0]?.name ?? ''}, admin — switch tenant`);
    await expect(button).toHaveAttribute('title', hostile[0]?.name);
    await expect(document.querySelector('img[src="x"]')).toBeNull();
  },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  tags: ['!autodocs'],
  args: { defaultOpen: true },
  globals: { locale: 'ar', direction: 'auto' },
  play: async () => {
    await expect(await screen.findByRole('menu')).toHaveAttribute('dir', 'rtl');
  },
};

export const Dark: Story = {
  tags: ['!autodocs'],
  args: { defaultOpen: true, getAvatarUrl: avatarOf },
  globals: { theme: 'dark' },
};

const overview = [
  {
    label: 'One tenant',
    tenants: [createTenant({ id: 'personal', name: 'Ana Lima', role: 'full' })],
  },
  { label: 'Admin, all channels', tenants: seedTenants.employee },
  { label: 'Employee, two channels', tenants: seedTenants.employee, active: 'team-2' },
  { label: 'Personal account', tenants: seedTenants.user },
  { label: 'No role', tenants: [createTenant({ id: 'guests', name: 'Guests' })] },
  { label: 'Switching…', tenants: seedTenants.user, switching: 'company2' },
  { label: 'No tenant', tenants: [] },
  { label: 'Long name', tenants: hostile },
] as const;

/** Every trigger state side by side, for visual review; the open menu has its own stories. */
export const AllStates: Story = {
  render: (args) => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'max-content 1fr',
        gap: '1rem 2rem',
        alignItems: 'center',
      }}
    >
      {overview.map(({ label, tenants, ...state }) => (
        <MockTenantProvider
          key={label}
          tenants={tenants}
          {...('active' in state && { activeTenantId: state.active })}
          {...('switching' in state && { switchingTenantId: state.switching })}
        >
          <span>{label}</span>
          <div>
            <LocalizedSwitcher {...args} getAvatarUrl={avatarOf} />
          </div>
        </MockTenantProvider>
      ))}
    </div>
  ),
};
