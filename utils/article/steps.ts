/**
 * Long work written as a generator: each `yield` marks a point where the page may
 * run its own tasks in between. Tests and the CLI run the steps straight through;
 * the content script runs one step per task, so no single task of ours grows long.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now, in one go. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface SlicedRun<T> {
  value: T;
  /** Main-thread time spent in the steps themselves, in ms. */
  busyMs: number;
  /** The longest single step, in ms: the task the page had to wait for. */
  longestMs: number;
  slices: number;
  /** Each step's time, in ms, in order. */
  stepMs: number[];
}

/** A macrotask boundary: `scheduler.yield()` where the browser has it, else a timeout. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs one step per task and measures the work (not the waiting in between). */
export async function runStepsInTasks<T>(
  steps: Steps<T>,
  now: () => number = () => performance.now(),
  wait: () => Promise<void> = nextTask,
): Promise<SlicedRun<T>> {
  let busyMs = 0;
  let longestMs = 0;
  let slices = 0;
  const stepMs: number[] = [];
  for (;;) {
    const started = now();
    const next = steps.next();
    const took = now() - started;
    busyMs += took;
    longestMs = Math.max(longestMs, took);
    slices++;
    stepMs.push(took);
    if (next.done) return { value: next.value, busyMs, longestMs, slices, stepMs };
    await wait();
  }
}
