/** The loaded dataset from a base and the added articles: merged, indexed, with their bodies at hand. */
import type { DatasetWithBodies } from '../../domain/dataset-file';
import { buildIndex } from '../../domain/dataset-index';
import { mergeDatasets } from '../../domain/merge-datasets';
import type { Skipped } from '../../domain/validate';
import type { LoadedDataset } from '../queries';
import type { BaseData } from './local-data';

/**
 * The base with `added` joined (null: none), and the bodies an opened file or the added articles bring;
 * `sessionOnly` when this browser could not store them.
 */
export function composeLoaded(
  base: BaseData,
  added: { content: DatasetWithBodies; skipped: Skipped[] } | null,
  notices: string[] = [],
  sessionOnly = false,
): LoadedDataset {
  const merged = added ? mergeDatasets(base.dataset, added.content.dataset) : null;
  const dataset = merged?.dataset ?? base.dataset;
  const addedIds = new Set(merged?.added ?? []);
  const bodies = new Map(base.bodies.map((b) => [b.id, b]));
  for (const body of added?.content.bodies ?? []) if (addedIds.has(body.id)) bodies.set(body.id, body);
  return {
    dataset,
    index: buildIndex(dataset),
    skipped: [...base.skipped, ...(added?.skipped ?? [])],
    local: { base, added: added?.content ?? null, addedIds, bodies, notices, sessionOnly },
  };
}
