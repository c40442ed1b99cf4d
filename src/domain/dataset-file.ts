/**
 * The one-file dataset ("Download dataset", "Open dataset file", and what the browser keeps of added articles):
 * `dataset.json` and every article body wrapped in one JSON object, so a colleague opens exactly the same views
 * without a server. Validated with the same rules as the bundled files: bad rows are skipped and counted.
 */
import { z } from 'zod';
import { ArticleBodySchema, DatasetSchema, SCHEMA_VERSION, type ArticleBody, type Dataset } from './schema';
import { parseArticleBody, parseDataset, type Skipped } from './validate';
import { SkipLog, describeIssues, versionProblem, MAX_PROBLEMS } from './validation-report';

/** The value of `format` that marks a Crisis Ledger dataset file. */
export const DATASET_FILE_FORMAT = 'crisis-ledger-dataset';

/** The name "Download dataset" gives the file. */
export const DATASET_FILE_NAME = 'crisis-ledger-dataset.json';

/** The file: a dataset and the body of each of its articles. */
export const DatasetFileSchema = z.object({
  format: z.literal(DATASET_FILE_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  dataset: DatasetSchema,
  bodies: z.array(ArticleBodySchema),
});

export type DatasetFile = z.infer<typeof DatasetFileSchema>;

/** A dataset with its bodies, as the app holds it. */
export interface DatasetWithBodies {
  dataset: Dataset;
  bodies: ArticleBody[];
}

/** The outcome of reading a dataset file. */
export type ParsedFile =
  { ok: true; content: DatasetWithBodies; skipped: Skipped[] } | { ok: false; problems: string[] };

const TopSchema = z.object({
  format: z.literal(DATASET_FILE_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  dataset: z.unknown(),
  bodies: z.array(z.unknown()),
});

/** Wraps a dataset and its bodies as a file. */
export function toDatasetFile({ dataset, bodies }: DatasetWithBodies): DatasetFile {
  return { format: DATASET_FILE_FORMAT, schemaVersion: SCHEMA_VERSION, dataset, bodies };
}

function formatProblem(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return 'the file does not hold a JSON object';
  }
  const format = (json as { format?: unknown }).format;
  if (format === DATASET_FILE_FORMAT) return null;
  if ('articles' in json && 'claims' in json) {
    return 'this is a dataset.json without its article texts; open a file made with "Download dataset"';
  }
  return 'this is not a Crisis Ledger dataset file; open a file made with "Download dataset"';
}

/** Validates a dataset file: a broken top level fails with problems to act on; bad rows and bodies are skipped. */
export function parseDatasetFile(json: unknown): ParsedFile {
  const problem = formatProblem(json) ?? versionProblem(json);
  if (problem) return { ok: false, problems: [problem] };
  const top = TopSchema.safeParse(json);
  if (!top.success) return { ok: false, problems: describeIssues(top.error).slice(0, MAX_PROBLEMS) };
  const parsed = parseDataset(top.data.dataset);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => `dataset: ${p}`) };

  const log = new SkipLog();
  const lengths = new Map(parsed.dataset.articles.map((a) => [a.id, a.bodyLength]));
  const bodies = new Map<string, ArticleBody>();
  top.data.bodies.forEach((raw, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    const body = parseArticleBody(raw, typeof id === 'string' ? id : '');
    if (!body.ok) return log.add('bodies', `bodies[${i}]: ${body.problems[0] ?? 'invalid'}`);
    const length = lengths.get(body.body.id);
    // Quotes and mentions index the text: a body of another length would mark the wrong words.
    if (length === undefined) return log.add('bodies', `bodies[${i}]: no article "${body.body.id}"`);
    if (length !== body.body.text.length)
      return log.add('bodies', `bodies[${i}]: its text does not have the article's length`);
    if (bodies.has(body.body.id))
      return log.add('bodies', `bodies[${i}]: a second text for "${body.body.id}"`);
    bodies.set(body.body.id, body.body);
  });
  return {
    ok: true,
    content: { dataset: parsed.dataset, bodies: [...bodies.values()] },
    skipped: [...parsed.skipped, ...log.list()],
  };
}

/** The largest dataset file the app opens; a larger one would exhaust the page's memory. */
export const MAX_DATASET_FILE_BYTES = 512 * 1024 * 1024;

/** Reads a dataset file's text: not JSON, or not a dataset file, gets a problem to act on. */
export function parseDatasetFileText(text: string): ParsedFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['the file is not valid JSON; it may be truncated or not a dataset file'] };
  }
  return parseDatasetFile(json);
}
