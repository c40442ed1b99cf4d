/**
 * The search index as a query: `data/search-text.json` (every body, written by ingest) fetched and indexed once,
 * on the first search or when the search box gets focus. Titles come from the loaded dataset.
 */
import { queryOptions } from '@tanstack/react-query';
import { DataLoadError, loadJson } from '../../data/load-json';
import type { LoadedDataset } from '../../data/queries';
import { describeIssues } from '../../domain/validation-report';
import { SEARCH_TEXT_FILE, SearchTextSchema } from '../../domain/search-text';
import type { Article } from '../../domain/schema';
import { buildSearchEngine, type SearchEngine } from './search-engine';

// One index per loaded dataset: adding articles or opening a file gives new `articles` and so a new index.
const revisions = new WeakMap<object, number>();
let lastRevision = 0;
function revisionOf(articles: object): number {
  if (!revisions.has(articles)) revisions.set(articles, ++lastRevision);
  return revisions.get(articles)!;
}

/** Query options for the search index over `articles` (the dataset's, for their titles). */
export function searchIndexQuery(articles: ReadonlyMap<string, Article>) {
  return queryOptions({
    queryKey: ['search-index', revisionOf(articles)],
    queryFn: async ({ signal, client }): Promise<SearchEngine> => {
      // Bodies held in this browser (added articles, an opened file) are searched with the bundled texts.
      const local = client.getQueryData<LoadedDataset>(['dataset'])?.local;
      const held = [...(local?.bodies.values() ?? [])];
      let rows: { id: string; text: string }[] = held;
      if (local?.base.source.kind !== 'file') {
        const parsed = SearchTextSchema.safeParse(await loadJson(SEARCH_TEXT_FILE, signal));
        if (!parsed.success)
          throw new DataLoadError(SEARCH_TEXT_FILE, describeIssues(parsed.error).slice(0, 5));
        rows = [...parsed.data.articles, ...held];
      }
      // Only articles the dataset kept are searchable, so a match always has a card to show.
      const docs = rows.flatMap((row) => {
        const article = articles.get(row.id);
        return article ? [{ id: row.id, title: article.title, text: row.text }] : [];
      });
      return buildSearchEngine(docs);
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
