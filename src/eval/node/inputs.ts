/**
 * The files `npm run eval` reads: the gold file, a dataset written earlier with its bodies, or a folder
 * ingested on the fly. Every failure becomes an `EvalError` with one line (or one line per problem) to print.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IngestResult } from '../../pipeline/ingest';
import { readCorpus, writeDatasetAtomically } from '../../pipeline/node/io';
import { ingestCorpus, workerCount } from '../../pipeline/node/parallel';
import { progressBar } from '../../pipeline/node/progress';
import { loadReference } from '../../pipeline/node/reference';
import { goldArticleIds } from '../evaluate';
import { parseGold, type Gold } from '../gold-schema';
import {
  describeDatasetErrors,
  ScoredBodySchema,
  ScoredDatasetSchema,
  type ScoredDataset,
} from '../scored-dataset';

/** A failure with the line to print. */
export class EvalError extends Error {}

/** A one-line reason for a file-system or other error. */
export function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return `no such folder or file (${e.path ?? ''})`;
  if (e.code === 'ENOTDIR') return `not a folder (${e.path ?? ''})`;
  if (e.code === 'EISDIR') return `a folder, not a file (${e.path ?? ''})`;
  if (e.code === 'EACCES' || e.code === 'EPERM') return `permission denied (${e.path ?? ''})`;
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new EvalError(`eval: cannot read the ${what} ${file}: ${reason(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EvalError(`eval: the ${what} ${file} is not valid JSON: ${reason(error)}`);
  }
}

/** Reads and validates the gold file. */
export async function readGold(file: string): Promise<Gold> {
  const parsed = parseGold(await readJson(file, 'gold file'));
  if (!parsed.ok)
    throw new EvalError(
      [`eval: the gold file ${file} is not valid:`, ...parsed.errors.map((l) => `  ${l}`)].join('\n'),
    );
  return parsed.gold;
}

function checkDataset(raw: unknown, file: string): ScoredDataset {
  const parsed = ScoredDatasetSchema.safeParse(raw);
  if (!parsed.success)
    throw new EvalError(
      [`eval: ${file} is not a dataset:`, ...describeDatasetErrors(parsed.error).map((l) => `  ${l}`)].join(
        '\n',
      ),
    );
  return parsed.data;
}

/** The dataset and bodies of a dataset.json written earlier; a body that is missing or unreadable is skipped. */
export async function readDataset(file: string, gold: Gold) {
  const dataset = checkDataset(await readJson(file, 'dataset'), file);
  const bodies = new Map<string, string>();
  for (const id of goldArticleIds(gold, dataset)) {
    const body = ScoredBodySchema.safeParse(
      await readJson(path.join(path.dirname(file), 'articles', `${id}.json`), 'body').catch(() => null),
    );
    if (body.success) bodies.set(id, body.data.text);
  }
  return { dataset, bodies };
}

/** Ingests a folder exactly as `npm run ingest` does (worker threads and a progress bar for large corpora). */
export async function ingestFolder(args: {
  in: string;
  out: string | null;
  reference: string;
}): Promise<IngestResult> {
  const step = async <T>(what: string, work: () => T | Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw new EvalError(`eval: ${what}: ${reason(error)}`);
    }
  };
  const files = await step(`cannot read the input folder ${args.in}`, () => readCorpus(args.in));
  const reference = await step(`cannot load reference data from ${args.reference}`, () =>
    loadReference(args.reference),
  );
  const bar = progressBar(process.stderr, files.length);
  const result = await ingestCorpus(files, {
    workers: workerCount(files.length, null),
    reference,
    referenceDir: args.reference,
    generatedAt: new Date().toISOString(),
    onProgress: bar.update,
  });
  bar.end();
  if (args.out) {
    const out = args.out;
    await step(`cannot write the dataset to ${out}`, () =>
      writeDatasetAtomically(out, result.dataset, result.bodies),
    );
  }
  return result;
}
