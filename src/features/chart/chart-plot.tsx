import { memo, useMemo } from 'react';
import { CartesianGrid, ComposedChart, XAxis, YAxis } from 'recharts';
import type { ChartData } from '../../domain/series';
import { axisTicks, countTicks, timeAxis } from '../../domain/series-scale';
import { AxisTick } from './axis-tick';
import { ChartLayer, type ChartLayerProps } from './chart-layer';
import { MarkEmphasisContext, type MarkEmphasis } from './mark-emphasis';
import { shortCount, shortDay } from './plot-labels';

/** Room for the event markers on top; the axes' own sizes below and left. */
const MARGIN = { top: 22, right: 16, bottom: 0, left: 0 };
const Y_AXIS_WIDTH = 52;
const X_AXIS_HEIGHT = 24;
/** Axis styles as constants: Recharts compares axis props shallowly, so a fresh object would rebuild its scales. */
const AXIS_LINE = { stroke: '#888' };
/** Least distance between two x labels, in pixels. */
const TICK_SPACING = 64;

/** The days that have marks, sorted: where the time axis must stay to scale. */
function markDays(series: ChartData['series']): number[] {
  const days = new Set<number>();
  for (const s of series) for (const mark of s.marks) days.add(mark.x);
  return [...days].sort((a, b) => a - b);
}

/** Props of the frame: the computed data, its size, and what the marks layer needs. */
interface ChartFrameProps extends Omit<ChartLayerProps, 'axis' | 'plotWidth' | 'yMax' | 'series' | 'events'> {
  data: ChartData & { xDomain: [number, number] };
  width: number;
  height: number;
}

/** Props of the plot: the frame's, and which marks to emphasise. */
export type ChartPlotProps = ChartFrameProps & MarkEmphasis;

/** The plot: the frame, re-rendered only when data, size or handlers change; the emphasis goes by context. */
export function ChartPlot({ selectedMarkId, activeMarkId, ...frame }: ChartPlotProps) {
  const emphasis = useMemo(() => ({ selectedMarkId, activeMarkId }), [selectedMarkId, activeMarkId]);
  return (
    <MarkEmphasisContext value={emphasis}>
      <ChartFrame {...frame} />
    </MarkEmphasisContext>
  );
}

/**
 * The Recharts frame (grid, time and troop axes) with one layer drawing the marks. The x axis runs over pixels of
 * the shortened time axis (`timeAxis`), so empty stretches stay narrow; its ticks and labels map back to days.
 * Every axis prop is memoised: Recharts compares them shallowly and would otherwise rebuild its scales per render.
 */
const ChartFrame = memo(function ChartFrame({ data, width, height, ...layer }: ChartFrameProps) {
  const plotWidth = Math.max(1, width - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH);
  const plotHeight = Math.max(1, height - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT);
  const [lo, hi] = data.xDomain;
  const days = useMemo(() => markDays(data.series), [data.series]);
  const axis = useMemo(() => timeAxis(days, [lo, hi], [0, plotWidth]), [days, lo, hi, plotWidth]);
  const x = useMemo(
    () => ({
      domain: [0, plotWidth] as [number, number],
      ticks: axisTicks(axis, TICK_SPACING).map(axis.px),
      label: (at: number) => shortDay(axis.invert(at)),
    }),
    [axis, plotWidth],
  );
  const yMax = data.yMax;
  const y = useMemo(
    () => ({
      domain: [0, yMax] as [number, number],
      ticks: countTicks(yMax, Math.max(2, Math.floor(plotHeight / 40))),
    }),
    [yMax, plotHeight],
  );
  return (
    <ComposedChart
      className="chart-plot"
      width={width}
      height={height}
      margin={MARGIN}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#e3e3e3" />
      {/* A dataKey, though the chart has no data: without one Recharts treats the x axis as categories. */}
      <XAxis
        type="number"
        dataKey="x"
        domain={x.domain}
        ticks={x.ticks}
        tickFormatter={x.label}
        interval={0}
        height={X_AXIS_HEIGHT}
        allowDataOverflow
        axisLine={AXIS_LINE}
        tickLine={AXIS_LINE}
        tick={AxisTick}
      />
      <YAxis
        type="number"
        domain={y.domain}
        ticks={y.ticks}
        tickFormatter={shortCount}
        interval={0}
        width={Y_AXIS_WIDTH}
        allowDataOverflow
        axisLine={AXIS_LINE}
        tickLine={AXIS_LINE}
        tick={AxisTick}
      />
      <ChartLayer
        {...layer}
        axis={axis}
        plotWidth={plotWidth}
        yMax={yMax}
        series={data.series}
        events={data.events}
      />
    </ComposedChart>
  );
});
