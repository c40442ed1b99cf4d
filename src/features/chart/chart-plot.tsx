import { CartesianGrid, ComposedChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartData } from '../../domain/series';
import { timeTicks } from '../../domain/series-time';
import { formatCount } from '../../domain/series-labels';
import { ChartMarks, type ChartMarksProps } from './chart-marks';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

function shortDay(x: number): string {
  const d = new Date(x);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

function shortCount(n: number): string {
  return n >= 1000 ? `${formatCount(n / 1000)}k` : formatCount(n);
}

function shorten(title: string): string {
  return title.length > 28 ? `${title.slice(0, 27)}…` : title;
}

/** Vertical labels need about 14 px: left to right, an event is labelled only when it clears the last one. */
function labelledEvents(
  events: ChartData['events'],
  [lo, hi]: [number, number],
  plotWidth: number,
): Set<string> {
  const ids = new Set<string>();
  let last = -Infinity;
  for (const event of events) {
    const px = ((event.x - lo) / Math.max(1, hi - lo)) * plotWidth;
    if (px - last < 14) continue;
    ids.add(event.id);
    last = px;
  }
  return ids;
}

/** Props of the plot: the computed data, its size, and what the marks layer needs. */
export interface ChartPlotProps extends Omit<ChartMarksProps, 'series' | 'dayWidth'> {
  data: ChartData & { xDomain: [number, number] };
  width: number;
  height: number;
}

const MARGIN = { top: 16, right: 16, bottom: 8, left: 8 };
const Y_AXIS_WIDTH = 48;

/** The Recharts frame (axes, grid, event lines) with the claim marks drawn on the chart's own scales. */
export function ChartPlot({ data, width, height, ...marks }: ChartPlotProps) {
  const plotWidth = Math.max(1, width - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH);
  const [lo, hi] = data.xDomain;
  const dayWidth = (plotWidth * DAY_MS) / Math.max(DAY_MS, hi - lo);
  const ticks = timeTicks(data.xDomain, Math.max(2, Math.floor(plotWidth / 70)));
  const labelled = labelledEvents(data.events, data.xDomain, plotWidth);
  return (
    <ComposedChart width={width} height={height} margin={MARGIN} accessibilityLayer={false}>
      <CartesianGrid stroke="#e3e3e3" />
      <XAxis
        type="number"
        dataKey="x"
        domain={data.xDomain}
        ticks={ticks}
        tickFormatter={shortDay}
        allowDataOverflow
      />
      <YAxis
        type="number"
        domain={[0, data.yMax]}
        width={Y_AXIS_WIDTH}
        tickFormatter={shortCount}
        allowDataOverflow
      />
      {data.events.map((event) => (
        <ReferenceLine
          key={event.id}
          x={event.x}
          stroke="#6b6b6b"
          strokeDasharray={event.status === 'occurred' ? undefined : '4 3'}
          label={
            labelled.has(event.id)
              ? {
                  value: shorten(event.title),
                  angle: -90,
                  position: 'insideTopRight',
                  fontSize: 11,
                  fill: '#444',
                }
              : undefined
          }
        />
      ))}
      <ChartMarks series={data.series} dayWidth={dayWidth} {...marks} />
    </ComposedChart>
  );
}
