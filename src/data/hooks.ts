/** Hooks that read the loaded data; `useDataset` is for components under the app's ready boundary. */
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { articleBodyQuery, datasetQuery, type LoadedDataset } from './queries';

/** The validated, indexed dataset. The app renders panes only once it is loaded, so this never waits. */
export function useDataset(): LoadedDataset {
  return useSuspenseQuery(datasetQuery()).data;
}

/** The body of an article (loading, error and retry included); idle when `id` is null. */
export function useArticleBody(id: string | null) {
  return useQuery({ ...articleBodyQuery(id ?? ''), enabled: id !== null });
}
