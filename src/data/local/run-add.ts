/**
 * Runs the ingest on the given inputs in the pipeline's Web Worker (never on this thread), then joins the result to
 * the dataset shown and keeps it in this browser. Loaded on first use.
 */
import type { QueryClient } from '@tanstack/react-query';
import { addArticles, prepareIngest } from '../../pipeline/browser/client';
import type { Dataset } from '../../domain/schema';
import type { AddInput, AddProgress } from './add-input';
import { existingArticles } from './existing-articles';
import { addToDataset } from './local-actions';

/** Ingests `inputs`, shows the new articles everywhere, and returns what the ingest made of them. */
export async function runAdd(
  client: QueryClient,
  inputs: AddInput[],
  options: { onProgress?: (progress: AddProgress) => void; signal?: AbortSignal } = {},
): Promise<Dataset> {
  const existing = await existingArticles(client, options.signal);
  const result = await addArticles(inputs, existing, options);
  if (result.dataset.articles.length > 0) await addToDataset(client, result);
  return result.dataset;
}

/** Starts the worker and its reference loading ahead of the first batch (when the dialog first opens). */
export function prepareAdd(): void {
  prepareIngest();
}
