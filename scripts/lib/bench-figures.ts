// Figures as the benchmarks print them: median / p95 / max, milliseconds, ratios.

export const stats = (values: number[]) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const q = (p: number) => v[Math.min(v.length - 1, Math.floor(p * v.length))] ?? NaN;
  return { n: v.length, median: q(0.5), p95: q(0.95), max: v[v.length - 1] ?? NaN };
};
export const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1).padStart(7) : '    n/a');
export const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : 'n/a');
export const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');
/** One row of a median / p95 / max table. */
export const line = (name: string, values: number[]) => {
  const s = stats(values);
  console.log(`${name.padEnd(28)}${fmt(s.median)} ${fmt(s.p95)} ${fmt(s.max)}`);
};
export const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');
