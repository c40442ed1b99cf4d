/**
 * The main thread's side of the ingest worker: `addArticles` sends a batch to the worker and collects the
 * result. The worker is started on the first call and kept, so the reference and gazetteer load once; calls
 * run one after another. A watchdog gives each file a time budget: a file still running when it is spent
 * has the worker stopped, is reported rejected, and a fresh worker redoes the batch without it (only that
 * file is lost). Nothing heavy runs here: the worker does the work and sends its result in small parts.
 */
import type { ArticleBody } from '../../domain/schema';
import { FILE_BUDGET_MS, tooLong } from '../limits';
import {
  ROW_KEYS,
  type AddInput,
  type AddProgress,
  type AddReply,
  type AddRequest,
  type AddResult,
  type ExistingArticles,
  type SkippedInput,
  type WorkerRequest,
} from './protocol';

export type { AddInput, AddProgress, AddResult, ExistingArticles } from './protocol';

/** Wall time one file may take in the browser, which has no per-thread CPU clock: the CLI's CPU budget with
 *  room for a busy machine, as the CLI allows wall time too. */
export const BROWSER_FILE_BUDGET_MS = 3 * FILE_BUDGET_MS;
/** How often the watchdog looks at the file in hand. */
const CHECK_MS = 250;

/** Options of one call. */
export interface AddOptions {
  onProgress?: (progress: AddProgress) => void;
  signal?: AbortSignal;
  /** Wall time per file before it is rejected; BROWSER_FILE_BUDGET_MS unless given. */
  budgetMs?: number;
}

let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): Worker {
  return new Worker(new URL('./ingest-worker.ts', import.meta.url), { type: 'module', name: 'ingest' });
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function run(inputs: AddInput[], existing: ExistingArticles, options: AddOptions): Promise<AddResult> {
  const budget = options.budgetMs ?? BROWSER_FILE_BUDGET_MS;
  const generatedAt = new Date().toISOString();
  const skip: SkippedInput[] = [];
  return new Promise<AddResult>((resolve, reject) => {
    let bodies: ArticleBody[] = [];
    let rows = new Map<string, unknown[]>();
    let inHand: { index: number; since: number } | null = null;
    let settled = false;
    const finish = (error: Error | null, result?: AddResult) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      options.signal?.removeEventListener('abort', abort);
      if (worker) {
        worker.onmessage = null;
        worker.onerror = null;
      }
      if (error) reject(error);
      else resolve(result!);
    };
    const onReply = (reply: AddReply) => {
      // pdfjs's worker code, loaded into the ingest worker for a PDF, announces itself on the worker's port
      // too: only the protocol's own message types are read.
      switch (reply?.type) {
        case 'progress':
          return options.onProgress?.(reply.progress);
        case 'file':
          inHand = reply.index === null ? null : { index: reply.index, since: performance.now() };
          return;
        case 'bodies':
          bodies.push(...reply.bodies);
          return;
        case 'rows': {
          const list = rows.get(reply.key) ?? [];
          list.push(...reply.rows);
          rows.set(reply.key, list);
          return;
        }
        case 'done': {
          const parts = Object.fromEntries(ROW_KEYS.map((key) => [key, rows.get(key) ?? []]));
          return finish(null, { dataset: { ...reply.dataset, ...parts }, bodies });
        }
        case 'error':
          stopWorker();
          return finish(new Error(`the articles could not be added: ${reply.message}`));
      }
    };
    const send = () => {
      bodies = [];
      rows = new Map();
      inHand = null;
      worker ??= startWorker();
      worker.onmessage = (event: MessageEvent<AddReply>) => onReply(event.data);
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        stopWorker();
        finish(new Error(`the articles could not be added: ${event.message || 'the worker did not start'}`));
      };
      const request: AddRequest = { type: 'add', inputs, existing, skip: [...skip], generatedAt };
      worker.postMessage(request);
    };
    const watchdog = setInterval(
      () => {
        if (!inHand || performance.now() - inHand.since <= budget) return;
        // The file in hand is stopped and reported; a fresh worker redoes the batch without it.
        skip.push({ index: inHand.index, reason: tooLong(budget) });
        stopWorker();
        send();
      },
      Math.min(CHECK_MS, budget),
    );
    const abort = () => {
      stopWorker();
      finish(new DOMException('Adding articles was cancelled', 'AbortError'));
    };
    if (options.signal?.aborted) return abort();
    options.signal?.addEventListener('abort', abort);
    send();
  });
}

/**
 * Starts the ingest worker and its loading of the reference and gazetteer (a few seconds), so a first batch
 * added soon after does not wait for them; e.g. when the "Add articles" dialog opens. Does nothing once started.
 */
export function prepareIngest(): void {
  if (worker) return;
  worker = startWorker();
  // A worker that failed to start is dropped, so the first batch starts a fresh one instead of waiting on it.
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    stopWorker();
  };
  worker.postMessage({ type: 'prepare' } satisfies WorkerRequest);
}

/**
 * Reads and analyses articles in the ingest worker, as `npm run ingest` would: resolves with the new articles
 * as a dataset of their own (ids clear of `existing.ids`, duplicates of `existing.texts` merged with a notice)
 * and their bodies. Bad input never rejects the promise: each file is in `dataset.report` with its reason.
 */
export function addArticles(
  inputs: AddInput[],
  existing: ExistingArticles,
  options: AddOptions = {},
): Promise<AddResult> {
  const next = queue.then(() => run(inputs, existing, options));
  queue = next.catch(() => undefined);
  return next;
}
