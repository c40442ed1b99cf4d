/** TanStack Query option factories for the dataset and article bodies, validated on arrival. */
import { queryOptions } from '@tanstack/react-query';
import type { DatasetIndex } from '../domain/dataset-index';
import type { ArticleBody, Dataset } from '../domain/schema';
import { DATASET_FILE, bodyFile, parseArticleBody, parseDataset, type Skipped } from '../domain/validate';
import { DataLoadError, loadJson, loadRows } from './load-json';
import { nextPaint, reportProgress } from './load-progress';
import type { LocalData } from './local/local-data';

/** The dataset as the app uses it: validated, indexed, with what was skipped on the way. */
export interface LoadedDataset {
  dataset: Dataset;
  index: DatasetIndex;
  skipped: Skipped[];
  /** What this browser adds to the bundled data or puts in its place (added articles, an opened file). */
  local: LocalData;
}

/** An article body with the mentions that were skipped. */
export interface LoadedBody {
  body: ArticleBody;
  skipped: Skipped[];
}

// Each stage is reported, and the browser paints it, before the long synchronous step it names.
async function loadBundled(json: Promise<unknown>): Promise<Pick<LoadedDataset, 'dataset' | 'skipped'>> {
  const read = await json;
  reportProgress({ stage: 'check' });
  await nextPaint();
  const parsed = parseDataset(read);
  if (!parsed.ok) throw new DataLoadError(parsed.file, parsed.problems);
  return { dataset: parsed.dataset, skipped: parsed.skipped };
}

// The bundled file downloads while the code that reads what this browser keeps (an opened file, added articles)
// loads and reads it; when an opened file stands in for the bundled data, the download is cancelled.
async function loadDataset({ signal }: { signal: AbortSignal }): Promise<LoadedDataset> {
  const download = new AbortController();
  signal.addEventListener('abort', () => download.abort(), { once: true });
  reportProgress({ stage: 'download', loaded: 0, total: null });
  // Its rows are parsed as they arrive, while the page would otherwise wait for the last byte.
  const json = loadRows(new URL(DATASET_FILE, document.baseURI), DATASET_FILE, download.signal, (loaded, total) =>
    reportProgress({ stage: 'download', loaded, total }),
  );
  // Its failure is reported where the data is used; unused (an opened file), it is only cancelled.
  json.catch(() => undefined);
  let used = false;
  try {
    const { loadWithLocal } = await import('./local/load-local');
    return await loadWithLocal(() => {
      used = true;
      return loadBundled(json);
    });
  } finally {
    if (!used) download.abort();
  }
}

// The data is a static build artefact: it never goes stale within a session, and Maps must not be diffed.
const STATIC = { staleTime: Infinity, gcTime: Infinity, structuralSharing: false, retry: false } as const;

/** Query options for `data/dataset.json`. */
export function datasetQuery() {
  return queryOptions({ queryKey: ['dataset'], queryFn: loadDataset, ...STATIC });
}

/** Query options for one article body, `data/articles/<id>.json`. */
export function articleBodyQuery(id: string) {
  return queryOptions({
    queryKey: ['article-body', id],
    queryFn: async ({ signal, client }): Promise<LoadedBody> => {
      // Added articles and an opened file's articles have their bodies in the browser, not on the server.
      const local = client.getQueryData<LoadedDataset>(['dataset'])?.local;
      const held = local?.bodies.get(id);
      if (held) return { body: held, skipped: [] };
      if (local?.base.source.kind === 'file')
        throw new DataLoadError(local.base.source.name, ['holds no text for this article']);
      const parsed = parseArticleBody(await loadJson(bodyFile(id), signal), id);
      if (!parsed.ok) throw new DataLoadError(parsed.file, parsed.problems);
      return { body: parsed.body, skipped: parsed.skipped };
    },
    ...STATIC,
    gcTime: 5 * 60_000,
  });
}
