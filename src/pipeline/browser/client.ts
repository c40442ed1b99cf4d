/**
 * The main thread's side of the ingest worker: `addArticles` sends a batch to the worker and collects the
 * result. The worker is started on the first call and kept, so the reference and gazetteer load once; calls
 * run one after another. A watchdog gives each file a time budget: a file still running when it is spent
 * has the worker stopped, is reported rejected, and a fresh worker redoes the batch without it (only that
 * file is lost). Nothing heavy runs here: the worker does the work and sends its result in small parts.
 */
import type { ArticleBody } from '../../domain/schema';
import { FILE_BUDGET_MS, tooLong } from '../limits';
import type {
  AddInput,
  AddProgress,
  AddReply,
  AddRequest,
  AddResult,
  ExistingArticles,
  SkippedInput,
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
      if (reply.type === 'progress') options.onProgress?.(reply.progress);
      else if (reply.type === 'file')
        inHand = reply.index === null ? null : { index: reply.index, since: performance.now() };
      else if (reply.type === 'bodies') bodies.push(...reply.bodies);
      else if (reply.type === 'done') finish(null, { dataset: reply.dataset, bodies });
      else {
        stopWorker();
        finish(new Error(`the articles could not be added: ${reply.message}`));
      }
    };
    const send = () => {
      bodies = [];
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
