/**
 * Worker thread of ingest: loads the reference once, says it is ready (so loading does not count against a
 * file's time budget), then analyses one raw file per message with the same per-file stages as the
 * single-threaded path (PDF and Word files read out first), so the output is identical.
 */
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../extract/document/binary';
import { analyseFile, type FileResult } from '../ingest-stages';
import { loadReference } from './reference';
import { ownThreadStat } from './thread-cpu';
import type { RawFile, Reference } from '../types';

/** Messages the main thread sends. */
export type WorkerRequest =
  { type: 'init'; referenceDir: string } | { type: 'file'; index: number; file: RawFile };

/** What a worker sends back: ready after loading (with its /proc stat file, for the budget), then one result
 *  per file. */
export type WorkerReply =
  { type: 'ready'; statFile: string | null } | { type: 'result'; index: number; result: FileResult };

let reference: Reference | null = null;

parentPort?.on('message', (message: WorkerRequest) => {
  if (message.type === 'init') {
    reference = loadReference(message.referenceDir);
    parentPort!.postMessage({ type: 'ready', statFile: ownThreadStat() } satisfies WorkerReply);
    return;
  }
  // PDF and Word files are read out asynchronously first, inside the file's time budget.
  const { index } = message;
  void extractDocument(message.file).then((raw) => {
    const result = analyseFile(raw, reference!);
    parentPort!.postMessage({ type: 'result', index, result } satisfies WorkerReply);
  });
});
