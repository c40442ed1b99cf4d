/**
 * The loaded dataset for everything under the app's ready boundary. One query observer here, read through context,
 * instead of one per component that needs the data: dozens of components re-render on every keystroke and
 * filter change, and each observer costs a little on each render.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { createContext, type ReactNode } from 'react';
import { datasetQuery, type LoadedDataset } from './queries';

/** The dataset as provided; null outside the provider. */
export const DatasetContext = createContext<LoadedDataset | null>(null);

/** Provides the dataset query's data (already loaded: the ready boundary renders this only once it is in). */
export function DatasetProvider({ children }: { children: ReactNode }) {
  const { data } = useSuspenseQuery(datasetQuery());
  return <DatasetContext value={data}>{children}</DatasetContext>;
}
