/**
 * What the dashboard needs once the dataset is in, started while it downloads: the chart's and the map's code,
 * the bundled borders and the applied reviews. Without this they were asked for only when the dataset had been
 * read, one step after the other.
 */
import type { QueryClient } from '@tanstack/react-query';
import { basemapQuery } from '../features/map/use-basemap';
import { datasetReviewsQuery } from '../features/review/dataset-reviews-query';
import { loadChart } from './panes/chart-pane';
import { loadMap } from './panes/map-pane';

/** Starts the fetches; failures surface where each is used (the panes and their queries), not here. */
export function preloadDashboard(client: QueryClient): void {
  loadChart().catch(() => undefined);
  loadMap().catch(() => undefined);
  void client.prefetchQuery(basemapQuery());
  void client.prefetchQuery(datasetReviewsQuery());
}
