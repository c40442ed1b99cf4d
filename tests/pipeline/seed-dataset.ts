/**
 * The dataset built from the seed articles with the real reference data, memoised so every test file that
 * scores the seeds shares one ingest run. Nothing is written to disk.
 */
import path from 'node:path';
import type { ArticleBody, Dataset } from '../../src/domain/schema';
import { ingest } from '../../src/pipeline/ingest';
import { readCorpus } from '../../src/pipeline/node/io';
import { loadReference } from '../../src/pipeline/node/reference';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** A fixed timestamp so the seed dataset is byte-stable (what SOURCE_DATE_EPOCH does for the CLI). */
export const SEED_GENERATED_AT = '2022-03-01T00:00:00.000Z';

let memo: Promise<{ dataset: Dataset; bodies: Map<string, ArticleBody> }> | undefined;

async function build(): Promise<{ dataset: Dataset; bodies: Map<string, ArticleBody> }> {
  const reference = await loadReference(path.join(ROOT, 'data/reference'));
  const files = await readCorpus(path.join(ROOT, 'data/articles'));
  const { dataset, bodies } = ingest(files, reference, { generatedAt: SEED_GENERATED_AT });
  return { dataset, bodies: new Map(bodies.map((b) => [b.id, b])) };
}

/** The seed dataset and its bodies by article id (built once per test worker). */
export function seedDataset(): Promise<{ dataset: Dataset; bodies: Map<string, ArticleBody> }> {
  memo ??= build();
  return memo;
}
