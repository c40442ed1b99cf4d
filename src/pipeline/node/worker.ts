/**
 * Worker thread for large corpora: loads the reference once, then analyses batches of raw files with the
 * same per-file stages as the single-threaded path, so the output is identical.
 */
import { parentPort } from 'node:worker_threads';
import { analyseFile, type FileResult } from '../ingest-stages';
import { loadReference } from '../reference';
import type { RawFile, Reference } from '../types';

/** Messages the main thread sends. */
export type WorkerRequest =
  { type: 'init'; referenceDir: string } | { type: 'batch'; id: number; files: RawFile[] };

/** What a worker sends back for each batch. */
export interface WorkerReply {
  id: number;
  results: FileResult[];
}

let reference: Reference | null = null;

parentPort?.on('message', (message: WorkerRequest) => {
  if (message.type === 'init') {
    reference = loadReference(message.referenceDir);
    return;
  }
  const results = message.files.map((raw) => analyseFile(raw, reference!));
  parentPort!.postMessage({ id: message.id, results } satisfies WorkerReply);
});
