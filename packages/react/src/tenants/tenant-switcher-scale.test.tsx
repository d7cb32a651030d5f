import './test-support/radix-dom-shims.js';
import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { TenantProvider } from './tenant-provider.js';
import { TenantSwitcher } from './tenant-switcher.js';
import { manyTenants } from './test-support/tenant-fixtures.js';

// Speed is measured by npm run bench; these tests check that only a window of
// the list is ever rendered, which is what keeps it fast.
describe('10,000 tenants', () => {
  const tenants = manyTenants(10_000);

  test('opens on a window of the list with a hint to refine the search', async () => {
    const user = userEvent.setup();
    render(
      <TenantProvider tenants={tenants} defaultValue="tenant-07500">
        <TenantSwitcher />
      </TenantProvider>,
    );
    await user.click(screen.getByRole('button'));

    const rows = screen.getAllByRole('menuitemradio');
    // 50 rows, plus the active tenant, which always stays listed (and checked).
    expect(rows).toHaveLength(51);
    expect(screen.getByRole('menuitemradio', { checked: true })).toHaveAttribute(
      'title',
      'Tenant 07500',
    );
    expect(screen.getByText('9,949 more — refine your search')).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveAccessibleDescription(
      '9,949 more — refine your search',
    );
  });

  test('search narrows to the one tenant, and Enter switches to it', async () => {
    const user = userEvent.setup();
    render(
      <TenantProvider tenants={tenants}>
        <TenantSwitcher />
      </TenantProvider>,
    );
    await user.click(screen.getByRole('button'));
    await user.keyboard('09999');
    expect(screen.getAllByRole('menuitemradio').map((row) => row.getAttribute('title'))).toEqual([
      'Tenant 09999',
    ]);
    expect(screen.queryByText(/refine your search/)).not.toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(screen.getByRole('button')).toHaveAccessibleName('Tenant 09999, viewer — switch tenant');
  });

  test('a broad query still lists a window of the matches', async () => {
    const user = userEvent.setup();
    render(
      <TenantProvider tenants={tenants}>
        <TenantSwitcher maxVisible={20} />
      </TenantProvider>,
    );
    await user.click(screen.getByRole('button'));
    await act(() => user.keyboard('tenant 01'));
    expect(screen.getAllByRole('menuitemradio')).toHaveLength(20);
    expect(screen.getByText('980 more — refine your search')).toBeInTheDocument();
    expect(within(screen.getByRole('dialog')).getByRole('status')).toHaveTextContent(
      '1,000 tenants',
    );
  });
});
