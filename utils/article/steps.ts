/**
 * Long work written as a generator: each `yield` marks a point where the page may
 * run its own tasks in between. Tests and the CLI run the steps straight through;
 * the content script runs one step per task, so no single task of ours grows long.
 * A step may also yield work done elsewhere (`awaitOffThread`): the next step starts
 * when it has settled, and the wait is not the page's time.
 */
export type Steps<T> = Generator<Pause, T, unknown>;

/** Nothing (let the page run its tasks), or work done off the main thread to wait for. */
export type Pause = void | OffThread;

/** Work running elsewhere (the background, an offscreen document); it never rejects. */
export interface OffThread {
  readonly offThread: Promise<Settled<unknown>>;
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Waits for `promise` as a step of its own; the steps go on with its outcome. */
export function* awaitOffThread<T>(promise: Promise<T>): Steps<Settled<T>> {
  const offThread = promise.then(
    (value): Settled<T> => ({ ok: true, value }),
    (error: unknown): Settled<T> => ({ ok: false, error }),
  );
  return (yield { offThread }) as Settled<T>;
}

function isOffThread(pause: Pause): pause is OffThread {
  return typeof pause === 'object' && pause !== null && 'offThread' in pause;
}

/**
 * Runs every step now, in one go. Steps that wait for work off the main thread
 * cannot run this way (only the content script asks for such work).
 */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (isOffThread(next.value)) {
      steps.return(undefined as T);
      throw new Error('These steps wait for work off the main thread: use runStepsInTasks.');
    }
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
  let input: unknown = undefined;
  for (;;) {
    const started = now();
    const next = steps.next(input);
    const took = now() - started;
    busyMs += took;
    longestMs = Math.max(longestMs, took);
    slices++;
    stepMs.push(took);
    if (next.done) return { value: next.value, busyMs, longestMs, slices, stepMs };
    // Work off the thread resumes the steps in a task of its own (the reply's).
    input = isOffThread(next.value) ? await next.value.offThread : await wait();
  }
}
