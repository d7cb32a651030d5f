// Bundle sizes: every app built with one esbuild configuration, compared with
// its baseline; Clerk's CDN runtime measured from its npm packages.
import { type BenchRow, formatBytes } from '../bench-row.js';
import {
  addedInputs,
  measureBundles,
  TENANTKIT_BUDGET_GZIP_BYTES,
  type AppSize,
} from '../bundle/bundle-report.js';
import { type CompressedSize, sumSizes } from '../bundle/compressed-size.js';

const both = (size: CompressedSize, sign = '') =>
  `${sign}${formatBytes(size.gzip)} gzip, ${sign}${formatBytes(size.brotli)} br`;

const baselineNames = { react: 'React alone', peers: '(1)' } as const;
// Issue 4 budgets the login widget with its Auth0 binding, issue 8 everything.
const budgetRows = [
  ['login', '(2)'],
  ['everything', '(4)'],
] as const;

function appRow(app: AppSize): BenchRow {
  const { baseline, overBaseline } = app;
  return {
    group: 'bundle',
    name: app.label,
    result:
      baseline === null || overBaseline === null
        ? both(app)
        : `${both(overBaseline, '+')} over ${baselineNames[baseline]} (${formatBytes(app.gzip)} gzip in all)`,
    // The per-input figures of every app would bury the JSON; the budget row keeps tenantkit's.
    data: { ...app, inputs: undefined },
  };
}

/**
 * Builds every app, measures Clerk's runtime, and checks the budget (as a
 * figure here; `bench/size-budget.test.ts` asserts it).
 *
 * @example
 * ```ts
 * const rows = await run();
 * ```
 */
export async function run(): Promise<BenchRow[]> {
  const { apps, clerkRuntime } = await measureBundles();
  const app = (id: AppSize['id']) => apps.find((candidate) => candidate.id === id);
  const peers = app('peers');
  const clerk = app('clerk');
  const rows = apps.map(appRow);
  if (clerk?.overBaseline != null) {
    const missing =
      clerkRuntime.missing.length > 0
        ? ` (${clerkRuntime.missing.join(', ')} not installed: a lower bound)`
        : '';
    rows.push(
      {
        group: 'bundle',
        name: `Clerk runtime from its CDN: ${clerkRuntime.packages.join(', ')}${missing}`,
        result: `${both(clerkRuntime)} (${clerkRuntime.files.length} ${clerkRuntime.files.length === 1 ? 'script' : 'scripts'})`,
        data: clerkRuntime,
      },
      {
        group: 'bundle',
        name: 'Clerk in all: app + runtime',
        result: `${both(sumSizes([clerk.overBaseline, clerkRuntime]), '+')} over React alone`,
      },
    );
  }
  for (const [id, name] of budgetRows) {
    const measured = app(id);
    if (peers === undefined || measured?.overBaseline == null) continue;
    const cost = measured.overBaseline.gzip;
    rows.push({
      group: 'bundle',
      name: `size budget: ${name} over (1)`,
      result: `${cost.toLocaleString('en')} B gzip`,
      target: `≤ ${TENANTKIT_BUDGET_GZIP_BYTES.toLocaleString('en')} B gzip`,
      met: cost <= TENANTKIT_BUDGET_GZIP_BYTES,
      data: { cost: measured.overBaseline, contributors: addedInputs(measured, peers) },
    });
  }
  return rows;
}
