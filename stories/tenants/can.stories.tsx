import type { Meta, StoryObj } from '@storybook/react-vite';
import { definePolicy } from '@tenantkit/core';
import { Can } from '@tenantkit/react';
import { seedTenants } from '@tenantkit/react/testing';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { LocalizedSwitcher } from '../support/localized.js';
import { withTenants } from '../support/with-tenants.js';

const policy = definePolicy({
  admin: ['members:invite', 'settings:write', 'billing:read'],
  employee: ['billing:read'],
});

/**
 * `<Can>` renders its children when the user passes the check in the active
 * tenant, else its `fallback`. Switch between the employee's teams to see the
 * gates change: `team-1` is admin with every channel, `team-2` is employee with
 * `channel-1` and `channel-2`. It hides; the server must still check.
 */
const meta = {
  title: 'Tenants/Can',
  component: Can,
  decorators: [withTenants({ tenants: seedTenants.employee, policy })],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Can>;

export default meta;
type Story = StoryObj<typeof meta>;

const inviteGate = {
  role: 'admin',
  fallback: <p>Only admins see this.</p>,
  children: <button type="button">Invite members</button>,
};

export const RoleAllowed: Story = {
  name: 'Role: allowed',
  args: inviteGate,
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('button', { name: 'Invite members' }),
    ).toBeVisible();
  },
};

export const RoleDenied: Story = {
  name: 'Role: denied (fallback)',
  args: inviteGate,
  decorators: [withTenants({ tenants: seedTenants.employee, activeTenantId: 'team-2' })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: 'Invite members' })).toBeNull();
    await expect(canvas.getByText('Only admins see this.')).toBeVisible();
  },
};

export const Channel: Story = {
  name: 'Channel: granted by "*"',
  args: {
    channel: 'channel-3',
    fallback: <p>No access to channel-3.</p>,
    children: <p>channel-3 analytics</p>,
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('channel-3 analytics')).toBeVisible();
  },
};

export const Permission: Story = {
  name: 'Permission from a policy',
  args: {
    permission: 'billing:read',
    fallback: null,
    children: <p>Invoices</p>,
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Invoices')).toBeVisible();
  },
};

function TeamPage() {
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '28rem' }}>
      <LocalizedSwitcher />
      <ul style={{ display: 'grid', gap: '0.5rem', margin: 0, paddingInlineStart: '1.25rem' }}>
        <li>
          <Can role="admin" fallback={<span>Ask an admin to invite people.</span>}>
            <button type="button">Invite members</button>
          </Can>
        </li>
        <li>
          <Can channel="channel-1" fallback={<span>No access to channel-1.</span>}>
            <span>channel-1 is yours</span>
          </Can>
        </li>
        <li>
          <Can channel="channel-3" fallback={<span>No access to channel-3.</span>}>
            <span>channel-3 is yours</span>
          </Can>
        </li>
        <li>
          <Can permission="settings:write" fallback={<span>Settings are read-only.</span>}>
            <button type="button">Edit settings</button>
          </Can>
        </li>
        <li>
          <Can role={['admin', 'employee']} channel="channel-2">
            <span>channel-2 reports</span>
          </Can>
        </li>
      </ul>
    </div>
  );
}

/** Every gate of a team page at once: switch teams to see them change. */
export const AllGates: Story = {
  render: () => <TeamPage />,
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await step('team-1: admin with every channel', async () => {
      await expect(canvas.getByRole('button', { name: 'Invite members' })).toBeVisible();
      await expect(canvas.getByText('channel-3 is yours')).toBeVisible();
      await expect(canvas.getByRole('button', { name: 'Edit settings' })).toBeVisible();
    });
    await step('Switch to team-2', async () => {
      await userEvent.click(canvas.getByRole('button', { name: /switch tenant/ }));
      await userEvent.click(await screen.findByRole('menuitemradio', { name: /^team-2/ }));
      await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    });
    await step('team-2: employee with channel-1 and channel-2', async () => {
      await expect(canvas.queryByRole('button', { name: 'Invite members' })).toBeNull();
      await expect(canvas.getByText('Ask an admin to invite people.')).toBeVisible();
      await expect(canvas.getByText('channel-1 is yours')).toBeVisible();
      await expect(canvas.getByText('No access to channel-3.')).toBeVisible();
      await expect(canvas.getByText('Settings are read-only.')).toBeVisible();
      await expect(canvas.getByText('channel-2 reports')).toBeVisible();
    });
  },
};
