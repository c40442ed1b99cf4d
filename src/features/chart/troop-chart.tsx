import { useCallback, useId, useMemo, useState } from 'react';
import { OTHER_COLOR, type ClaimantEntry, type ClaimantScheme } from '../../domain/claimant-colors';
import { keepClaims } from '../../domain/filters';
import { perList } from '../../domain/per-list';
import type { Claim, CrisisEvent, Day } from '../../domain/schema';
import { buildChartData, markIdOf, type ClaimMark } from '../../domain/series';
import type { ChartMode } from '../../url-state/view-state';
import { BtgList } from './btg-list';
import { ChartEvents } from './chart-events';
import { ChartLegend, JointNote, SymbolLegend } from './chart-legend';
import type { MarkFocus } from './chart-marks';
import { ChartPlot } from './chart-plot';
import { ChartRange } from './chart-range';
import { ChartTooltip } from './chart-tooltip';
import { ClaimsTable } from './claims-table';
import { MarkClaims } from './mark-claims';
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
  mode: ChartMode;
  onModeChange: (mode: ChartMode) => void;
  from: Day | null;
  to: Day | null;
  /** Earliest and latest day in the whole dataset: the range control's ends. */
  extent: { min: Day; max: Day } | null;
  /** Date range from the range control; the caller replaces history rather than pushing it. */
  onRangeChange: (range: { from: Day | null; to: Day | null }) => void;
}

const HEIGHT = 240;

const keysOfList = perList((claims: readonly Claim[], scheme: ClaimantScheme) => scheme.keysOf(claims));
const entriesOfKeys = perList((keys: readonly string[], scheme: ClaimantScheme) =>
  scheme.entriesOf(new Set(keys)),
);
// Dozens of grey series would bury the coloured ones at volume: beside coloured claimants, the grey ones start
// hidden (the legend says so and shows each on a click); filtered down to grey claimants alone, they show.
const greyOf = perList((entries: readonly ClaimantEntry[]): ReadonlySet<string> => {
  const grey = entries.filter((e) => e.color === OTHER_COLOR);
  return grey.length < entries.length ? new Set(grey.map((e) => e.key)) : new Set();
});
const shownOf = perList((claims: readonly Claim[], keys: readonly string[], hidden: ReadonlySet<string>) => {
  if (!hidden.size) return [claims, keys] as const;
  const kept: string[] = [];
  const list = keepClaims(claims, (_, i) => {
    const key = keys[i]!;
    if (hidden.has(key)) return false;
    kept.push(key);
    return true;
  });
  return [list, kept] as const;
});
const chartDataOf = perList(
  (
    shown: readonly Claim[],
    shownKeys: readonly string[],
    events: readonly CrisisEvent[],
    from: Day | null,
    to: Day | null,
    maxMarks: number,
  ) => buildChartData(shown, events, (_, i) => shownKeys[i]!, { from, to, maxMarks }),
);

/**
 * The "Troop numbers" region's content (see ChartRegion): claims over time per claimant, compared as lines, or the
 * same claims as a table. The legend hides and highlights claimants; an aggregate mark lists its claims.
 */
