/** The "Troop numbers" pane: wires the dataset, the filters and the URL to the chart, loaded as its own chunk. */
import { lazy, memo, Suspense, useCallback, useDeferredValue, useMemo } from 'react';
import { useDataset } from '../../data/hooks';
import { schemeFor } from '../../domain/claimant-colors';
import { ChartRegion } from '../../features/chart/chart-region';
import { claimDayExtent } from '../../domain/series-time';
import { reviewedById } from '../../domain/narrow-visible';
import { useReviews } from '../../features/review/use-reviews';
import type { ChartMode } from '../../url-state/view-state';
import { useView, useVisible } from '../hooks/use-view';

/** The chart's code: a chunk of its own, fetched while the dataset downloads (see `preloadDashboard`). */
export const loadChart = () => import('../../features/chart/troop-chart');

// The chart and its table load after the first paint instead of with the initial bundle; memo so a render
// whose deferred inputs have not caught up yet skips the chart.
const TroopChart = memo(lazy(() => loadChart().then((m) => ({ default: m.TroopChart }))));

/** The pane. */
export function ChartPane() {
  const { index } = useDataset();
  const [view, update] = useView();
  // The rows are deferred (see useVisible); the date range that bounds the axis follows with them.
  const visible = useVisible();
  const from = useDeferredValue(view.from);
  const to = useDeferredValue(view.to);
  const extent = useMemo(() => claimDayExtent(index.dataset.claims), [index]);
  const { reviews } = useReviews();
  const claimsById = useMemo(() => reviewedById(index.claims, reviews), [index, reviews]);
  const onSelectClaim = useCallback((id: string) => update({ claim: id }), [update]);
  const onModeChange = useCallback((chart: ChartMode) => update({ chart }), [update]);
  const onRangeChange = useCallback(
    (range: { from: string | null; to: string | null }) => update(range, { replace: true }),
    [update],
  );
  return (
    <ChartRegion>
      <Suspense
        fallback={
          <>
            <h2>Troop numbers</h2>
            <p>Loading the chart…</p>
          </>
        }
      >
        <TroopChart
          claims={visible.claims}
          claimsById={claimsById}
          events={visible.events}
          scheme={schemeFor(index.dataset)}
          selectedClaimId={view.claim}
          onSelectClaim={onSelectClaim}
          mode={view.chart}
          onModeChange={onModeChange}
          from={from}
          to={to}
          extent={extent}
          onRangeChange={onRangeChange}
        />
      </Suspense>
    </ChartRegion>
  );
}
