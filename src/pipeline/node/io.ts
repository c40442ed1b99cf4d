/**
 * The only pipeline module that touches the file system: reading a corpus folder and writing a dataset.
 * Reading walks the input folder and its sub-folders (links to folders are never followed, so no loop is
 * possible; folders deeper than MAX_DEPTH are reported, not walked); each file is named by its path relative
 * to the input folder. A file is opened once without following a final link (`O_NOFOLLOW`), checked through
 * that handle (`fstat`: a regular file within the size limit) and read from that handle only, so swapping it
 * for a link after the check cannot make the pipeline read anything else. Writing is atomic: everything goes
 * to a temporary folder beside the target, which then replaces the previous output in one rename.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { toRowsPerLine } from '../../domain/rows-per-line';
import type { ArticleBody, Dataset } from '../../domain/schema';
import { MAX_FILE_BYTES, tooLarge } from '../limits';
import type { RawFile } from '../types';

/** Limits applied before any byte of a file is read. */
export interface CorpusLimits {
  /** Files larger than this are rejected by name and never read (no news article comes close). */
  maxFileBytes: number;
  /** Entries beyond this count are reported as skipped rather than read. */
  maxFiles: number;
}

/** 10 MB per file (a 20 MB file is rejected unread; a long article is < 1 MB); 100,000 files. */
export const DEFAULT_LIMITS: CorpusLimits = { maxFileBytes: MAX_FILE_BYTES, maxFiles: 100_000 };

/** Sub-folders are read this many levels below the input folder; deeper ones are reported, not walked. */
export const MAX_DEPTH = 8;

/** How many files are open at once while reading or writing (well under any OS descriptor limit). */
const CONCURRENCY = 32;

/** Test seam: called after a file's checks and after it is opened, so a test can swap the file in between. */
export const readHooks: { between?: (step: 'checked' | 'opened', full: string) => Promise<void> } = {};

/** Runs `work` over `items` with at most CONCURRENCY in flight, keeping the input order in the result. */
async function pool<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return out;
}

function kindOf(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'is a folder, not a file';
  if (stats.isFIFO()) return 'is a named pipe, not a file';
  if (stats.isSocket()) return 'is a socket, not a file';
  return 'is a device or other special entry, not a file';
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  if (code === 'ENOENT') return 'cannot be read: it is a link whose target does not exist';
  if (code === 'ELOOP') return 'cannot be read: it is a link that points back to itself';
  return `cannot be read (${code ?? (error instanceof Error ? error.message : 'unknown error')})`;
}

function outside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative.startsWith('..') || path.isAbsolute(relative);
}

/** One entry found by the walk: its path relative to the input folder, or why it was not walked. */
interface Found {
  file: string;
  note: string | null;
}

/** Every entry below `dir` in name order; folders are walked (never through a link) down to MAX_DEPTH. */
async function walk(root: string, relative: string, depth: number, out: Found[]): Promise<void> {
  const entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const file = relative ? `${relative}/${entry.name}` : entry.name;
    if (!entry.isDirectory()) out.push({ file, note: null });
    else if (depth >= MAX_DEPTH)
      out.push({ file, note: `is a folder more than ${MAX_DEPTH} levels deep; not read` });
    else {
      const before = out.length;
      await walk(root, file, depth + 1, out).catch((error: unknown) => {
        out.splice(before, out.length - before, { file, note: `is a folder that ${describeError(error)}` });
      });
    }
  }
}

