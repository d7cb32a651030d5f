/** One benchmark's figures, in milliseconds per run. */
export interface Measurement {
  readonly name: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly opsPerSecond: number;
}

export interface MeasureOptions {
  /** Timed runs; the median of these is the headline figure. */
  readonly runs?: number;
  /** Untimed runs first, so the JIT has settled. */
  readonly warmup?: number;
  /** Calls per timed run, for operations too fast to time one by one. */
  readonly batch?: number;
}

/**
 * Times `operation` and reports the median and 95th percentile of its runs.
 * Figures are printed, never asserted: these machines are shared and noisy.
 *
 * @example
 * ```ts
 * measure('parseEmail', () => parseEmail('ana@acme.test'), { batch: 10_000 }).medianMs;
 * ```
 */
export function measure(
  name: string,
  operation: () => unknown,
  options: MeasureOptions = {},
): Measurement {
  const { runs = 30, warmup = 5, batch = 1 } = options;
  let sink: unknown;
  for (let index = 0; index < warmup * batch; index += 1) sink = operation();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    for (let index = 0; index < batch; index += 1) sink = operation();
    samples.push((performance.now() - started) / batch);
  }
  keep(sink);
  return summarize(name, samples);
}

/**
 * The median and 95th percentile of samples taken elsewhere (in a browser, say).
 *
 * @example
 * ```ts
 * summarize('open the switcher', [12.1, 11.8, 13.0]).medianMs; // 12.1
 * ```
 */
export function summarize(name: string, samples: readonly number[]): Measurement {
  const sorted = [...samples].sort((a, b) => a - b);
  const medianMs = percentile(sorted, 0.5);
  return {
    name,
    runs: sorted.length,
    medianMs,
    p95Ms: percentile(sorted, 0.95),
    opsPerSecond: medianMs > 0 ? 1000 / medianMs : Number.POSITIVE_INFINITY,
  };
}

function percentile(sorted: readonly number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.floor(fraction * sorted.length));
  return sorted[index] ?? Number.NaN;
}

// Stops the optimiser from discarding work whose result is never read.
let kept: unknown;
function keep(value: unknown): void {
  kept = value;
  if (kept === Symbol.for('never')) console.log(kept);
}
