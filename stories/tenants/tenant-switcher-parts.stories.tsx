import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  TenantAvatar,
  TenantSwitcherAction,
  TenantSwitcherContent,
  TenantSwitcherList,
  TenantSwitcherRoot,
  TenantSwitcherSearch,
  TenantSwitcherSeparator,
  TenantSwitcherStatus,
  TenantSwitcherTrigger,
} from '@tenantkit/react';
import { createTenant, createTenants, seedTenants } from '@tenantkit/react/testing';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { useSwitcherLocale } from '../../.storybook/story-globals.js';
import { avatarOf } from '../support/avatars.js';
import { withTenants } from '../support/with-tenants.js';

interface CustomSwitcherProps {
  readonly onOpenSettings: () => void;
}

/** A switcher assembled from its parts: a compact trigger, search, and a settings item. */
function CustomSwitcher({ onOpenSettings }: CustomSwitcherProps) {
  return (
    <TenantSwitcherRoot {...useSwitcherLocale()} searchThreshold={3} maxVisible={5}>
      <TenantSwitcherTrigger />
      <TenantSwitcherStatus />
      <TenantSwitcherContent align="end">
        <TenantSwitcherSearch placeholder="Find a workspace" />
        <TenantSwitcherList>
          <TenantSwitcherSeparator />
          <TenantSwitcherAction onSelect={onOpenSettings}>Workspace settings</TenantSwitcherAction>
        </TenantSwitcherList>
      </TenantSwitcherContent>
    </TenantSwitcherRoot>
  );
}

/**
 * `TenantSwitcherRoot`, `TenantSwitcherTrigger`, `TenantSwitcherStatus`,
 * `TenantSwitcherContent`, `TenantSwitcherSearch`, `TenantSwitcherList`,
 * `TenantSwitcherAction` and `TenantSwitcherSeparator` build other layouts.
 */
const meta = {
  title: 'Tenants/Switcher parts',
  component: CustomSwitcher,
  args: { onOpenSettings: fn() },
  decorators: [
    withTenants({
      tenants: [
        ...seedTenants.user,
        ...createTenants(12, (index) => ({ name: `Workspace ${index + 1}` })),
      ],
    }),
  ],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof CustomSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CustomLayout: Story = {
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: /personal/ }));
    const search = await screen.findByPlaceholderText('Find a workspace');
    await waitFor(() => expect(search).toHaveFocus());
    await expect(screen.getByText(/more — refine your search/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Workspace settings' }));
    await expect(args.onOpenSettings).toHaveBeenCalledOnce();
  },
};

const avatarTenants = [
  createTenant({ id: 'company1', name: 'Company 1' }),
  createTenant({ id: 'acme', name: 'Acme Corporation' }),
  createTenant({ id: 'personal', name: 'ana lima' }),
  createTenant({ id: 'ar', name: 'شركة النور' }),
  createTenant({ id: 'ja', name: '株式会社サンプル' }),
  createTenant({ id: 'broken', name: 'Broken Logo' }),
];

/** `TenantAvatar`: a logo when one loads, the initials otherwise (also when the image fails). */
export const Avatars: StoryObj = {
  render: () => (
    <ul style={{ display: 'flex', gap: '1rem', listStyle: 'none', margin: 0, padding: 0 }}>
      {avatarTenants.map((tenant) => (
        <li key={tenant.id} style={{ display: 'grid', justifyItems: 'center', gap: '0.25rem' }}>
          <TenantAvatar
            tenant={tenant}
            src={tenant.id === 'broken' ? 'data:image/png;base64,broken' : avatarOf(tenant)}
          />
          <span>{tenant.name}</span>
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The broken image falls back to the initials; the working logo stays.
    await expect(await canvas.findByText('BL')).toBeInTheDocument();
    await expect(canvasElement.querySelectorAll('[data-state="image"]')).toHaveLength(1);
  },
};
