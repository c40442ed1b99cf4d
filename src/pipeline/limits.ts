/**
 * Limits per input file, shared by the CLI and the browser's ingest worker so both reject the same files
 * with the same words.
 */

/** Files larger than this are rejected by name and never read (no news article comes close). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Work one file may take to read and analyse before it is rejected (a long real article takes well under
 *  1 s). The CLI counts its worker thread's CPU time; a browser, which cannot, counts wall time. */
export const FILE_BUDGET_MS = 10_000;

/** A size in megabytes with one decimal ("10.0 MB"). */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The report line of a file over the size limit. */
export function tooLarge(size: number, limit = MAX_FILE_BYTES): string {
  return `is ${megabytes(size)}, over the ${megabytes(limit)} limit per file`;
}

/** The report line of a file that ran over its time budget. */
export function tooLong(budgetMs: number): string {
  return `took too long to read (stopped after ${budgetMs / 1000} s of work; the limit per file)`;
}
