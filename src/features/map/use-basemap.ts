import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadBasemap } from './basemap';

/** Query options for the bundled borders and occupied areas. */
export function basemapQuery() {
  return queryOptions({
    queryKey: ['basemap'],
    queryFn: loadBasemap,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
}

/** The basemap, loaded once per session; null until it arrives (the map shows data over a plain background). */
export function useBasemap() {
  const query = useQuery(basemapQuery());
  return { basemap: query.data ?? null, error: query.error };
}
