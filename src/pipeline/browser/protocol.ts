/**
 * The contract between the app, the main-thread client (client.ts) and the ingest worker (ingest-worker.ts):
 * what goes in, what progress looks like, what comes out, and the messages between the two threads.
 * Types and one list of keys, so the app can import them without pulling in the pipeline.
 */
import type { ArticleBody, Dataset } from '../../domain/schema';

/** One article to add: a file in any format the CLI reads, or pasted text with optional metadata. */
export type AddInput =
  | { kind: 'file'; name: string; bytes: ArrayBuffer }
  | {
      kind: 'text';
      name: string;
      text: string;
      title?: string;
      outlet?: string;
      url?: string;
      date?: string;
    };

/** Where a run is; `done` of `total` counts files (reference loading counts its two tables). */
export interface AddProgress {
  stage: 'loading reference' | 'reading' | 'analysing' | 'assembling';
  done: number;
  total: number;
}

/** The new articles as a dataset of their own (with the per-file report as the CLI writes it) and their bodies. */
export interface AddResult {
  dataset: Dataset;
  bodies: ArticleBody[];
}

/** What the app already holds: ids new articles must not take, and texts a new file may duplicate. */
export interface ExistingArticles {
  ids: string[];
  texts?: { id: string; file: string; text: string }[];
}

/** A file the client stopped (it ran over its time budget): the worker reports it rejected, unread. */
export interface SkippedInput {
  index: number;
  reason: string;
}

/** Main thread to worker: load the reference now (the dialog opened), or run one batch. */
export type WorkerRequest = { type: 'prepare' } | AddRequest;

/** Main thread to worker: run one batch. */
export interface AddRequest {
  type: 'add';
  inputs: AddInput[];
  existing: ExistingArticles;
  skip: SkippedInput[];
  generatedAt: string;
}

/** The dataset's lists that come in parts; `done` brings the rest of the dataset with these empty. */
export const ROW_KEYS = ['articles', 'outlets', 'actors', 'places', 'claims', 'events'] as const;

/** One part of one of the dataset's lists. */
export type RowsPart = {
  [K in (typeof ROW_KEYS)[number]]: { type: 'rows'; key: K; rows: Dataset[K] };
}[(typeof ROW_KEYS)[number]];

/** Worker to main thread: progress, the file being worked on (for the watchdog), the result in parts (so no
 *  one message is long to take in), or a failure of the run itself (bad input is in the report instead). */
export type AddReply =
  | { type: 'progress'; progress: AddProgress }
  | { type: 'file'; index: number | null }
  | { type: 'bodies'; bodies: ArticleBody[] }
  | RowsPart
  | { type: 'done'; dataset: Dataset }
  | { type: 'error'; message: string };
