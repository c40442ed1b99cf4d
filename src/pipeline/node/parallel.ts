/**
 * Spreads the per-file half of ingest over worker threads (issue 5: both cores for large corpora). Files go
 * out in small batches to whichever worker is free; results come back as plain data and are assembled on
 * the main thread exactly as in the single-threaded path, so the dataset is byte-identical either way.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractDocuments } from '../extract/document/binary';
import { analyseFile, type FileResult } from '../ingest-stages';
import type { WorkerReply, WorkerRequest } from './worker';
import type { RawFile, Reference } from '../types';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 200;
const BATCH = 25;

/** How many workers to use for `files` files: all cores for large corpora, none for small ones. */
export function workerCount(files: number, requested: number | null): number {
  if (requested !== null) return Math.max(0, requested);
  return files >= PARALLEL_THRESHOLD ? Math.min(availableParallelism(), 8) : 0;
}

/** Starts a worker running worker.ts through tsx's loader (workers do not inherit it). */
function startWorker(): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const target = new URL('./worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(target)}); })`;
  return new Worker(code, { eval: true });
}

/** The per-file stages on this thread, for a batch whose worker failed. */
async function analyseHere(files: RawFile[], reference: Reference): Promise<FileResult[]> {
  return (await extractDocuments(files)).map((f) => analyseFile(f, reference));
}

/** Analyses every file in `workers` threads; a batch whose worker fails is analysed on this thread. */
export async function analyseInWorkers(
  files: RawFile[],
  reference: Reference,
  referenceDir: string,
  workers: number,
  onProgress?: (done: number, total: number) => void,
): Promise<FileResult[]> {
  const batches: RawFile[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const results: FileResult[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const finishBatch = (id: number, batch: FileResult[]) => {
    results[id] = batch;
    done += batch.length;
    onProgress?.(done, files.length);
  };
  const run = (worker: Worker) =>
    new Promise<void>((resolve) => {
      let current = -1;
      const send = () => {
        if (next >= batches.length) return void worker.terminate().then(() => resolve());
        current = next++;
        worker.postMessage({ type: 'batch', id: current, files: batches[current]! } satisfies WorkerRequest);
      };
      worker.on('message', (reply: WorkerReply) => {
        finishBatch(reply.id, reply.results);
        send();
      });
      worker.on('error', () => {
        // A crashed worker must not lose files: finish its batch and the rest here.
        void (async () => {
          if (current >= 0 && !results[current])
            finishBatch(current, await analyseHere(batches[current]!, reference));
          while (next < batches.length) {
            const id = next++;
            finishBatch(id, await analyseHere(batches[id]!, reference));
          }
          resolve();
        })();
      });
      worker.postMessage({ type: 'init', referenceDir } satisfies WorkerRequest);
      send();
    });
  await Promise.all(Array.from({ length: Math.min(workers, batches.length) }, () => run(startWorker())));
  return results.flat();
}
