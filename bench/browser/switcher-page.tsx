// The switcher with 10,000 tenants, built for production like the size
// benchmark's apps, and the hooks the driver (bench/suites/switcher.ts) uses.
import { TenantProvider, TenantSwitcher } from '@tenantkit/react';
import '@tenantkit/react/styles.css';
import { createTenants } from '@tenantkit/react/testing';
import { createRoot } from 'react-dom/client';
import { createInputTimer, type InputTimer } from './input-timer.js';

/** What the driver can call in the page. */
export interface SwitcherPage {
  readonly inputTimer: InputTimer;
  /** Arms the timer for opening; milestone `menu`: the menu is listed and positioned. */
  armOpen(): void;
  /**
   * Arms the timer for the keystroke that makes the query `query`; milestones
   * `field`: the field shows it, `list`: the list shows its matches.
   */
  armFilter(query: string): void;
}

declare global {
  interface Window {
    switcherPage: SwitcherPage;
  }
}

const tenantCount = 10_000;
const maxVisible = 50;
const tenants = createTenants(tenantCount);
// The page's own account of what a query matches (ASCII names: lower-casing is
// all the folding they need), to know when the list shows it.
const haystacks = tenants.map((tenant) =>
  `${tenant.name}\n${tenant.id}\n${tenant.role ?? ''}`.toLowerCase(),
);

const items = () => document.querySelectorAll('[role="menuitemradio"]').length;

function listShows(query: string): boolean {
  const matches = haystacks.filter((haystack) => haystack.includes(query)).length;
  const shown = Math.min(matches, maxVisible);
  const more = document.querySelector('[data-slot="tenant-switcher-more"]')?.textContent ?? '';
  const hidden = Number(more.replace(/\D/g, '') || '0');
  return items() === shown && hidden === matches - shown;
}

function menuOpen(): boolean {
  const wrapper = document.querySelector<HTMLElement>('[data-radix-popper-content-wrapper]');
  return wrapper !== null && !wrapper.style.transform.includes('-200%') && items() > 0;
}

const inputTimer = createInputTimer();
window.switcherPage = {
  inputTimer,
  armOpen: () => inputTimer.arm('pointerdown', { menu: menuOpen }),
  armFilter: (query) =>
    inputTimer.arm('keydown', {
      field: () =>
        document.querySelector<HTMLInputElement>('input[type="search"]')?.value === query,
      list: () => listShows(query),
    }),
};

createRoot(document.getElementById('root') as HTMLElement).render(
  <TenantProvider tenants={tenants} defaultValue="tenant-00001" storage={null}>
    <TenantSwitcher maxVisible={maxVisible} />
  </TenantProvider>,
);
