/** The search of the current view: the index (loaded on demand) and what the query matches. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useDataset } from '../../data/hooks';
import type { SearchEngine, SearchResult } from './search-engine';
import { searchIndexQuery } from './search-query';

/** Where the search is, and its result once the index is ready. */
export interface SearchState {
  status: 'off' | 'loading' | 'ready' | 'error';
  /** Null unless a search is on and the index is ready. */
  result: SearchResult | null;
  problem: string | null;
  /** Starts loading the index (on focus), so the first keystroke finds it ready. */
  warm: () => void;
}

let lastSearch: { engine: SearchEngine; query: string; result: SearchResult } | null = null;

// Panes ask in the same render: search once per query and index, and hand all of them the same result.
function searchOnce(engine: SearchEngine, query: string): SearchResult {
  if (lastSearch?.engine !== engine || lastSearch.query !== query)
    lastSearch = { engine, query, result: engine.search(query) };
  return lastSearch.result;
}

/** The hook; `query` is the URL's `q`. */
export function useSearch(query: string): SearchState {
  const { index } = useDataset();
  const client = useQueryClient();
  const on = query.trim() !== '';
  const engine = useQuery({ ...searchIndexQuery(index.articles), enabled: on });
  const warm = useCallback(
    () => void client.prefetchQuery(searchIndexQuery(index.articles)),
    [client, index.articles],
  );
  if (!on) return { status: 'off', result: null, problem: null, warm };
  if (engine.error) return { status: 'error', result: null, problem: engine.error.message, warm };
  if (!engine.data) return { status: 'loading', result: null, problem: null, warm };
  return { status: 'ready', result: searchOnce(engine.data, query), problem: null, warm };
}
