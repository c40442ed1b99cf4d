/**
 * The search index as a query: started once per loaded dataset, on the first search or when the search box gets
 * focus. The worker fetches `data/search-text.json` itself; the page sends the dataset's titles and the texts held in
 * this browser (added articles, an opened dataset file).
 */
import { queryOptions } from '@tanstack/react-query';
import type { LoadedDataset } from '../../data/queries';
import { SEARCH_TEXT_FILE } from '../../domain/search-text';
import type { Article } from '../../domain/schema';
import { startSearchEngine, type SearchEngine } from './search-engine';

// One index per loaded dataset: adding articles or opening a file gives new `articles` and so a new index.
const revisions = new WeakMap<object, number>();
let lastRevision = 0;
function revisionOf(articles: object): number {
  if (!revisions.has(articles)) revisions.set(articles, ++lastRevision);
  return revisions.get(articles)!;
}

// The index of the dataset shown last; an older one is closed when a new dataset starts its own.
let current: Promise<SearchEngine> | null = null;

/** Query options for the search index over `articles` (the dataset's, for their titles). */
export function searchIndexQuery(articles: ReadonlyMap<string, Article>) {
  return queryOptions({
    queryKey: ['search-index', revisionOf(articles)],
    queryFn: ({ client }): Promise<SearchEngine> => {
      const local = client.getQueryData<LoadedDataset>(['dataset'])?.local;
      const held = [...(local?.bodies.values() ?? [])].map(({ id, text }) => ({ id, text }));
      const previous = current;
      current = startSearchEngine({
        // An opened dataset file holds every body, so there is no bundled search text to fetch.
        url: local?.base.source.kind === 'file' ? null : new URL(SEARCH_TEXT_FILE, document.baseURI),
        file: SEARCH_TEXT_FILE,
        titles: [...articles.values()].map((a): [string, string] => [a.id, a.title]),
        held,
      });
      previous?.then(
        (engine) => engine.close(),
        () => undefined,
      );
      return current;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
