import './test-support/radix-dom-shims.js';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, test } from 'vitest';
import { TenantProvider } from './tenant-provider.js';
import { TenantSwitcher, type TenantSwitcherProps } from './tenant-switcher.js';
import { employeeTenants, manyTenants, userTenants } from './test-support/tenant-fixtures.js';

async function violations(root: Element) {
  const results = await axe.run(root, {
    // jsdom cannot compute colours; a lone widget is not a page with landmarks.
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map(({ id, nodes }) => ({
    id,
    targets: nodes.map((node) => [node.target, node.failureSummary]),
  }));
}

describe('axe', () => {
  test.each([
    ['the employee example', employeeTenants, {}],
    ['the user example, in Arabic', userTenants, { locale: 'ar' }],
    ['1,000 tenants with search', manyTenants(1_000), { pinnedTenantIds: ['tenant-00002'] }],
  ] as const)(
    '%s: clean when closed and when open',
    async (_, tenants, props: TenantSwitcherProps) => {
      const user = userEvent.setup();
      const { container } = render(
        <TenantProvider tenants={tenants}>
          <TenantSwitcher {...props} onCreateTenant={() => undefined} />
        </TenantProvider>,
      );
      expect(await violations(container)).toEqual([]);
      await user.click(screen.getByRole('button'));
      // The menu is portalled into the body.
      expect(await violations(document.body)).toEqual([]);
    },
  );

  test('clean while searching with no match, and while switching', async () => {
    const user = userEvent.setup();
    render(
      <TenantProvider tenants={manyTenants(20)} switchingTenantId="tenant-00003">
        <TenantSwitcher />
      </TenantProvider>,
    );
    expect(await violations(document.body)).toEqual([]);
    await user.click(screen.getByRole('button'));
    await user.keyboard('nothing like this');
    expect(await violations(document.body)).toEqual([]);
  });

  test('in a page with landmarks, the open menu hides nothing: no focusable content is aria-hidden', async () => {
    const user = userEvent.setup();
    render(
      <TenantProvider tenants={employeeTenants}>
        <header>
          <TenantSwitcher />
        </header>
        <main>
          <h1>Inbox</h1>
          <button type="button">Compose</button>
        </main>
      </TenantProvider>,
    );
    await user.click(screen.getByRole('button', { name: /switch tenant/ }));
    // A modal menu would aria-hide <main> with its button still focusable.
    const results = await axe.run(document.body, { runOnly: ['aria-hidden-focus'] });
    expect(results.violations).toEqual([]);
  });
});
