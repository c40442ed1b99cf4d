/**
 * `npm run ingest [-- --in DIR --out DIR]`: reads a corpus folder, writes the dataset, prints a summary.
 * Exit 0 whenever a dataset was written (even with rejected files); 1 with a one-line reason when none could
 * be (missing input folder, bad reference data, unwritable output); 2 for a wrong command line.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../domain/schema';
import { ingestCorpus, PARALLEL_THRESHOLD, workerCount } from './parallel';
import { DEFAULT_LIMITS, readCorpus, writeDatasetAtomically } from './io';
import { printable } from './printable';
import { progressBar } from './progress';
import { readReviews } from './read-reviews';
import { loadReference } from './reference';
import { FILE_BUDGET_MS } from '../limits';
import { applyReviewsToDataset, reviewSummary } from '../refine/apply-reviews';
import { searchTextFile } from '../refine/search-text';
import { reviewsFileOf } from '../../domain/reviews';

const USAGE = `Usage: npm run ingest -- [--in DIR] [--out DIR] [--reference DIR]

  --in DIR         folder of articles (.txt, .md, .html, .pdf, .docx); default data/articles
  --out DIR        where dataset.json and articles/ are written; default public/data
  --reference DIR  actor, place and outlet tables; default data/reference
  --reviews FILE   an analyst's reviews to apply; default reviews.json beside the input folder, when there
  --workers N      worker threads for per-file work; default: all cores from ${PARALLEL_THRESHOLD} files, else 1;
                   0 runs on the main thread, without the time budget
  --budget S       seconds one file may take before it is rejected; default ${FILE_BUDGET_MS / 1000}
  --help           show this help

SOURCE_DATE_EPOCH (seconds) fixes generatedAt, making the output byte-identical across runs.
Files over ${DEFAULT_LIMITS.maxFileBytes / (1024 * 1024)} MB are rejected unread.`;

/** How many rejected (and warned) files the summary lists by name; the report in dataset.json has them all. */
const LISTED = 30;

interface Args {
  in: string;
  out: string;
  reference: string;
  reviews: string | null;
  workers: number | null;
  budget: number;
  help: boolean;
}

/** Parses the command line; throws with a one-line reason on anything it does not understand. */
export function parseArgs(argv: string[]): Args {
  const args: Args = {
    in: 'data/articles',
    out: 'public/data',
    reference: 'data/reference',
    reviews: null,
    workers: null,
    budget: FILE_BUDGET_MS / 1000,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--in' || flag === '--out' || flag === '--reference') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new Error(`${flag} needs a folder`);
      args[flag.slice(2) as 'in' | 'out' | 'reference'] = value;
    } else if (flag === '--reviews') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new Error(`${flag} needs a file`);
      args.reviews = value;
    } else if (flag === '--workers') {
      const value = argv[++i] ?? '';
      if (!/^\d{1,2}$/.test(value)) throw new Error('--workers needs a number from 0 to 99');
      args.workers = Number(value);
    } else if (flag === '--budget') {
      const value = argv[++i] ?? '';
      if (!/^\d{1,4}(?:\.\d+)?$/.test(value) || Number(value) <= 0)
        throw new Error('--budget needs a number of seconds above 0');
      args.budget = Number(value);
    } else throw new Error(`unknown option ${flag}`);
  }
  return args;
}

/** `generatedAt`: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
export function generatedAt(env: NodeJS.ProcessEnv, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return now.toISOString();
}

/** The summary printed after a run. */
export function summary(dataset: Dataset, outDir: string): string {
  const { summary: s, files } = dataset.report;
  const entries = dataset.articles.reduce((n, a) => n + a.entries.length, 0);
  const warnings = files.reduce((n, f) => n + (f.status === 'warning' ? f.messages.length : 0), 0);
  const lines = [
    `Files read: ${s.read} (ok ${s.ok}, warning ${s.warning}, rejected ${s.rejected})`,
    `Articles: ${dataset.articles.length}, live entries: ${entries}, claims: ${dataset.claims.length}`,
    `Actors: ${dataset.actors.length}, places: ${dataset.places.length}, events: ${dataset.events.length}, outlets: ${dataset.outlets.length}`,
    `Warnings: ${warnings}`,
  ];
  const list = (status: 'rejected' | 'warning', line: (f: (typeof files)[number]) => string) => {
    const matching = files.filter((x) => x.status === status);
    for (const f of matching.slice(0, LISTED)) lines.push(line(f));
    if (matching.length > LISTED)
      lines.push(
        `  ... and ${matching.length - LISTED} more ${status === 'rejected' ? 'rejected files' : 'files with warnings'} (all are in the report in dataset.json)`,
      );
  };
  // File names and messages quote the input: escaped, so no file can forge a line of this summary.
  list('rejected', (f) => `  rejected ${printable(f.file)}: ${printable(f.messages[0] ?? '')}`);
  list('warning', (f) => `  warning  ${printable(f.file)}: ${printable(f.messages.join('; '))}`);
  lines.push(
    `Wrote ${printable(path.join(outDir, 'dataset.json'))} and ${dataset.articles.length} body files in ${printable(path.join(outDir, 'articles'))}`,
  );
  return lines.join('\n');
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return `no such folder or file (${e.path ?? ''})`;
  if (e.code === 'ENOTDIR') return `not a folder (${e.path ?? ''})`;
  if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS')
    return `permission denied (${e.path ?? ''})`;
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** Runs the command; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`ingest: ${printable(reason(error))}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const step = async <T>(what: string, work: () => T | Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw new Error(`ingest: ${what}: ${reason(error)}`);
    }
  };
  try {
    const files = await step(`cannot read the input folder ${args.in}`, () => readCorpus(args.in));
    const reference = await step(`cannot load reference data from ${args.reference}`, () =>
      loadReference(args.reference),
    );
    const reviewsFile = args.reviews ?? path.join(path.dirname(path.resolve(args.in)), 'reviews.json');
    const reviews = await step(`cannot use the reviews in ${reviewsFile}`, () => readReviews(reviewsFile));
    const bar = progressBar(process.stderr, files.length);
    const result = await ingestCorpus(files, {
      workers: workerCount(files.length, args.workers),
      reference,
      referenceDir: args.reference,
      budgetMs: args.budget * 1000,
      generatedAt: generatedAt(process.env),
      onProgress: bar.update,
    });
    bar.end();
    const reviewed = reviews ? applyReviewsToDataset(result.dataset, reviews) : null;
    const dataset = reviewed?.dataset ?? result.dataset;
    const extras = {
      'search-text.json': searchTextFile(result.bodies),
      'reviews.json': reviewsFileOf(reviewed?.reviews ?? []),
    };
    await step(`cannot write the dataset to ${args.out}`, () =>
      writeDatasetAtomically(args.out, dataset, result.bodies, extras),
    );
    const reviewLines = reviewed ? reviewSummary(reviewed).map((line) => `${line}\n`) : [];
    process.stdout.write(`${summary(dataset, args.out)}\n${reviewLines.join('')}`);
    return 0;
  } catch (error) {
    process.stderr.write(`${printable(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
