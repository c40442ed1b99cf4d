import { memo, useMemo } from 'react';
import type { ChartData, ClaimMark } from '../../domain/series';
import { formatCount, formatDay } from '../../domain/series-labels';
import {
  axisTicks,
  countTicks,
  eventMarkers,
  linearScale,
  timeAxis,
  type EventMarker,
} from '../../domain/series-scale';
import { ChartMarks, placeMarks, type ChartMarksProps } from './chart-marks';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Room for the y labels on the left, the event markers on top and the x labels below. */
const MARGIN = { top: 22, right: 16, bottom: 24, left: 52 };
/** Event markers at most, and the least distance between two (closer events share a marker). */
const MAX_EVENT_MARKERS = 40;
const EVENT_GAP = 12;

function shortDay(x: number): string {
  const d = new Date(x);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

function shortCount(n: number): string {
  if (n >= 1_000_000) return `${Math.round(n / 100_000) / 10}M`;
  return n >= 1000 ? `${formatCount(n / 1000)}k` : formatCount(n);
}

function markerTitle(marker: EventMarker): string {
  const shown = marker.events.slice(0, 3).map((e) => `${formatDay(e.day)}: ${e.title}`);
  const more = marker.events.length - shown.length;
  return more > 0 ? `${shown.join('\n')}\nand ${more} more` : shown.join('\n');
}

/** The days that have marks, sorted: where the time axis must stay to scale. */
function markDays(series: ChartData['series']): number[] {
  const days = new Set<number>();
  for (const s of series) for (const mark of s.marks) days.add(mark.x);
  return [...days].sort((a, b) => a - b);
}

/** Two slanted strokes across the x axis: the usual sign of a shortened axis. */
function breakMark(px0: number, px1: number, y: number): string {
  const mid = (px0 + px1) / 2;
  return `M${mid - 6},${y + 5}l4,-10M${mid + 2},${y + 5}l4,-10`;
}

/** Props of the plot: the computed data, its size, and what the marks layer needs. */
export interface ChartPlotProps extends Omit<ChartMarksProps, 'placed' | 'bandWidth'> {
  data: ChartData & { xDomain: [number, number] };
  width: number;
  height: number;
  colorOf: (key: string) => string;
  labelOf: (mark: ClaimMark) => string;
}

/** The plot as one SVG: grid, axes, event markers along the top, and the claim marks, on scales computed once. */
export const ChartPlot = memo(function ChartPlot({
  data,
  width,
  height,
  colorOf,
  labelOf,
  ...marks
}: ChartPlotProps) {
  const right = Math.max(MARGIN.left + 1, width - MARGIN.right);
  const bottom = height - MARGIN.bottom;
  const [lo, hi] = data.xDomain;
  const days = useMemo(() => markDays(data.series), [data.series]);
  const axis = useMemo(() => timeAxis(days, [lo, hi], [MARGIN.left, right]), [days, lo, hi, right]);
  const px = axis.px;
  const py = useMemo(() => linearScale([0, data.yMax], [bottom, MARGIN.top]), [data.yMax, bottom]);
  const placed = useMemo(
    () => placeMarks(data.series, px, py, colorOf, labelOf),
    [data.series, px, py, colorOf, labelOf],
  );
  const plotWidth = right - MARGIN.left;
  const events = useMemo(
    () => eventMarkers(data.events, px, Math.min(MAX_EVENT_MARKERS, plotWidth / EVENT_GAP), EVENT_GAP),
    [data.events, px, plotWidth],
  );
  const xTicks = axisTicks(axis, 64);
  const yTicks = countTicks(data.yMax, Math.max(2, Math.floor((bottom - MARGIN.top) / 40)));
  const bandWidth = Math.max(8, axis.dayPx);
  return (
    <svg className="chart-plot" width={width} height={height} role="presentation">
      <g className="chart-plot__grid" aria-hidden="true">
        {yTicks.map((t) => (
          <g key={`y${t}`}>
            <line x1={MARGIN.left} x2={right} y1={py(t)} y2={py(t)} />
            <text x={MARGIN.left - 6} y={py(t)} textAnchor="end" dominantBaseline="middle">
              {shortCount(t)}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <g key={`x${t}`}>
            <line x1={px(t)} x2={px(t)} y1={MARGIN.top} y2={bottom} />
            <text x={Math.min(width - 24, Math.max(24, px(t)))} y={height - 6} textAnchor="middle">
              {shortDay(t)}
            </text>
          </g>
        ))}
        <line className="chart-plot__axis" x1={MARGIN.left} x2={right} y1={bottom} y2={bottom} />
      </g>
      {axis.breaks.map((gap) => (
        <g key={gap.from} className="chart-break">
          <title>{`${shortDay(gap.from)} – ${shortDay(gap.to)}: no claims, axis shortened`}</title>
          <rect x={gap.px0} y={MARGIN.top} width={gap.px1 - gap.px0} height={bottom - MARGIN.top} />
          <path d={breakMark(gap.px0, gap.px1, bottom)} />
        </g>
      ))}
      <g className="chart-plot__events" aria-hidden="true">
        {events.map((marker) => (
          <g key={marker.id} className="chart-event" data-occurred={marker.occurred || undefined}>
            <title>{markerTitle(marker)}</title>
            <line x1={marker.px} x2={marker.px} y1={MARGIN.top - 4} y2={bottom} />
            <path d={`M${marker.px},${MARGIN.top - 16}l6,6l-6,6l-6,-6z`} />
          </g>
        ))}
      </g>
      <ChartMarks {...marks} placed={placed} bandWidth={bandWidth} />
    </svg>
  );
});
