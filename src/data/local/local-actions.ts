/**
 * What the "Add articles" dialog does to the data in this browser: join added articles, remove them, open a dataset
 * file in place of the bundled data, go back, and gather everything for "Download dataset". Each change is saved
 * in IndexedDB (or, where the browser has none to give, held until the page is reloaded, and the data says so),
 * then the dataset query gets the new merged, indexed dataset at once (no reload).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { DatasetWithBodies } from '../../domain/dataset-file';
import { mergeBodies, mergeDatasets } from '../../domain/merge-datasets';
import type { ArticleBody } from '../../domain/schema';
import type { Skipped } from '../../domain/validate';
import { articleBodyQuery, datasetQuery, type LoadedDataset } from '../queries';
import { composeLoaded } from './compose';
import { clearAdded, clearOpened, heldInMemory, saveAdded, saveOpened } from './local-store';

function current(client: QueryClient): LoadedDataset {
  const loaded = client.getQueryData<LoadedDataset>(datasetQuery().queryKey);
  if (!loaded) throw new Error('the dataset is not loaded yet');
  return loaded;
}

// Bodies and the search index belong to the dataset they were read for.
function replace(client: QueryClient, next: LoadedDataset): void {
  client.removeQueries({ queryKey: ['article-body'] });
  client.removeQueries({ queryKey: ['search-index'] });
  client.setQueryData(datasetQuery().queryKey, next);
}

/** Joins a finished ingest's articles to those added before, saves them all, and shows them. */
export async function addToDataset(client: QueryClient, result: DatasetWithBodies): Promise<void> {
  const { local } = current(client);
  let added = result;
  if (local.added) {
    const merged = mergeDatasets(local.added.dataset, result.dataset);
    added = { dataset: merged.dataset, bodies: mergeBodies(local.added.bodies, result.bodies, merged.added) };
  }
  await saveAdded(added);
  replace(client, composeLoaded(local.base, { content: added, skipped: [] }, [], heldInMemory()));
}

/** Forgets every added article in this browser. */
export async function removeAdded(client: QueryClient): Promise<void> {
  const { local } = current(client);
  await clearAdded();
  replace(client, composeLoaded(local.base, null, [], heldInMemory()));
}

/** Shows a validated dataset file in place of the bundled data, here and after a reload. */
export async function openDataset(
  client: QueryClient,
  name: string,
  content: DatasetWithBodies,
  skipped: Skipped[],
): Promise<void> {
  const { local } = current(client);
  await saveOpened(name, content, skipped);
  const base = { source: { kind: 'file', name } as const, ...content, skipped };
  const added = local.added && { content: local.added, skipped: [] };
  replace(client, composeLoaded(base, added, [], heldInMemory()));
}

/** Forgets the opened file and loads the bundled data again (with the added articles). */
export async function backToBundled(client: QueryClient): Promise<void> {
  await clearOpened();
  client.removeQueries({ queryKey: ['article-body'] });
  client.removeQueries({ queryKey: ['search-index'] });
  await client.refetchQueries({ queryKey: datasetQuery().queryKey });
}

const PARALLEL = 6;

/** The shown dataset and every body (held ones, the others fetched a few at a time), for "Download dataset". */
export async function gatherDataset(
  client: QueryClient,
  onProgress: (done: number, total: number) => void,
): Promise<DatasetWithBodies> {
  const { dataset } = current(client);
  const ids = dataset.articles.map((a) => a.id);
  const bodies: ArticleBody[] = new Array<ArticleBody>(ids.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < ids.length) {
      const at = next++;
      bodies[at] = (await client.fetchQuery(articleBodyQuery(ids[at]!))).body;
      onProgress(++done, ids.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, ids.length) }, worker));
  return { dataset, bodies };
}
