/** Medians and percentiles of latency samples. */

/** The value below which `p` (0..1) of the samples fall (nearest rank). */
export function percentile(samples: number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? null;
}

/** Median and p95 of a series, or nulls when nothing was measured. */
export function summarise(samples: number[]): { median: number | null; p95: number | null; n: number } {
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95), n: samples.length };
}
