import { useCallback, useId, useMemo, useState } from 'react';
import type { ClaimantScheme } from '../../domain/claimant-colors';
import type { Claim, CrisisEvent, Day } from '../../domain/schema';
import { buildChartData, markIdOf, type ClaimMark } from '../../domain/series';
import { BtgList } from './btg-list';
import { ChartEvents } from './chart-events';
import { ChartLegend, SymbolLegend } from './chart-legend';
import type { MarkFocus } from './chart-marks';
import { ChartPlot } from './chart-plot';
import { ChartRange } from './chart-range';
import { ClaimsTable } from './claims-table';
import { markLabel } from './mark-labels';
import { useElementWidth } from './use-element-width';
import './chart.css';

/** Props: the visible claims and events, the dataset-wide scheme, and the view state this chart reads and sets. */
export interface TroopChartProps {
  claims: readonly Claim[];
  /** Every claim of the dataset by id (the index's), for labels and the selection. */
  claimsById: ReadonlyMap<string, Claim>;
  events: readonly CrisisEvent[];
  scheme: ClaimantScheme;
  selectedClaimId: string | null;
  onSelectClaim: (id: string) => void;
  mode: 'chart' | 'table';
  onModeChange: (mode: 'chart' | 'table') => void;
  from: Day | null;
  to: Day | null;
  /** Earliest and latest day in the whole dataset: the range control's ends. */
  extent: { min: Day; max: Day } | null;
  /** Date range from the range control; the caller replaces history rather than pushing it. */
  onRangeChange: (range: { from: Day | null; to: Day | null }) => void;
}

const HEIGHT = 240;

/** The "Troop numbers" region's content (see ChartRegion): claims over time per claimant, or the same claims as a table. */
export function TroopChart(props: TroopChartProps) {
  const { claims, claimsById, events, scheme, selectedClaimId, onSelectClaim, mode, from, to, extent } =
    props;
  const [wrapper, width] = useElementWidth<HTMLDivElement>(640);
  const [active, setActive] = useState<MarkFocus | null>(null);
  const tooltipId = useId();
  // Marks never outnumber pixels: one per two pixel columns, so symbols stay apart and the SVG stays small.
  const maxMarks = Math.max(150, Math.round(width / 2));
  const data = useMemo(
    () => buildChartData(claims, events, scheme.keyOf, { from, to, maxMarks }),
    [claims, events, scheme, from, to, maxMarks],
  );
  const selectedClaim = selectedClaimId ? claimsById.get(selectedClaimId) : undefined;
  const selectedMarkId = selectedClaim ? markIdOf(selectedClaim, scheme.keyOf, data.binning) : null;
  const labelOf = useCallback(
    (mark: ClaimMark) => markLabel(mark, claimsById, scheme, data.binning),
    [claimsById, scheme, data.binning],
  );
  const entries = useMemo(() => {
    const keys = new Set(data.series.map((s) => s.key));
    for (const claim of data.btgOnly) keys.add(scheme.keyOf(claim));
    return scheme.entries.filter((e) => keys.has(e.key));
  }, [data, scheme]);
  const activeClaim = active ? claimsById.get(active.mark.claimId) : undefined;
  const plotData = useMemo(() => (data.xDomain ? { ...data, xDomain: data.xDomain } : null), [data]);

  return (
    <>
      <div className="troop-chart__header">
        <h2>Troop numbers</h2>
        <button
          type="button"
          aria-pressed={mode === 'table'}
          onClick={() => props.onModeChange(mode === 'table' ? 'chart' : 'table')}
        >
          Show as table
        </button>
      </div>
      {mode === 'table' ? (
        <ClaimsTable
          claims={claims}
          scheme={scheme}
          selectedClaimId={selectedClaimId}
          onSelectClaim={onSelectClaim}
        />
      ) : (
        <>
          <ChartLegend entries={entries} />
          <div ref={wrapper} className="troop-chart__plot">
            {plotData ? (
              <ChartPlot
                data={plotData}
                width={width}
                height={HEIGHT}
                colorOf={scheme.colorOf}
                labelOf={labelOf}
                selectedMarkId={selectedMarkId}
                activeMarkId={active?.mark.id ?? null}
                tooltipId={tooltipId}
                onSelect={onSelectClaim}
                onActive={setActive}
              />
            ) : (
              <p className="troop-chart__empty">No dated troop numbers match the filters.</p>
            )}
            {active && (
              <div
                id={tooltipId}
                role="tooltip"
                className="chart-tooltip"
                style={{
                  left: active.x,
                  top: active.y,
                  // Away from the point and inside the plot: left of it on the right half, above it lower down.
                  transform: `translate(${active.x > width / 2 ? 'calc(-100% - 12px)' : '12px'}, ${
                    active.y > HEIGHT / 2 ? 'calc(-100% - 8px)' : '8px'
                  })`,
                }}
              >
                <strong>{labelOf(active.mark)}</strong>
                {activeClaim && <q className="chart-tooltip__quote">{activeClaim.quote.text}</q>}
              </div>
            )}
          </div>
          <SymbolLegend />
          {data.binning !== 'claim' && (
            <p className="troop-chart__note">
              {data.markCount} marks stand for {claims.length} claims, grouped per claimant and {data.binning}
              ; the table lists them one by one.
            </p>
          )}
          <ChartEvents events={data.events} />
          <BtgList
            claims={data.btgOnly}
            scheme={scheme}
            selectedClaimId={selectedClaimId}
            onSelectClaim={onSelectClaim}
          />
          {data.notPlotted.length > 0 && (
            <p className="troop-chart__note">
              {data.notPlotted.length} undated, past or added-troops claims are listed in the table only.
            </p>
          )}
        </>
      )}
      {extent && <ChartRange extent={extent} from={from} to={to} onChange={props.onRangeChange} />}
    </>
  );
}
