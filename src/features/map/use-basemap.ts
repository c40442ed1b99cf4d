import { useQuery } from '@tanstack/react-query';
import { loadBasemap } from './basemap';

/** The basemap, loaded once per session; null until it arrives (the map shows data over a plain background). */
export function useBasemap() {
  const query = useQuery({
    queryKey: ['basemap'],
    queryFn: loadBasemap,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
  return { basemap: query.data ?? null, error: query.error };
}
