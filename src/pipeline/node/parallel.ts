/**
 * Runs the per-file half of ingest in worker threads (issue 5: both cores for large corpora) under a per-file
 * time budget (issue 13). Files go out one at a time to whichever worker is free; a file still running when
 * its budget (CPU time of its thread) is spent has its worker terminated and is rejected as "took too long to read", and a fresh worker
 * takes the remaining files, so no file can hang the run. Results come back as plain data and are assembled
 * on the main thread exactly as in the single-threaded path, so the dataset is byte-identical either way.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractDocument, extractDocuments } from '../extract/document/binary';
import { assembleIngest, ingest, type IngestResult } from '../ingest';
import { analyseFile, type FileResult } from '../ingest-stages';
import { FILE_BUDGET_MS, tooLong } from '../limits';
import { threadCpuMs } from './thread-cpu';
import type { WorkerReply, WorkerRequest } from './worker';
import type { RawFile, Reference } from '../types';

/** From this many files, all cores are used; below it, one worker (the budget needs a thread it can stop). */
export const PARALLEL_THRESHOLD = 200;

/** The budget (FILE_BUDGET_MS) is counted in the worker thread's own CPU time where Linux reports it, so a busy
 *  machine does not reject good files; wall time may run to this many times the budget before the file is
 *  stopped anyway. */
const WALL_FACTOR = 6;
/** How often a running file's time is checked. */
const CHECK_MS = 200;

/** How many workers to use for `files` files: all cores for large corpora, one for small ones. */
export function workerCount(files: number, requested: number | null): number {
  if (requested !== null) return Math.max(0, requested);
  return files >= PARALLEL_THRESHOLD ? Math.min(availableParallelism(), 8) : 1;
}

/** Starts a worker running worker.ts through tsx's loader (workers do not inherit it). */
function startWorker(): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const target = new URL('./worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(target)}); })`;
  return new Worker(code, { eval: true });
}

/** Options of a parallel run. */
export interface ParallelOptions {
  workers: number;
  reference: Reference;
  referenceDir: string;
  budgetMs?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Analyses every file in worker threads, each within the time budget; never loses a file. */
export async function analyseInWorkers(files: RawFile[], options: ParallelOptions): Promise<FileResult[]> {
  const budget = options.budgetMs ?? FILE_BUDGET_MS;
  const results = new Array<FileResult>(files.length);
  let next = 0;
  let done = 0;
  const finish = (index: number, result: FileResult) => {
    results[index] = result;
    done += 1;
    options.onProgress?.(done, files.length);
  };
  // One lane per worker: it restarts its worker after a timeout or a crash and goes on with the next file.
  const lane = () =>
    new Promise<void>((resolve) => {
      let worker: Worker;
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      let failedStarts = 0;
      let statFile: string | null = null;
      const send = () => {
        if (next >= files.length) return void worker.terminate().then(() => resolve());
        current = next++;
        const wallStart = performance.now();
        const cpuStart = statFile ? threadCpuMs(statFile) : null;
        timer = setInterval(
          () => {
            const wall = performance.now() - wallStart;
            const cpuNow = statFile && cpuStart !== null ? threadCpuMs(statFile) : null;
            const spent = cpuNow !== null && cpuStart !== null ? cpuNow - cpuStart : wall;
            if (spent <= budget && wall <= budget * WALL_FACTOR) return;
            finish(current, { file: files[current]!.file, rejected: tooLong(budget) });
            restart();
          },
          Math.min(CHECK_MS, budget),
        );
        worker.postMessage({ type: 'file', index: current, file: files[current]! } satisfies WorkerRequest);
      };
      const restart = () => {
        clearInterval(timer);
        current = -1;
        void worker.terminate();
        boot();
      };
      const boot = () => {
        if (failedStarts >= 3) {
          // Workers cannot start here at all: finish on this thread, as a run without workers would.
          void (async () => {
            while (next < files.length) {
              const index = next++;
              finish(index, analyseFile(await extractDocument(files[index]!), options.reference));
            }
            resolve();
          })();
          return;
        }
        const own = startWorker();
        worker = own;
        let ready = false;
        own.on('message', (reply: WorkerReply) => {
          if (own !== worker) return;
          if (reply.type === 'ready') {
            ready = true;
            statFile = reply.statFile;
            return send();
          }
          if (reply.index !== current) return;
          clearInterval(timer);
          finish(current, reply.result);
          send();
        });
        own.on('error', (error) => {
          if (own !== worker) return;
          if (!ready) failedStarts += 1;
          // A crashed worker must not lose files: the file it held is rejected with the reason, the rest go on.
          if (current >= 0 && !results[current])
            finish(current, { file: files[current]!.file, rejected: `could not be read (${error.message})` });
          restart();
        });
        own.postMessage({ type: 'init', referenceDir: options.referenceDir } satisfies WorkerRequest);
      };
      boot();
    });
  await Promise.all(Array.from({ length: Math.min(options.workers, files.length) }, lane));
  return results;
}

/** Ingests raw files: per-file work in `workers` threads within the time budget, or on this thread when there
 *  are none (PDF and Word read out first either way); the same output in both cases. */
export async function ingestCorpus(
  files: RawFile[],
  options: ParallelOptions & { generatedAt: string },
): Promise<IngestResult> {
  const { reference, generatedAt, onProgress } = options;
  const ingestOptions = { generatedAt, ...(onProgress ? { onProgress } : {}) };
  return options.workers > 0
    ? assembleIngest(await analyseInWorkers(files, options), reference, ingestOptions)
    : ingest(await extractDocuments(files), reference, ingestOptions);
}
