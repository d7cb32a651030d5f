import type { Meta, StoryObj } from '@storybook/react-vite';
import { TenantSwitcher } from '@tenantkit/react';
import { createTenant, createTenants } from '@tenantkit/react/testing';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { LocalizedSwitcher } from '../support/localized.js';
import { withTenants } from '../support/with-tenants.js';

/**
 * Users in many tenants: above `searchThreshold` (8) the menu gets a search
 * field (names, ids and roles; case and accents ignored), and at most
 * `maxVisible` (50) tenants are rendered at once, plus the active one.
 */
const meta = {
  title: 'Tenants/Tenant switcher at scale',
  component: TenantSwitcher,
  render: (args) => <LocalizedSwitcher {...args} />,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TenantSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

const personal = createTenant({ id: 'personal', name: 'Ana Lima', role: 'full' });
const fifty = [personal, ...createTenants(49)];
const tenThousand = [personal, ...createTenants(9_999)];

const openSearch = async (canvasElement: HTMLElement) => {
  await userEvent.click(within(canvasElement).getByRole('button', { name: /Ana Lima/ }));
  const search = await screen.findByRole('searchbox');
  await waitFor(() => expect(search).toHaveFocus());
  return search;
};

export const FiftyTenants: Story = {
  name: '50 tenants',
  decorators: [withTenants({ tenants: fifty })],
  play: async ({ canvasElement, step }) => {
    const search = await openSearch(canvasElement);
    await step('Type to filter, Enter picks the first match', async () => {
      await userEvent.type(search, '00042');
      await waitFor(() => expect(screen.getAllByRole('menuitemradio')).toHaveLength(1));
      await userEvent.keyboard('{Enter}');
    });
    await expect(within(canvasElement).getByRole('button', { name: /Tenant 00042/ })).toHaveFocus();
  },
};

export const TenThousandTenants: Story = {
  name: '10,000 tenants',
  decorators: [withTenants({ tenants: tenThousand })],
  play: async ({ canvasElement, step }) => {
    const search = await openSearch(canvasElement);
    await step('Only the first 50 are rendered, with a hint to search', async () => {
      await expect(screen.getAllByRole('menuitemradio')).toHaveLength(50);
      await expect(screen.getByText(/9,?950 more/)).toBeInTheDocument();
    });
    await step('Search by role, then narrow to one tenant', async () => {
      await userEvent.type(search, 'viewer');
      await waitFor(() =>
        expect(screen.getAllByRole('menuitemradio', { name: /viewer/ }).length).toBeGreaterThan(40),
      );
      await userEvent.clear(search);
      await userEvent.type(search, 'tenant 09999');
      await waitFor(() =>
        expect(screen.getByRole('menuitemradio', { name: /^Tenant 09999/ })).toBeInTheDocument(),
      );
    });
    await step('ArrowDown moves into the results; Enter switches', async () => {
      await userEvent.keyboard('{ArrowDown}');
      await waitFor(() =>
        expect(screen.getByRole('menuitemradio', { name: /^Tenant 09999/ })).toHaveFocus(),
      );
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    });
    await expect(within(canvasElement).getByRole('button', { name: /Tenant 09999/ })).toBeVisible();
  },
};

export const NoMatch: Story = {
  decorators: [withTenants({ tenants: fifty })],
  play: async ({ canvasElement }) => {
    const search = await openSearch(canvasElement);
    await userEvent.type(search, 'globex');
    await waitFor(() => expect(screen.queryAllByRole('menuitemradio')).toHaveLength(0));
    await expect(screen.getByRole('menuitem', { name: /globex/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  },
};

export const OpenWithSearch: Story = {
  name: 'Open, 50 tenants (visual review)',
  // Its menu opens at once: kept off the docs page.
  tags: ['!autodocs'],
  args: { defaultOpen: true },
  decorators: [withTenants({ tenants: fifty })],
};
