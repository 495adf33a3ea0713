// Small statistics helpers for the benchmark (nearest-rank percentiles, no interpolation).
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function summary(values: readonly number[]): string {
  return `n=${values.length} min=${round(Math.min(...values))} p50=${round(percentile(values, 50))} p95=${round(percentile(values, 95))} max=${round(Math.max(...values))}`;
}
