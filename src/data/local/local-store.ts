/**
 * Keeps the added articles and an opened dataset file in IndexedDB (through `idb-keyval`), in the dataset-file
 * format, read back through the same validation. Keys carry the app's folder, so two copies of the app served from
 * one host keep their own data. Where IndexedDB is missing or refuses (a private window, blocked storage), they are
 * kept in this page's memory instead, until it is reloaded, and `StoredData.sessionOnly` says so. Loaded on demand:
 * the initial bundle has no storage code.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { parseDatasetFile, toDatasetFile, type DatasetWithBodies } from '../../domain/dataset-file';
import type { Skipped } from '../../domain/validate';

/** What the store holds, validated. */
export interface StoredData {
  opened: { name: string; content: DatasetWithBodies; skipped: Skipped[] } | null;
  added: { content: DatasetWithBodies; skipped: Skipped[] } | null;
  /** True when some of it is held in this page's memory only: a reload loses it. */
  sessionOnly: boolean;
  /** What could not be read, in words for a notice. */
  notices: string[];
}

type Name = 'added' | 'opened';

/** What IndexedDB could not take this session, by name: it stands in for the stored record; null: removed. */
const session = new Map<Name, StoredData['added'] | StoredData['opened']>();

let store: UseStore | null = null;

// Touching `indexedDB` can itself throw (storage blocked by the browser's settings).
function db(): UseStore | null {
  try {
    if (typeof indexedDB === 'undefined' || !indexedDB) return null;
    store ??= createStore('crisis-ledger', 'local-data');
    return store;
  } catch {
    return null;
  }
}

function key(name: Name): string {
  return `${new URL('.', document.baseURI).pathname}:${name}`;
}

interface OpenedRecord {
  name: string;
  file: unknown;
}

async function readRecords(target: UseStore, result: StoredData): Promise<void> {
  const [added, opened] = await Promise.all([
    session.has('added') ? undefined : get<unknown>(key('added'), target),
    session.has('opened') ? undefined : get<OpenedRecord>(key('opened'), target),
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
}

/** Reads what this browser keeps, and what this page holds in its place; never throws (a notice says why). */
export async function readStored(): Promise<StoredData> {
  const added = session.get('added') as StoredData['added'] | undefined;
  const opened = session.get('opened') as StoredData['opened'] | undefined;
  const result: StoredData = {
    added: added ?? null,
    opened: opened ?? null,
    sessionOnly: heldInMemory(),
    notices: [],
  };
  const target = db();
  if (!target || (session.has('added') && session.has('opened'))) return result;
  try {
    await readRecords(target, result);
  } catch (error) {
    result.notices.push(`This browser's storage could not be read (${String(error)}).`);
  }
  return result;
}

/** True while this page holds added articles or an opened file that IndexedDB could not take. */
export function heldInMemory(): boolean {
  return [...session.values()].some((held) => held !== null);
}

/** Writes a record to IndexedDB, else holds `held` in memory; true when it was stored. */
async function keep(
  name: Name,
  record: unknown,
  held: StoredData['added'] | StoredData['opened'],
): Promise<boolean> {
  const target = db();
  try {
    if (!target) throw new Error('no IndexedDB');
    await set(key(name), record, target);
    session.delete(name);
    return true;
  } catch {
    session.set(name, held);
    return false;
  }
}

/** Forgets a record; if IndexedDB refuses, it stays forgotten for this page. */
async function forget(name: Name): Promise<void> {
  const target = db();
  try {
    if (target) await del(key(name), target);
    session.delete(name);
  } catch {
    session.set(name, null);
  }
}

/** Saves the added articles (all of them), replacing what was kept before; false: kept until a reload only. */
export function saveAdded(content: DatasetWithBodies): Promise<boolean> {
  return keep('added', toDatasetFile(content), { content, skipped: [] });
}

/** Forgets the added articles. */
export function clearAdded(): Promise<void> {
  return forget('added');
}

/** Keeps an opened dataset file, so a reload shows it again; false: kept until a reload only. */
export function saveOpened(name: string, content: DatasetWithBodies, skipped: Skipped[]): Promise<boolean> {
  return keep('opened', { name, file: toDatasetFile(content) } satisfies OpenedRecord, { name, content, skipped });
}

/** Forgets the opened file: the bundled data shows again. */
export function clearOpened(): Promise<void> {
  return forget('opened');
}
