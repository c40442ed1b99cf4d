/**
 * What the app hands the in-browser ingest: files as bytes, or pasted text with optional metadata. The same shape as
 * the worker client's `AddInput`, kept here so the app's code does not depend on the pipeline's files.
 */

/** One article to add. */
export type AddInput =
  | { kind: 'file'; name: string; bytes: ArrayBuffer }
  | { kind: 'text'; name: string; text: string; title?: string; outlet?: string; url?: string; date?: string };

/** Where the ingest is: its stage and how far through it. */
export interface AddProgress {
  stage: 'loading reference' | 'reading' | 'analysing' | 'assembling';
  done: number;
  total: number;
}

/** The file types `npm run ingest` reads, for the file input's `accept`. */
export const ACCEPTED_TYPES = '.txt,.text,.md,.markdown,.html,.htm,.pdf,.docx';
