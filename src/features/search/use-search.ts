/** The search of the current view: the index (loaded on demand) and the newest answer to the query. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useDataset } from '../../data/hooks';
import type { SearchResult } from './search-engine';
import { searchIndexQuery } from './search-query';
import { answeredSnapshot, askSearch, forgetAnswers, latestResult, subscribeResults } from './search-results';

/** Where the search is, and its result once the index has answered. */
export interface SearchState {
  status: 'off' | 'loading' | 'ready' | 'error';
  /** Null until the index has answered since the box was last empty; may answer an earlier query while `pending`. */
  result: SearchResult | null;
  /** The answer to the query as typed now is still on its way (the previous answer shows meanwhile). */
  pending: boolean;
  problem: string | null;
  /** Starts loading the index (on focus), so the first keystroke finds it ready. */
  warm: () => void;
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
  useSyncExternalStore(subscribeResults, answeredSnapshot);
  useEffect(() => {
    if (!on) forgetAnswers();
    else if (engine.data) askSearch(engine.data, query);
  }, [on, engine.data, query]);
  if (!on) return { status: 'off', result: null, pending: false, problem: null, warm };
  if (engine.error)
    return { status: 'error', result: null, pending: false, problem: engine.error.message, warm };
  const result = latestResult(engine.data);
  if (!result)
    return { status: engine.data ? 'ready' : 'loading', result: null, pending: true, problem: null, warm };
  return { status: 'ready', result, pending: result.query !== query, problem: null, warm };
}
