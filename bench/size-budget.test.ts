// tenantkit's size budget, checked on every `npm test`: byte counts of two
// deterministic esbuild builds, never times.
import { expect, test } from 'vitest';
import {
  measureTenantkitCost,
  TENANTKIT_BUDGET_GZIP_BYTES,
  TENANTKIT_CEILING_GZIP_BYTES,
} from './bundle/bundle-report.js';

test(`everything tenantkit ships adds at most ${TENANTKIT_CEILING_GZIP_BYTES} gzip bytes to its peers`, async () => {
  const { cost, contributors } = await measureTenantkitCost();
  const top = contributors
    .slice(0, 10)
    .map(({ input, bytes }) => `  ${String(bytes).padStart(6)}  ${input}`)
    .join('\n');
  console.log(
    `tenantkit over its peers: ${cost.gzip} B gzip, ${cost.brotli} B brotli ` +
      `(ceiling ${TENANTKIT_CEILING_GZIP_BYTES} B, target ${TENANTKIT_BUDGET_GZIP_BYTES} B gzip)\n` +
      `largest inputs, minified bytes:\n${top}`,
  );
  expect(cost.gzip).toBeLessThanOrEqual(TENANTKIT_CEILING_GZIP_BYTES);
}, 60_000);
