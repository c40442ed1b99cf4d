/**
 * The dataset load with what this browser keeps: an opened dataset file instead of the bundled files, and the
 * added articles joined to either. Loaded on demand by the dataset query, so storage code stays out of the
 * initial bundle.
 */
import { nextPaint, reportProgress } from '../load-progress';
import type { LoadedDataset } from '../queries';
import { composeLoaded } from './compose';
import type { BaseData } from './local-data';
import { readStored } from './local-store';

/** Loads the base (the opened file, else `loadBundled()`), then joins the added articles and indexes. */
export async function loadWithLocal(
  loadBundled: () => Promise<Pick<BaseData, 'dataset' | 'skipped'>>,
): Promise<LoadedDataset> {
  const stored = await readStored();
  const base: BaseData = stored.opened
    ? {
        source: { kind: 'file', name: stored.opened.name },
        dataset: stored.opened.content.dataset,
        skipped: stored.opened.skipped,
        bodies: stored.opened.content.bodies,
      }
    : { source: { kind: 'bundled' }, ...(await loadBundled()), bodies: [] };
  reportProgress({ stage: 'index' });
  await nextPaint();
  return composeLoaded(base, stored.added, stored.notices, stored.sessionOnly);
}
