/**
 * The add-articles page of the benchmark (and of the worker's browser smoke test): hands the driver one
 * function that adds files through the real ingest worker and reports the result, the wall time, the progress
 * seen and the longest main-thread task meanwhile. Only this bench-only page exposes anything global.
 */
import { addArticles, type AddInput, type AddProgress } from '../../src/pipeline/browser/client';

/** A file as the driver passes it: text, or bytes in base64 (page.evaluate passes JSON only). */
export interface PageFile {
  name: string;
  text?: string;
  base64?: string;
}

/** What one run gave and measured. */
export interface AddRun {
  ms: number;
  longestTaskMs: number;
  /** Frames of 50 ms or more while adding, with the scripts that ran in them ("84 ms: Worker.onmessage 80 ms"). */
  longFrames: string[];
  /** Every progress report, with the milliseconds since the call when it came. */
  progress: (AddProgress & { at: number })[];
  /** The whole result as JSON when asked for (`full`), else only its counts. */
  result: string | null;
  articles: number;
  claims: number;
  rejected: number;
}

function bytesOf(file: PageFile): ArrayBuffer {
  if (file.text !== undefined) return new TextEncoder().encode(file.text).buffer as ArrayBuffer;
  return Uint8Array.from(atob(file.base64 ?? ''), (c) => c.charCodeAt(0)).buffer;
}

async function runAdd(
  files: PageFile[],
  options: { existingIds?: string[]; budgetMs?: number; full?: boolean } = {},
): Promise<AddRun> {
  const inputs: AddInput[] = files.map((file) => ({ kind: 'file', name: file.name, bytes: bytesOf(file) }));
  // The driver's call (its arguments parsed from JSON, the files encoded) ends here: it stands in for the
  // browser reading the user's files and is not the ingest's work.
  await new Promise((done) => setTimeout(done, 0));
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const longFrames: string[] = [];
  const frames = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const scripts = (entry as PerformanceEntry & { scripts?: { invoker: string; duration: number }[] })
        .scripts;
      const what = (scripts ?? []).map((x) => `${x.invoker} ${Math.round(x.duration)} ms`).join(', ');
      longFrames.push(
        `${Math.round(entry.duration)} ms: ${what || 'no script (layout, paint or the system)'}`,
      );
    }
  });
  frames.observe({ type: 'long-animation-frame', buffered: false });
  const progress: AddRun['progress'] = [];
  // Marks for a trace of the run (bench/add/measure.ts reads the main thread's CPU time per task between them).
  performance.mark('add:start');
  const started = performance.now();
  const result = await addArticles(
    inputs,
    { ids: options.existingIds ?? [] },
    {
      onProgress: (p) => progress.push({ ...p, at: performance.now() - started }),
      ...(options.budgetMs ? { budgetMs: options.budgetMs } : {}),
    },
  );
  const ms = performance.now() - started;
  performance.mark('add:end');
  // Long tasks are reported after they end: let the queue drain before reading them.
  await new Promise((done) => setTimeout(done, 200));
  observer.disconnect();
  frames.disconnect();
  const { dataset } = result;
  return {
    ms,
    longestTaskMs: Math.max(0, ...tasks),
    longFrames,
    progress,
    result: options.full ? JSON.stringify(result) : null,
    articles: dataset.articles.length,
    claims: dataset.claims.length,
    rejected: dataset.report.summary.rejected,
  };
}

(window as unknown as { runAdd: typeof runAdd }).runAdd = runAdd;
