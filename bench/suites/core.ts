// Core benchmarks: the work that runs on every keystroke, login and token refresh.
import { parseEmail, readTenants } from '@tenantkit/core';
import { indexDirectory } from '../../packages/core/src/realm/directory.js';
import { type BenchRow, timingRow } from '../bench-row.js';
import { measure } from '../measure.js';

const CLAIM = 'https://tenantkit.dev/tenants';

function claimsWithTenants(count: number): Record<string, unknown> {
  const tenants: Record<string, unknown> = {};
  for (let index = 0; index < count; index += 1) {
    tenants[`team-${index}`] =
      index % 2 === 0
        ? { role: 'admin', channels: ['*'] }
        : { role: 'employee', channels: [`channel-${index}`, `channel-${index + 1}`] };
  }
  return { sub: 'auth0|bench', [CLAIM]: tenants };
}

function directoryWithDomains(count: number) {
  const domains = Array.from({ length: count }, (_, index) => `customer-${index}.example`);
  return indexDirectory({
    connections: [
      { name: 'enterprise', kind: 'sso', domains, includeSubdomains: true },
      { name: 'db', kind: 'password' },
    ],
  });
}

/**
 * Times email parsing, reading tenants from claims at three sizes, and a
 * directory lookup among 100,000 domains.
 *
 * @example
 * ```ts
 * const rows = await run();
 * ```
 */
export function run(): Promise<BenchRow[]> {
  const emails = [
    'ana@customer-42.example',
    'Ana.Maria+billing@Bücher.DE',
    'a@acme.com@evil.io',
    'ana@ac\u200Bme.com',
    'x'.repeat(600),
  ];
  const nextEmail = cycle(emails);
  const hugeInput = `${'a'.repeat(1_000_000)}@acme.com`;
  const rows = [
    timingRow(
      'scale',
      measure('parseEmail (typical and hostile inputs in turn)', () => parseEmail(nextEmail()), {
        runs: 50,
        batch: 10_000,
      }),
    ),
    // Rejected on length before any pattern runs over it.
    timingRow(
      'scale',
      measure('parseEmail, a 1 MB input', () => parseEmail(hugeInput), { runs: 50, batch: 100 }),
    ),
  ];

  for (const count of [1_500, 10_000, 100_000]) {
    const claims = claimsWithTenants(count);
    const measurement = measure(
      `readTenants, ${count.toLocaleString('en')} tenants`,
      () => readTenants(claims, { claim: CLAIM }),
      { runs: count > 10_000 ? 10 : 30 },
    );
    rows.push(timingRow('scale', measurement, count === 10_000 ? 5 : undefined));
  }

  const match = directoryWithDomains(100_000);
  const nextLookup = cycle([
    'ana@customer-99999.example',
    'ana@eu.customer-5.example',
    'ana@unknown.example',
  ]);
  const lookup = measure(
    'directory lookup among 100,000 domains (parse + match)',
    () => {
      const parsed = parseEmail(nextLookup());
      return parsed.ok ? match(parsed.domain) : undefined;
    },
    { runs: 50, batch: 10_000 },
  );
  rows.push(timingRow('scale', lookup, 0.01));
  return Promise.resolve(rows);
}

function cycle<T>(items: readonly T[]): () => T {
  let index = 0;
  return () => items[index++ % items.length] as T;
}
