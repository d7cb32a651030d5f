import type { Meta, StoryObj } from '@storybook/react-vite';
import { Auth0TenantProvider, type Auth0TenantProviderProps } from '@tenantkit/auth0';
import {
  createIdTokenClaims,
  type IdTokenClaims,
  MockAuth0Provider,
  seedUsers,
} from '@tenantkit/auth0/testing';
import { Can } from '@tenantkit/react';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { LocalizedSwitcher } from '../support/localized.js';

interface Auth0TenantsExampleProps extends Omit<Auth0TenantProviderProps, 'children'> {
  /** The signed-in user: the ID token's claims (`seedUsers`, or `createIdTokenClaims`). */
  readonly user?: IdTokenClaims | undefined;
  readonly isLoading?: boolean;
  readonly logout: () => Promise<void>;
  readonly loginWithRedirect: () => Promise<void>;
}

/**
 * `<Auth0TenantProvider>` reading the user from `MockAuth0Provider` (from
 * `@tenantkit/auth0/testing`), with a `<TenantSwitcher>` and a `<Can>` below
 * it. The users are the seed's, built with `seedUsers` / `createIdTokenClaims`.
 */
function Auth0TenantsExample({
  user,
  isLoading = false,
  logout,
  loginWithRedirect,
  ...props
}: Auth0TenantsExampleProps) {
  return (
    <MockAuth0Provider user={user} isLoading={isLoading} overrides={{ logout, loginWithRedirect }}>
      <Auth0TenantProvider {...props}>
        <div style={{ display: 'grid', gap: '1rem' }}>
          <LocalizedSwitcher />
          <Can role="admin" fallback={<p>You are not an admin here.</p>}>
            <p>You are an admin here.</p>
          </Can>
        </div>
      </Auth0TenantProvider>
    </MockAuth0Provider>
  );
}

const meta = {
  title: 'Auth0/Tenant provider',
  component: Auth0TenantsExample,
  args: {
    user: seedUsers.employee,
    logout: fn(() => Promise.resolve()),
    loginWithRedirect: fn(() => Promise.resolve()),
    // Stories start clean: nothing remembered between them.
    storage: null,
    switchStorage: null,
  },
  argTypes: { user: { control: 'object' } },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Auth0TenantsExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ClaimsMode: Story = {
  name: 'Claims mode: switching is local',
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('You are an admin here.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /^team-1/ }));
    await userEvent.click(await screen.findByRole('menuitemradio', { name: /^team-2/ }));
    await expect(await canvas.findByText('You are not an admin here.')).toBeVisible();
    // No network, no redirect.
    await expect(args.loginWithRedirect).not.toHaveBeenCalled();
  },
};

export const PersonalAndCompanies: Story = {
  name: 'Claims mode: personal account and companies',
  args: { user: seedUsers.user },
};

export const OrganizationsMode: Story = {
  name: 'Organizations mode: switching signs in again',
  args: {
    mode: 'organizations',
    returnTo: '/projects',
    user: createIdTokenClaims({
      sub: seedUsers.user.sub,
      email: seedUsers.user.email,
      name: seedUsers.user.name,
      organizations: [
        { id: 'org_company1', name: 'company1', display_name: 'Company 1', role: 'user' },
        { id: 'org_company2', name: 'company2', display_name: 'Company 2', role: 'admin' },
      ],
      organization: 'org_company1',
    }),
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Company 1/ }));
    await userEvent.click(await screen.findByRole('menuitemradio', { name: /^Company 2/ }));
    // Auth0's documented way: a local logout, then a login to the other organization.
    await waitFor(() =>
      expect(args.loginWithRedirect).toHaveBeenCalledWith({
        authorizationParams: { organization: 'org_company2' },
        appState: { returnTo: '/projects' },
      }),
    );
    await expect(args.logout).toHaveBeenCalledWith({ openUrl: false });
    const trigger = canvas.getByRole('button', { name: /Company 2/ });
    await expect(trigger).toHaveAttribute('data-status', 'switching');
  },
};

export const SignedOut: Story = {
  args: { user: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'No tenant' })).toBeVisible();
    await expect(canvas.getByText('You are not an admin here.')).toBeVisible();
  },
};

export const Loading: Story = { args: { isLoading: true } };
