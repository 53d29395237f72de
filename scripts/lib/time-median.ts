/** The middle value of a list (NaN for none). */
export const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The median time of `repeat` runs after one warm-up run, in milliseconds. */
export function timeMedian(run: () => void, repeat = 5): number {
  run(); // warm-up
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    run();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}
