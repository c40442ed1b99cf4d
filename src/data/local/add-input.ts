/**
 * What the app hands the in-browser ingest (the worker's contract, types only, so features need not import the
 * pipeline), and the file types it reads.
 */

export type { AddInput, AddProgress } from '../../pipeline/browser/protocol';

/** The file types `npm run ingest` reads, for the file input's `accept`. */
export const ACCEPTED_TYPES = '.txt,.text,.md,.markdown,.html,.htm,.pdf,.docx';
