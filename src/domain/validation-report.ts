/** What validation reports: skipped rows, readable problems, and the file names the app loads. */
import type { z } from 'zod';
import { SCHEMA_VERSION } from './schema';

/** How many problems a failure lists, and how many reasons a skipped collection keeps. */
export const MAX_PROBLEMS = 5;

/** Rows of one collection that were dropped, with the first few reasons. */
export interface Skipped {
  collection: string;
  count: number;
  reasons: string[];
}

/** The outcome of validating a file: the usable content, or why there is none. */
export type Parsed<T, K extends string> =
  ({ ok: true; skipped: Skipped[] } & Record<K, T>) | { ok: false; file: string; problems: string[] };

/** The file name the app loads the dataset from, relative to the page. */
export const DATASET_FILE = 'data/dataset.json';

/** The file an article body is loaded from, relative to the page. */
export function bodyFile(id: string): string {
  return `data/articles/${encodeURIComponent(id)}.json`;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  );
}

/** Zod issues as "where: what" lines. */
export function describeIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => {
    const where = pathText([...prefix, ...issue.path]);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}

/** Counts dropped rows per collection, keeping the first few reasons. */
export class SkipLog {
  readonly byCollection = new Map<string, Skipped>();
  add(collection: string, reason: string, count = 1): void {
    const entry = this.byCollection.get(collection) ?? { collection, count: 0, reasons: [] };
    entry.count += count;
    if (entry.reasons.length < MAX_PROBLEMS) entry.reasons.push(reason);
    this.byCollection.set(collection, entry);
  }
  list(): Skipped[] {
    return [...this.byCollection.values()];
  }
}

/** Why a file cannot be read at all (not an object, no or another schema version), or null. */
export function versionProblem(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return 'the file does not hold a JSON object';
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined)
    return 'schemaVersion: missing; this is not a Crisis Ledger dataset, or a very old one';
  if (version !== SCHEMA_VERSION) {
    return `schemaVersion: is ${JSON.stringify(version)}, this app reads version ${SCHEMA_VERSION}; rebuild the data with "npm run ingest" using this version of the app`;
  }
  return null;
}
