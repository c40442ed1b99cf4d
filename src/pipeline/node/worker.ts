/**
 * Worker thread for large corpora: loads the reference once, then analyses batches of raw files with the
 * same per-file stages as the single-threaded path (PDF and Word files read out first), so the output is
 * identical.
 */
import { parentPort } from 'node:worker_threads';
import { extractDocuments } from '../extract/document/binary';
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
  // PDF and Word files are read asynchronously first; a failure here crashes the worker, and the main
  // thread then analyses the batch itself.
  void extractDocuments(message.files).then((files) => {
    const results = files.map((raw) => analyseFile(raw, reference!));
    parentPort!.postMessage({ id: message.id, results } satisfies WorkerReply);
  });
});
