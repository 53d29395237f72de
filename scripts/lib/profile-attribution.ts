// Which scripts a V8 CPU profile's time went to (issue 14). The content script's own
// timers miss its evaluation, its microtasks and whatever runs between its steps; a
// sampled profile of the page's main thread sees all of it, one sample at a time, each
// sample naming the stack it caught. Pure: the profile in, milliseconds out.

/** The parts of CDP's `Profiler.Profile` read here (times in microseconds). */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  /** Node id of each sample's leaf frame, in the order taken. */
  samples?: number[];
  /** Microseconds between a sample and the one before (the first: since startTime). */
  timeDeltas?: number[];
}

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface Attribution {
  /** Milliseconds of samples in the chosen scripts (see `attributeProfile`). */
  ms: number;
  /**
   * Milliseconds per script URL, for every script. Samples that no script owns are
   * under their runtime frame, `(program)` or `(garbage collector)`, or `(no script)`.
   */
  byUrl: Map<string, number>;
  /** Milliseconds of all samples but idle ones: the whole that `ms` is a share of. */
  busyMs: number;
  idleMs: number;
}

// V8's pseudo-frames for samples that caught no JavaScript: the thread waiting, work
// outside any script (parsing, style and layout, the event loop), and garbage
// collection. None is any one script's, even when a script's allocations brought the
// collection on.
const IDLE = '(idle)';
const RUNTIME_FRAMES = new Set([IDLE, '(program)', '(garbage collector)']);
const NO_SCRIPT = '(no script)';

/**
 * Milliseconds of `profile` spent in the scripts whose URL satisfies `chosen`. A sample
 * counts when its leaf frame is in such a script, or when the leaf has no URL (a
 * builtin, a regexp, a native API) and its nearest caller that has one is such a
 * script: `Array.prototype.sort` called from the extension is the extension's time.
 * Each sample lasts until the next one is taken; the last, until the profile ends.
 */
export function attributeProfile(
  profile: CpuProfile,
  chosen: (url: string) => boolean,
): Attribution {
  const ownerOf = sampleOwners(profile.nodes);
  const result: Attribution = { ms: 0, byUrl: new Map(), busyMs: 0, idleMs: 0 };
  for (const { nodeId, us } of sampleDurations(profile)) {
    const ms = us / 1000;
    const owner = ownerOf(nodeId);
    if (owner === IDLE) {
      result.idleMs += ms;
      continue;
    }
    result.busyMs += ms;
    result.byUrl.set(owner, (result.byUrl.get(owner) ?? 0) + ms);
    if (!RUNTIME_FRAMES.has(owner) && owner !== NO_SCRIPT && chosen(owner)) result.ms += ms;
  }
  return result;
}

/**
 * Who a sample whose leaf is node `id` belongs to: a runtime frame to itself; any other
 * frame to its own URL, else to its nearest caller's, else to `(no script)`.
 */
function sampleOwners(nodes: ProfileNode[]): (id: number) => string {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const scripts = new Map<number, string>();
  // Memoised, since every sample under a function asks the same question. V8 keeps at
  // most a few hundred frames of a stack, so the recursion stays shallow.
  const scriptOf = (id: number | undefined): string => {
    if (id === undefined) return NO_SCRIPT;
    let script = scripts.get(id);
    if (script === undefined) {
      script = byId.get(id)?.callFrame.url || scriptOf(parent.get(id));
      scripts.set(id, script);
    }
    return script;
  };
  return (id) => {
    const frame = byId.get(id)?.callFrame;
    return frame && !frame.url && RUNTIME_FRAMES.has(frame.functionName)
      ? frame.functionName
      : scriptOf(id);
  };
}

/**
 * Each sample's node and length in µs. Timestamps are the running sum of timeDeltas;
 * V8 may record a sample slightly out of order (a negative delta), so they are put in
 * order first, as Chrome's DevTools does, rather than letting a length come out negative.
 */
function sampleDurations({ samples = [], timeDeltas = [], startTime, endTime }: CpuProfile) {
  let t = startTime;
  const taken = samples.map((nodeId, i) => ({ nodeId, at: (t += timeDeltas[i] ?? 0) }));
  taken.sort((a, b) => a.at - b.at);
  return taken.map(({ nodeId, at }, i) => ({
    nodeId,
    us: Math.max(0, (taken[i + 1]?.at ?? endTime) - at),
  }));
}
