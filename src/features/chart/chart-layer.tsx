import { memo, use, useMemo } from 'react';
import { DefaultZIndexes, usePlotArea, ZIndexLayer } from 'recharts';
import type { ClaimMark, ClaimSeries, EventLine } from '../../domain/series';
import { seriesLines } from '../../domain/series-lines';
import { eventMarkers, linearScale, type TimeAxis } from '../../domain/series-scale';
import { ChartAnnotations } from './chart-annotations';
import { ChartLines } from './chart-lines';
import { ChartMarks, placeMarks, type ChartMarksProps } from './chart-marks';
import { MarkEmphasisContext } from './mark-emphasis';

/** Event markers at most, and the least distance between two (closer events share a marker). */
const MAX_EVENT_MARKERS = 40;
const EVENT_GAP = 12;

/** Props of the layer: what to draw, the time axis the x axis runs over, and the marks' state and handlers. */
export interface ChartLayerProps extends Omit<
  ChartMarksProps,
  'placed' | 'bandWidth' | 'selectedMarkId' | 'activeMarkId'
> {
  axis: TimeAxis;
  /** Width the time axis was laid out for: the x axis domain is [0, plotWidth]. */
  plotWidth: number;
  yMax: number;
  series: readonly ClaimSeries[];
  events: readonly EventLine[];
  colorOf: (key: string) => string;
  labelOf: (mark: ClaimMark) => string;
  /** Comparison mode: a line and a band per series under the marks. */
  compare: boolean;
}

/**
 * Every mark of the chart, drawn inside the Recharts chart as one child. It reads the plot area once and maps the
 * axes' domains onto it ([0, plotWidth] for x, [0, yMax] for y, as the axes are declared), so positions change
 * only with the data or the size: Recharts' scale functions are rebuilt whenever an axis prop such as its ticks
 * changes, which would re-place every mark a second time per data change. The emphasis comes by context
 * (`MarkEmphasisContext`), so a selection re-renders this layer and two of its marks, not the chart.
 */
export const ChartLayer = memo(function ChartLayer({
  axis,
  plotWidth,
  yMax,
  series,
  events,
  colorOf,
  labelOf,
  compare,
  ...marks
}: ChartLayerProps) {
  const plot = usePlotArea();
  const emphasis = use(MarkEmphasisContext);
  const left = plot?.x ?? 0;
  const top = plot?.y ?? 0;
  const width = plot?.width ?? plotWidth;
  const bottom = top + (plot?.height ?? 0);
  const k = width / plotWidth;
  const px = useMemo(() => (x: number) => left + axis.px(x) * k, [axis, left, k]);
  const py = useMemo(() => linearScale([0, yMax], [bottom, top]), [yMax, bottom, top]);
  const placed = useMemo(
    () => placeMarks(series, px, py, colorOf, labelOf, [left, left + width], top),
    [series, px, py, colorOf, labelOf, left, width, top],
  );
  const lines = useMemo(() => (compare ? seriesLines(series) : []), [compare, series]);
  const markers = useMemo(
    () => eventMarkers(events, px, Math.min(MAX_EVENT_MARKERS, width / EVENT_GAP), EVENT_GAP),
    [events, px, width],
  );
  const breaks = useMemo(
    () => axis.breaks.map((gap) => ({ ...gap, px0: left + gap.px0 * k, px1: left + gap.px1 * k })),
    [axis, left, k],
  );
  if (!plot) return null;
  return (
    <>
      <ChartAnnotations breaks={breaks} markers={markers} top={top} bottom={bottom} />
      {/* Above the axes, so a mark at zero troops is not crossed by the axis line. */}
      <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
        {compare && (
          <ChartLines
            lines={lines}
            px={px}
            py={py}
            colorOf={colorOf}
            highlightKey={marks.highlightKey ?? null}
          />
        )}
        <ChartMarks {...marks} {...emphasis} placed={placed} bandWidth={Math.max(8, axis.dayPx * k)} />
      </ZIndexLayer>
    </>
  );
});
