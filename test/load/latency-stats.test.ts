import { describe, expect, it } from 'vitest';
import { quantile, summarize } from '../../scripts/load/latency-stats.ts';

describe('load latency figures', () => {
  it('takes quantiles by nearest rank: a latency some request really had', () => {
    const sorted = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(quantile(sorted, 0.5)).toBe(50);
    expect(quantile(sorted, 0.99)).toBe(99);
    expect(quantile(sorted, 1)).toBe(100);
    expect(quantile([7], 0.99)).toBe(7);
    expect(quantile([], 0.5)).toBe(0);
  });

  it('summarises unsorted latencies with throughput over the run', () => {
    const summary = summarize([30, 10, 20, 1000], 1, 2);
    expect(summary).toEqual({ count: 4, errors: 1, perSecond: 2, p50Ms: 20, p99Ms: 1000, maxMs: 1000 });
  });
});
