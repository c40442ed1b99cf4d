/**
 * The search index as a query: started once, on the first search or when the search box gets focus. The worker
 * fetches `data/search-text.json` itself; the page sends the dataset's titles.
 */
import { queryOptions } from '@tanstack/react-query';
import { SEARCH_TEXT_FILE } from '../../domain/search-text';
import type { Article } from '../../domain/schema';
import { startSearchEngine, type SearchEngine } from './search-engine';

/** Query options for the search index over `articles` (the dataset's, for their titles). */
export function searchIndexQuery(articles: ReadonlyMap<string, Article>) {
  return queryOptions({
    queryKey: ['search-index'],
    queryFn: (): Promise<SearchEngine> =>
      startSearchEngine({
        url: new URL(SEARCH_TEXT_FILE, document.baseURI),
        file: SEARCH_TEXT_FILE,
        titles: [...articles.values()].map((a): [string, string] => [a.id, a.title]),
      }),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