export function TroopChart(props: TroopChartProps) {
  const { claims, claimsById, events, scheme, selectedClaimId, onSelectClaim, mode, from, to, extent } =
    props;
  const [wrapper, width] = useElementWidth<HTMLDivElement>(640);
  const [active, setActive] = useState<MarkFocus | null>(null);
  // Null until the legend is first used: then the long tail of grey claimants starts hidden (see `hidden`).
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const [highlight, setHighlight] = useState<string | null>(null);
  const [listed, setListed] = useState<ClaimMark | null>(null);
  const tooltipId = useId();
  // Every claimant the filters let through stays in the legend, hidden or not, so it can be shown again.
  // Each claim's key, looked up once per claims list (the legend, the hidden filter and the bins all need it).
  // Each step is remembered per list (see perList), so going back to a list shown before redoes none of them.
  const keys = keysOfList(claims, scheme);
  const entries = entriesOfKeys(keys, scheme);
  const hidden = chosen ?? greyOf(entries);
  const [shown, shownKeys] = shownOf(claims, keys, hidden);
  // Marks never outnumber pixels: one per two pixel columns, so symbols stay apart and the SVG stays small.
  const maxMarks = Math.max(150, Math.round(width / 2));
  const data = chartDataOf(shown, shownKeys, events, from, to, maxMarks);
  const selectedClaim = selectedClaimId ? claimsById.get(selectedClaimId) : undefined;
  const selectedMarkId = selectedClaim ? markIdOf(selectedClaim, scheme.keyOf, data.binning) : null;
  const labelOf = useCallback(
    (mark: ClaimMark) => markLabel(mark, claimsById, scheme, data.binning),
    [claimsById, scheme, data.binning],
  );
  const onToggle = useCallback(
    (key: string) => {
      const next = new Set(hidden);
      if (!next.delete(key)) next.add(key);
      setChosen(next);
      setHighlight(null);
    },
    [hidden],
  );
  const onSelectMark = useCallback(
    (mark: ClaimMark) => {
      if (mark.count > 1) setListed(mark);
      else {
        setListed(null);
        onSelectClaim(mark.claimId);
      }
    },
    [onSelectClaim],
  );
  const activeClaim = active && active.mark.count === 1 ? claimsById.get(active.mark.claimId) : undefined;
  const plotData = useMemo(() => (data.xDomain ? { ...data, xDomain: data.xDomain } : null), [data]);
  const compare = mode === 'compare';
  const listedNow =
    listed && data.series.some((s) => s.marks.some((m) => m.id === listed.id)) ? listed : null;

  return (
    <>
      <div className="troop-chart__header">
        <h2>Troop numbers</h2>
        <div className="troop-chart__modes">
          <button
            type="button"
            aria-pressed={compare}
            onClick={() => props.onModeChange(compare ? 'chart' : 'compare')}
          >
            Compare claimants
          </button>
          <button
            type="button"
            aria-pressed={mode === 'table'}
            onClick={() => props.onModeChange(mode === 'table' ? 'chart' : 'table')}
          >
            Show as table
          </button>
        </div>
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
          <ChartLegend entries={entries} hidden={hidden} onToggle={onToggle} onHighlight={setHighlight} />
          {compare && (
            <p className="troop-chart__note">
              Each claimant&rsquo;s estimates joined in date order; the shaded band runs from its lowest to
              its highest number. Click a claimant above to hide or show it.
            </p>
          )}
          <div ref={wrapper} className="troop-chart__plot">
            {plotData ? (
              <ChartPlot
                data={plotData}
                width={width}
                height={HEIGHT}
                colorOf={scheme.colorOf}
                labelOf={labelOf}
                compare={compare}
                highlightKey={highlight}
                selectedMarkId={selectedMarkId}
                activeMarkId={active?.mark.id ?? null}
                tooltipId={tooltipId}
                onSelect={onSelectMark}
                onActive={setActive}
              />
            ) : (
              <p className="troop-chart__empty">No dated troop numbers match the filters.</p>
            )}
            {active && (
              <ChartTooltip id={tooltipId} x={active.x} y={active.y} plotWidth={width} plotHeight={HEIGHT}>
                <strong>{labelOf(active.mark)}</strong>
                {activeClaim && <q className="chart-tooltip__quote">{activeClaim.quote.text}</q>}
                {active.mark.count > 1 && (
                  <span className="chart-tooltip__quote">Click or press Enter to list these claims.</span>
                )}
              </ChartTooltip>
            )}
          </div>
          {listedNow && (
            <MarkClaims
              mark={listedNow}
              label={labelOf(listedNow)}
              claimsById={claimsById}
              scheme={scheme}
              selectedClaimId={selectedClaimId}
              onSelectClaim={onSelectClaim}
              onClose={() => setListed(null)}
            />
          )}
          <SymbolLegend binned={data.binning !== 'claim'} compare={compare} />
          <JointNote entries={entries} />
          {data.binning !== 'claim' && (
            <p className="troop-chart__note">
              {data.markCount} marks stand for {shown.length} claims, grouped per claimant and {data.binning};
              the table lists them one by one.
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
