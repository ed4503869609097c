/** Latency and count figures of one kind of request. */
export interface LatencySummary {
  count: number;
  errors: number;
  /** Requests per second over the whole run. */
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * The q-quantile (0–1) of `sorted` (ascending) by the nearest-rank method: the smallest value with at
 * least q of the samples at or below it — a p99 is a latency some request really had, never an
 * interpolation. 0 for no samples.
 *
 * @example quantile([10, 20, 30, 40], 0.5) // 20
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? 0;
}

/** Summarises one kind's latencies (ms, any order) and errors over `seconds` of run time. */
export function summarize(latenciesMs: readonly number[], errors: number, seconds: number): LatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    count: sorted.length,
    errors,
    perSecond: seconds > 0 ? Math.round((sorted.length / seconds) * 10) / 10 : 0,
    p50Ms: round(quantile(sorted, 0.5)),
    p99Ms: round(quantile(sorted, 0.99)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
}
