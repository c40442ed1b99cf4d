/**
 * The only pipeline module that touches the file system: reading a corpus folder and writing a dataset.
 * Reading lists the top level of the input folder only (sub-folders are reported, not walked), so what was
 * read is exactly what `ls` shows. Writing is atomic: everything goes to a temporary folder beside the
 * target, which then replaces the previous output in one rename.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import type { ArticleBody, Dataset } from '../../domain/schema';
import type { RawFile } from '../types';

/** Limits applied before any byte of a file is read. */
export interface CorpusLimits {
  /** Files larger than this are rejected by name and never read (no news article comes close). */
  maxFileBytes: number;
  /** Entries beyond this count are reported as skipped rather than read. */
  maxFiles: number;
}

/** 10 MB per file (a 20 MB file is rejected unread; a long article is < 1 MB); 100,000 files. */
export const DEFAULT_LIMITS: CorpusLimits = { maxFileBytes: 10 * 1024 * 1024, maxFiles: 100_000 };

/** How many files are open at once while reading or writing (well under any OS descriptor limit). */
const CONCURRENCY = 32;

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

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function kindOf(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'is a folder, not a file (sub-folders are not read)';
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

async function readEntry(dir: string, name: string, limits: CorpusLimits): Promise<RawFile> {
  const full = path.join(dir, name);
  const rejected = (size: number, readError: string): RawFile => ({
    file: name,
    size,
    bytes: null,
    readError,
  });
  let stats: Stats;
  try {
    if ((await fs.lstat(full)).isSymbolicLink()) {
      // A link may point anywhere on disk; only targets inside the input folder are read (nothing private leaks).
      const target = await fs.realpath(full);
      const root = await fs.realpath(dir);
      if (path.relative(root, target).startsWith('..') || path.isAbsolute(path.relative(root, target))) {
        return rejected(0, 'is a link to a file outside the input folder; not followed');
      }
    }
    stats = await fs.stat(full);
  } catch (error) {
    return rejected(0, describeError(error));
  }
  const special = kindOf(stats);
  if (special) return rejected(0, special);
  if (stats.size > limits.maxFileBytes) {
    return rejected(
      stats.size,
      `is ${megabytes(stats.size)}, over the ${megabytes(limits.maxFileBytes)} limit per file`,
    );
  }
  try {
    await fs.access(full, constants.R_OK);
    const bytes = new Uint8Array(await fs.readFile(full));
    return { file: name, size: bytes.byteLength, bytes, readError: null };
  } catch (error) {
    return rejected(stats.size, describeError(error));
  }
}

/** Every entry at the top level of `dir`, sorted by name, each read or given a reason why it was not. */
export async function readCorpus(dir: string, limits: CorpusLimits = DEFAULT_LIMITS): Promise<RawFile[]> {
  const names = (await fs.readdir(dir)).sort();
  const kept = names.slice(0, limits.maxFiles);
  const files = await pool(kept, (name) => readEntry(dir, name, limits));
  const skipped = names.slice(limits.maxFiles).map((name): RawFile => ({
    file: name,
    size: 0,
    bytes: null,
    readError: `skipped: over the limit of ${limits.maxFiles} files`,
  }));
  return [...files, ...skipped];
}

/** Serialises one JSON document the same way every run (the objects are already in a stable order). */
function json(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
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
    await fs.writeFile(path.join(temp, 'dataset.json'), json(dataset));
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
