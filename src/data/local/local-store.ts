/**
 * Keeps the added articles and an opened dataset file in IndexedDB (through `idb-keyval`), in the dataset-file
 * format, read back through the same validation. Keys carry the app's folder, so two copies of the app served from
 * one host keep their own data. Loaded on demand: the initial bundle has no storage code.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { parseDatasetFile, toDatasetFile, type DatasetWithBodies } from '../../domain/dataset-file';
import type { Skipped } from '../../domain/validate';

/** What the store holds, validated. */
export interface StoredData {
  opened: { name: string; content: DatasetWithBodies; skipped: Skipped[] } | null;
  added: { content: DatasetWithBodies; skipped: Skipped[] } | null;
  /** What could not be read, in words for a notice. */
  notices: string[];
}

let store: UseStore | null = null;

function db(): UseStore | null {
  if (typeof indexedDB === 'undefined') return null;
  store ??= createStore('crisis-ledger', 'local-data');
  return store;
}

function key(name: 'added' | 'opened'): string {
  return `${new URL('.', document.baseURI).pathname}:${name}`;
}

interface OpenedRecord {
  name: string;
  file: unknown;
}

/** Reads what this browser keeps; never throws (a store that cannot be read gives a notice). */
export async function readStored(): Promise<StoredData> {
  const result: StoredData = { opened: null, added: null, notices: [] };
  const target = db();
  if (!target) return result;
  try {
    const [added, opened] = await Promise.all([
      get<unknown>(key('added'), target),
      get<OpenedRecord>(key('opened'), target),
    ]);
    if (added !== undefined) {
      const parsed = parseDatasetFile(added);
      if (parsed.ok) result.added = { content: parsed.content, skipped: parsed.skipped };
      else result.notices.push(`The articles added in this browser could not be read (${parsed.problems[0]}).`);
    }
    if (opened !== undefined) {
      const parsed = parseDatasetFile(opened.file);
      if (parsed.ok) result.opened = { name: opened.name, content: parsed.content, skipped: parsed.skipped };
      else
        result.notices.push(
          `The dataset file opened earlier could not be read (${parsed.problems[0]}); showing the bundled data.`,
        );
    }
    return result;
  } catch (error) {
    return {
      opened: null,
      added: null,
      notices: [`This browser's storage could not be read (${String(error)}).`],
    };
  }
}

function writable(): UseStore {
  const target = db();
  if (!target) throw new Error('this browser has no IndexedDB storage');
  return target;
}

/** Saves the added articles (all of them), replacing what was kept before. */
export async function saveAdded(content: DatasetWithBodies): Promise<void> {
  await set(key('added'), toDatasetFile(content), writable());
}

/** Forgets the added articles. */
export async function clearAdded(): Promise<void> {
  await del(key('added'), writable());
}

/** Keeps an opened dataset file, so a reload shows it again. */
export async function saveOpened(name: string, content: DatasetWithBodies): Promise<void> {
  await set(key('opened'), { name, file: toDatasetFile(content) } satisfies OpenedRecord, writable());
}

/** Forgets the opened file: the bundled data shows again. */
export async function clearOpened(): Promise<void> {
  await del(key('opened'), writable());
}
