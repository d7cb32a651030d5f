// tenantkit's size budget, checked on every `npm test`: byte counts of two
// deterministic esbuild builds, never times.
import { expect, test } from 'vitest';
import {
  type BudgetedAppId,
  measureTenantkitCost,
  TENANTKIT_BUDGET_GZIP_BYTES,
  TENANTKIT_CEILINGS_GZIP_BYTES,
} from './bundle/bundle-report.js';

test.each(Object.entries(TENANTKIT_CEILINGS_GZIP_BYTES) as [BudgetedAppId, number][])(
  'the %s app adds at most %i gzip bytes to its peers',
  async (app, ceiling) => {
    const { cost, contributors } = await measureTenantkitCost(app);
    const top = contributors
      .slice(0, 10)
      .map(({ input, bytes }) => `  ${String(bytes).padStart(6)}  ${input}`)
      .join('\n');
    console.log(
      `${app} over the peers: ${cost.gzip} B gzip, ${cost.brotli} B brotli ` +
        `(ceiling ${ceiling} B, target ${TENANTKIT_BUDGET_GZIP_BYTES} B gzip)\n` +
        `largest inputs, minified bytes:\n${top}`,
    );
    expect(cost.gzip).toBeLessThanOrEqual(ceiling);
  },
  60_000,
);
