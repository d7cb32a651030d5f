import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { Can, TenantSwitcher, useActiveTenant } from '@tenantkit/react';
import { MockTenantProvider, seedTenants } from '@tenantkit/react/testing';
import { expect, test } from 'vitest';

// Your component, using tenantkit's switcher, hooks and <Can>.
function TeamPage() {
  const tenant = useActiveTenant();
  return (
    <main>
      <TenantSwitcher />
      <h1>{tenant?.name}</h1>
      <Can role="admin" fallback={<p>Ask an admin to invite people.</p>}>
        <button type="button">Invite</button>
      </Can>
    </main>
  );
}

test('admins of team-1 can invite; in team-2 the employee cannot', async () => {
  const user = userEvent.setup();
  render(
    <MockTenantProvider tenants={seedTenants.employee}>
      <TeamPage />
    </MockTenantProvider>,
  );
  expect(screen.getByRole('heading')).toHaveTextContent('team-1');
  expect(screen.getByRole('button', { name: 'Invite' })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: /switch tenant/ }));
  await user.click(screen.getByRole('menuitemradio', { name: /^team-2/ }));

  expect(screen.getByRole('heading')).toHaveTextContent('team-2');
  expect(screen.queryByRole('button', { name: 'Invite' })).not.toBeInTheDocument();
  expect(screen.getByText('Ask an admin to invite people.')).toBeInTheDocument();
});

test('start in any tenant of the seed users', () => {
  render(
    <MockTenantProvider tenants={seedTenants.user} activeTenantId="company2">
      <TeamPage />
    </MockTenantProvider>,
  );
  expect(screen.getByRole('heading')).toHaveTextContent('company2');
  expect(screen.getByRole('button', { name: 'Invite' })).toBeInTheDocument();
});
