/** The "Troop numbers" pane: wires the dataset, the filters and the URL to the chart, loaded as its own chunk. */
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useDataset } from '../../data/hooks';
import { schemeFor } from '../../domain/claimant-colors';
import { ChartRegion } from '../../features/chart/chart-region';
import { claimDayExtent } from '../../domain/series-time';
import type { ChartMode } from '../../url-state/view-state';
import { useView, useVisible } from '../hooks/use-view';

// The chart and its table load after the first paint instead of with the initial bundle.
const TroopChart = lazy(() =>
  import('../../features/chart/troop-chart').then((m) => ({ default: m.TroopChart })),
);

/** The pane. */
export function ChartPane() {
  const { index } = useDataset();
  const [view, update] = useView();
  const visible = useVisible();
  const extent = useMemo(() => claimDayExtent(index.dataset.claims), [index]);
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
          claimsById={index.claims}
          events={visible.events}
          scheme={schemeFor(index.dataset)}
          selectedClaimId={view.claim}
          onSelectClaim={onSelectClaim}
          mode={view.chart}
          onModeChange={onModeChange}
          from={view.from}
          to={view.to}
          extent={extent}
          onRangeChange={onRangeChange}
        />
      </Suspense>
    </ChartRegion>
  );
}
