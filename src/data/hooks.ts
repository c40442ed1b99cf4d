/** Hooks that read the loaded data; `useDataset` is for components under the app's ready boundary. */
import { useQuery } from '@tanstack/react-query';
import { useContext } from 'react';
import { DatasetContext } from './dataset-provider';
import { articleBodyQuery, type LoadedDataset } from './queries';

/** The validated, indexed dataset, from the DatasetProvider the app renders once it is loaded. */
export function useDataset(): LoadedDataset {
  const loaded = useContext(DatasetContext);
  if (!loaded) throw new Error('useDataset is for components under the DatasetProvider (the loaded dashboard)');
  return loaded;
}

/** The body of an article (loading, error and retry included); idle when `id` is null. */
export function useArticleBody(id: string | null) {
  return useQuery({ ...articleBodyQuery(id ?? ''), enabled: id !== null });
}
