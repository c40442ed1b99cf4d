/** The app: the query client, then the dashboard once the dataset is in (or why it is not). */
import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { DatasetProvider } from '../data/dataset-provider';
import { datasetQuery } from '../data/queries';
import { preloadDashboard } from './preload';
import { createQueryClient } from './query-client';
import { DashboardLayout } from './shell/dashboard-layout';
import { LayoutSkeleton } from './shell/layout-skeleton';
import { LoadError } from './shell/load-error';

// The ready boundary: below it, useDataset() always has data.
function Dashboard() {
  const query = useQuery(datasetQuery());
  if (query.status === 'pending') return <LayoutSkeleton />;
  if (query.status === 'error') {
    return <LoadError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />;
  }
  return (
    <DatasetProvider>
      <DashboardLayout skipped={query.data.skipped} />
    </DatasetProvider>
  );
}

/** The root component; tests pass their own client. */
export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  useEffect(() => preloadDashboard(queryClient), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <Dashboard />
    </QueryClientProvider>
  );
}
