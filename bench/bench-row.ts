import type { Measurement } from './measure.js';

/** One line of the benchmark table; `data` keeps the raw figures for the JSON file. */
export interface BenchRow {
  /** The table's section: `bundle`, `scale`, `re-renders`, `login`. */
  readonly group: string;
  readonly name: string;
  /** The figure as printed. */
  readonly result: string;
  readonly target?: string;
  /** Whether the figure meets the target; reported, never asserted for times. */
  readonly met?: boolean;
  readonly data?: unknown;
}

/** A suite: a module under `bench/suites/` whose `run` returns its rows. */
export type Suite = () => Promise<BenchRow[]>;

/**
 * Bytes as the issue and the README write them: `12.3 kB` (1 kB = 1,000 B).
 *
 * @example
 * ```ts
 * formatBytes(23823); // '23.8 kB'
 * ```
 */
export function formatBytes(bytes: number): string {
  return Math.abs(bytes) < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} kB`;
}

/**
 * Milliseconds with a precision that suits their size.
 *
 * @example
 * ```ts
 * formatMs(0.0042); // '4.20 µs'
 * formatMs(3.5); // '3.50 ms'
 * formatMs(1234.5); // '1235 ms'
 * ```
 */
export function formatMs(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toFixed(2)} µs`;
  return ms < 100 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`;
}

/**
 * A timing row: median, 95th percentile and runs; with `limitMs`, the target
 * "< limit" and whether the median meets it.
 *
 * @example
 * ```ts
 * timingRow('scale', measure('readTenants, 10,000 tenants', run), 5);
 * ```
 */
export function timingRow(group: string, measurement: Measurement, limitMs?: number): BenchRow {
  const { name, medianMs, p95Ms, runs } = measurement;
  return {
    group,
    name,
    result: `${formatMs(medianMs)} median (p95 ${formatMs(p95Ms)}, ${runs} runs)`,
    ...(limitMs !== undefined && { target: `< ${formatMs(limitMs)}`, met: medianMs < limitMs }),
    data: measurement,
  };
}
