// @vitest-environment jsdom
// Re-render counts (deterministic, unlike times): what tenantkit promises about
// which components a user's action re-renders. `npm run bench` prints the same counts.
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { countReRenders, type ReRenderCounts, typedEmail } from './re-renders/count-re-renders.js';

declare module 'vitest' {
  interface TaskMeta {
    /** Read by `npm run bench` (bench/suites/re-renders.ts), which prints them. */
    reRenderCounts?: ReRenderCounts;
  }
}

let counts: ReRenderCounts;
beforeAll(async () => {
  counts = await countReRenders();
});
beforeEach(({ task }) => {
  task.file.meta.reRenderCounts = counts;
});

test('typing an email re-renders the login widget and nothing else', () => {
  expect(counts.typing['login widget']).toBe(typedEmail.length); // once per keystroke
  expect(counts.typing['rest of the page']).toBe(0);
});

test('switching tenant re-renders only the components that read the active tenant', () => {
  expect(counts.switching).toEqual({
    '<TenantSwitcher>': 1,
    useActiveTenant: 1,
    'useTenant (switch button)': 1,
    useTenants: 0,
    'usePermission (same answer)': 0,
    'usePermission (answer flips)': 1,
    'no tenant hook': 0,
  });
});

test('a token refresh with the same tenants re-renders no consumer', () => {
  const reRendered = Object.entries(counts.refresh).filter(([, renders]) => renders > 0);
  expect(reRendered).toEqual([]);
});
