/**
 * Main-thread tasks from a Chromium trace, between the page's `add:start` and `add:end` marks. The long-task
 * API gives wall time, which on a busy machine counts the time the OS gave the thread's core to others; the
 * trace also gives each task's thread (CPU) time, the work the page itself did.
 */

interface TraceEvent {
  name: string;
  ph?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The longest main-thread task between the marks: in wall time and in thread time (milliseconds). */
export interface TraceTasks {
  longestWallMs: number;
  longestThreadMs: number;
}

/** Reads a trace (JSON from `browser.stopTracing()`). */
export function mainThreadTasks(trace: Buffer): TraceTasks {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const mark = (name: string) => events.find((e) => e.name === name)?.ts ?? Number.NaN;
  const [start, end] = [mark('add:start'), mark('add:end')];
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`) && e.ts >= start && e.ts <= end,
  );
  return {
    longestWallMs: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
    longestThreadMs: Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000)),
  };
}
