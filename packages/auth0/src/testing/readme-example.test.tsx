import { useAuth0 } from '@auth0/auth0-react';
import { Auth0TenantProvider } from '@tenantkit/auth0';
import { createIdTokenClaims, MockAuth0Provider, seedUsers } from '@tenantkit/auth0/testing';
import { Can, useActiveTenant } from '@tenantkit/react';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';

// Your component: it reads the user from Auth0 and the tenant from tenantkit.
function Workspace() {
  const { user, loginWithRedirect } = useAuth0();
  const tenant = useActiveTenant();
  if (!user) {
    return (
      <button type="button" onClick={() => void loginWithRedirect()}>
        Log in
      </button>
    );
  }
  return (
    <main>
      <p>
        {user.email} in {tenant?.name}
      </p>
      <Can role="admin" fallback={<p>Read only</p>}>
        <button type="button">Invite</button>
      </Can>
    </main>
  );
}

function renderWorkspace(user?: ReturnType<typeof createIdTokenClaims>) {
  const loginWithRedirect = vi.fn(() => Promise.resolve());
  render(
    <MockAuth0Provider user={user} overrides={{ loginWithRedirect }}>
      {/* storage={null}: each test starts without a remembered tenant. */}
      <Auth0TenantProvider storage={null}>
        <Workspace />
      </Auth0TenantProvider>
    </MockAuth0Provider>,
  );
  return { loginWithRedirect };
}

test('the seed employee starts in team-1, as an admin', () => {
  renderWorkspace(seedUsers.employee);
  expect(screen.getByText('employee@example.com in team-1')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Invite' })).toBeInTheDocument();
});

test('a viewer of a single team cannot invite', () => {
  renderWorkspace(
    createIdTokenClaims({ email: 'vic@example.com', tenants: { 'team-9': { role: 'viewer' } } }),
  );
  expect(screen.getByText('vic@example.com in team-9')).toBeInTheDocument();
  expect(screen.getByText('Read only')).toBeInTheDocument();
});

test('signed out, the button logs in', async () => {
  const { loginWithRedirect } = renderWorkspace(undefined);
  await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
  expect(loginWithRedirect).toHaveBeenCalledOnce();
});
