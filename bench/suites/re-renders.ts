// Re-render counts: runs bench/re-renders.test.ts with Vitest (its jsdom
// environment and React's development build, where <Profiler> reports) and
// reads the counts the test attached to its file.
import { startVitest } from 'vitest/node';
import type { BenchRow } from '../bench-row.js';
import type { CommitCounts, ReRenderCounts } from '../re-renders/count-re-renders.js';
import { typedEmail } from '../re-renders/count-re-renders.js';

const scenarios = {
  typing: `typing "${typedEmail}" (${typedEmail.length} keys) into the login widget`,
  switching: 'switching tenant (team-1 → team-2, both admin)',
  refresh: 'token refresh with the same tenants',
} as const satisfies Record<keyof ReRenderCounts, string>;

const describe = (counts: CommitCounts) =>
  Object.entries(counts)
    .map(([part, renders]) => `${part} ${renders}`)
    .join(', ');

/**
 * Runs the re-render scenarios and reports how often each part re-rendered;
 * `met` is whether the test's expectations held.
 *
 * @example
 * ```ts
 * const rows = await run();
 * ```
 */
export async function run(): Promise<BenchRow[]> {
  const vitest = await startVitest('test', ['bench/re-renders.test.ts'], {
    run: true,
    watch: false,
    project: ['node'],
    reporters: [{}],
  });
  try {
    const [file] = vitest.state.getTestModules();
    const counts = file?.meta().reRenderCounts;
    if (file === undefined || counts === undefined) {
      throw new Error('bench/re-renders.test.ts reported no counts');
    }
    const ok = file.ok();
    return (Object.keys(scenarios) as (keyof ReRenderCounts)[]).map((scenario) => ({
      group: 're-renders',
      name: scenarios[scenario],
      result: describe(counts[scenario]),
      target: 'only the parts that read the change',
      met: ok,
      data: counts[scenario],
    }));
  } finally {
    await vitest.close();
  }
}