/** Reads one file through a single handle opened without following a link; never throws. */
async function readEntry(
  root: string,
  realRoot: string,
  file: string,
  limits: CorpusLimits,
): Promise<RawFile> {
  const rejected = (size: number, readError: string): RawFile => ({ file, size, bytes: null, readError });
  let target = path.join(root, file);
  try {
    let stats = await fs.lstat(target);
    if (stats.isSymbolicLink()) {
      // A link may point anywhere on disk; only files inside the input folder are read (nothing private leaks).
      const real = await fs.realpath(target);
      if (outside(realRoot, real))
        return rejected(0, 'is a link to a file outside the input folder; not followed');
      stats = await fs.lstat(real);
      if (stats.isDirectory()) return rejected(0, 'is a link to a folder; not followed');
      target = real;
    }
    // Special entries are never opened, so a pipe or device cannot block or answer the read.
    const special = kindOf(stats);
    if (special) return rejected(0, special);
  } catch (error) {
    return rejected(0, describeError(error));
  }
  await readHooks.between?.('checked', target);
  let handle: fs.FileHandle;
  try {
    // O_NONBLOCK: a named pipe swapped in after the check must not block the open.
    handle = await fs.open(target, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      return rejected(0, 'became a link while being read; not followed');
    return rejected(0, describeError(error));
  }
  try {
    const stats = await handle.stat();
    const special = kindOf(stats);
    if (special) return rejected(0, special);
    if (stats.size > limits.maxFileBytes) {
      return rejected(stats.size, tooLarge(stats.size, limits.maxFileBytes));
    }
    await readHooks.between?.('opened', target);
    // Read from the handle only, and no more than fstat allowed: a file growing meanwhile is cut there.
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { file, size: filled, bytes: bytes.subarray(0, filled), readError: null };
  } catch (error) {
    return rejected(0, describeError(error));
  } finally {
    await handle.close();
  }
}

/** Every entry below `dir` (files by relative path, in name order), each read or given a reason why not. */
export async function readCorpus(dir: string, limits: CorpusLimits = DEFAULT_LIMITS): Promise<RawFile[]> {
  const found: Found[] = [];
  await walk(dir, '', 0, found);
  // One order for every run: by relative path, as the report lists them.
  found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const realRoot = await fs.realpath(dir);
  const kept = found.slice(0, limits.maxFiles);
  const files = await pool(kept, (f) =>
    f.note
      ? Promise.resolve<RawFile>({ file: f.file, size: 0, bytes: null, readError: f.note })
      : readEntry(dir, realRoot, f.file, limits),
  );
  const skipped = found.slice(limits.maxFiles).map((f): RawFile => ({
    file: f.file,
    size: 0,
    bytes: null,
    readError: `skipped: over the limit of ${limits.maxFiles} files`,
  }));
  return [...files, ...skipped];
}

// Characters beyond ASCII are written as `\u` escapes: one curly quote in a 46 MB dataset makes the browser decode
// the whole file into a two-byte string, which took three to four times longer to decode and longer to parse.
function ascii(text: string): string {
  return text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Serialises one JSON document the same way every run (the objects are already in a stable order), as ASCII. */
export function json(value: unknown): string {
  return `${ascii(JSON.stringify(value))}\n`;
}

/** `dataset.json`'s text: as `json`, with each row of its arrays on a line, so the app parses rows as they arrive. */
export function datasetJson(dataset: Dataset): string {
  return `${ascii(toRowsPerLine(dataset))}\n`;
}

async function exists(target: string): Promise<boolean> {
  return fs.lstat(target).then(
    () => true,
    () => false,
  );
}

/** Names the pipeline owns inside the output folder; anything else there (e.g. a basemap) is carried over. */
const OWNED = new Set(['dataset.json', 'articles', 'search-text.json', 'reviews.json']);

/**
 * Writes `dataset.json` and `articles/<id>.json` into `outDir` atomically: an interrupted or failed run leaves
 * the previous output as it was, and body files of a previous run do not survive a successful one. `extras` are
 * further JSON files by name (the search text, the applied reviews), written in the same step.
 */
export async function writeDatasetAtomically(
  outDir: string,
  dataset: Dataset,
  bodies: ArticleBody[],
  extras: Record<string, unknown> = {},
): Promise<void> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temp = path.join(parent, `.${path.basename(target)}.tmp-${tag}`);
  const old = path.join(parent, `.${path.basename(target)}.old-${tag}`);
  await fs.mkdir(parent, { recursive: true });
  try {
    await fs.mkdir(path.join(temp, 'articles'), { recursive: true });
    await pool(bodies, (body) => fs.writeFile(path.join(temp, 'articles', `${body.id}.json`), json(body)));
    await fs.writeFile(path.join(temp, 'dataset.json'), datasetJson(dataset));
    for (const [name, value] of Object.entries(extras))
      await fs.writeFile(path.join(temp, name), json(value));
    const hadTarget = await exists(target);
    if (hadTarget) {
      for (const name of await fs.readdir(target)) {
        if (!OWNED.has(name))
          await fs.cp(path.join(target, name), path.join(temp, name), { recursive: true });
      }
      await fs.rename(target, old);
    }
    try {
      await fs.rename(temp, target);
    } catch (error) {
      if (hadTarget) await fs.rename(old, target);
      throw error;
    }
  } finally {
    await fs.rm(temp, { recursive: true, force: true });
    await fs.rm(old, { recursive: true, force: true });
  }
}
