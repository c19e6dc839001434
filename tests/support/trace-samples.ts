/**
 * Reading Chrome traces for how long Steady's own code runs in a page's tasks. Shared by the attack tests and
 * `npm run bench`. Two readings: the outermost FunctionCall slices with Steady's script URL (cheap, but code that
 * resumes after an await runs in a microtask slice with no URL and goes uncounted), and the V8 sampling
 * profiler's samples per task, which see every frame. Record with TRACE_CATEGORIES to have both.
 */

/** Trace categories that give tasks, script slices and the sampling profiler's samples. */
export const TRACE_CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's CPU time over the slice (µs): unlike `dur`, it does not grow while the OS has the thread paused. */
  tdur?: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

/** Steady's outermost FunctionCall / EvaluateScript / v8.compile slices (ms), as tests/bench/contextual-help.ts reads them. */
export function benchStyleSlices(events: TraceEvent[], origin: string): number[] {
  const slices = events
    .filter(
      (e) => e.ph === 'X' && ['FunctionCall', 'EvaluateScript', 'v8.compile'].includes(e.name) && e.args?.data?.url?.startsWith(origin),
    )
    .sort((a, b) => a.ts - b.ts);
  let outerEnd = -Infinity;
  return slices
    .filter((e) => {
      if (e.ts < outerEnd) return false;
      outerEnd = e.ts + (e.dur ?? 0);
      return true;
    })
    .map((e) => (e.dur ?? 0) / 1000);
}

export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName: string };
}

/**
 * For each outermost task on a profiled thread where code from `origin` ran: the time (ms) that code ran in
 * it, from the V8 sampling profiler's samples in the trace ('Profile' / 'ProfileChunk' events).
 *
 * Samples are stamped with wall time, so a renderer the OS pauses mid-task (2 CPUs shared by every process of the
 * browser and the test runner) shows Steady's code running longer than it did. With `clock: 'cpu'` each task's
 * figure is scaled by the share of its wall time the thread really ran (`tdur / dur`): the work, not the wait.
 */
export function steadyTimePerTask(events: TraceEvent[], origin: string, clock: 'wall' | 'cpu' = 'wall'): number[] {
  const chunksByProfile = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id}`;
    chunksByProfile.set(key, [...(chunksByProfile.get(key) ?? []), e]);
  }
  const perTask: number[] = [];
  for (const profile of events.filter((e) => e.name === 'Profile')) {
    const chunks = (chunksByProfile.get(`${profile.pid}:${profile.id}`) ?? []).sort((a, b) => a.ts - b.ts);
    const nodes = new Map<number, ProfileNode>();
    const samples: { t: number; node: number }[] = [];
    let t = profile.args?.data?.startTime ?? 0;
    for (const chunk of chunks) {
      const data = chunk.args?.data;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const deltas = data?.timeDeltas ?? [];
      (data?.cpuProfile?.samples ?? []).forEach((node, i) => {
        t += deltas[i] ?? 0;
        samples.push({ t, node });
      });
    }
    if (![...nodes.values()].some((n) => n.callFrame.url?.startsWith(origin))) continue;
    const memo = new Map<number, boolean>();
    const isSteady = (id: number | undefined): boolean => {
      if (id === undefined) return false;
      const known = memo.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      const steady = !!node && (!!node.callFrame.url?.startsWith(origin) || isSteady(node.parent));
      memo.set(id, steady);
      return steady;
    };
    const isGc = (id: number) => nodes.get(id)?.callFrame.functionName === '(garbage collector)';
    const tasks = events
      .filter((e) => e.ph === 'X' && e.pid === profile.pid && e.tid === profile.tid && e.name === 'ThreadControllerImpl::RunTask')
      .sort((a, b) => a.ts - b.ts);
    let outerEnd = -Infinity;
    const outermost = tasks.filter((e) => {
      if (e.ts < outerEnd) return false;
      outerEnd = e.ts + (e.dur ?? 0);
      return true;
    });
    samples.sort((a, b) => a.t - b.t);
    let first = 0;
    for (const task of outermost) {
      const end = task.ts + (task.dur ?? 0);
      while (first < samples.length && samples[first]!.t < task.ts) first++;
      let ms = 0;
      let lastWasSteady = false;
      for (let i = first; i < samples.length && samples[i]!.t <= end; i++) {
        const { t: at, node } = samples[i]!;
        const until = Math.min(samples[i + 1]?.t ?? end, end);
        const steady = isSteady(node) || (isGc(node) && lastWasSteady);
        if (!isGc(node)) lastWasSteady = isSteady(node);
        if (steady) ms += (until - at) / 1000;
      }
      if (ms > 0) perTask.push(clock === 'wall' ? ms : ms * ranShare(task));
    }
  }
  return perTask;
}

/** The share of a task's wall time in which its thread was on a CPU (0..1). */
function ranShare(task: TraceEvent): number {
  if (task.tdur === undefined || !task.dur) throw new Error(`task at ${task.ts} has no thread time: record the trace with thread timing`);
  return Math.min(1, task.tdur / task.dur);
}
