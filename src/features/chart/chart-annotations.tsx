import { memo } from 'react';
import type { AxisBreak, EventMarker } from '../../domain/series-scale';
import { markerTitle, shortDay } from './plot-labels';

/** Props: breaks and event markers already in chart pixels, and the plot's top and bottom. */
export interface ChartAnnotationsProps {
  breaks: readonly AxisBreak[];
  markers: readonly EventMarker[];
  top: number;
  bottom: number;
}

/** Two slanted strokes across the x axis: the usual sign of a shortened axis. */
function breakMark(px0: number, px1: number, y: number): string {
  const mid = (px0 + px1) / 2;
  return `M${mid - 6},${y + 5}l4,-10M${mid + 2},${y + 5}l4,-10`;
}

/**
 * Shortened stretches of the time axis and the event markers along the top: a bounded number of plain SVG
 * shapes (at most three breaks and forty markers), not Recharts elements that would each join its store.
 */
export const ChartAnnotations = memo(function ChartAnnotations({
  breaks,
  markers,
  top,
  bottom,
}: ChartAnnotationsProps) {
  return (
    <g className="chart-annotations">
      {breaks.map((gap) => (
        <g key={gap.from} className="chart-break">
          <title>{`${shortDay(gap.from)} – ${shortDay(gap.to)}: no claims, axis shortened`}</title>
          {/* White, edged by dashed lines and cut across the axis: nothing like a grey band of data. */}
          <rect x={gap.px0} y={top} width={gap.px1 - gap.px0} height={bottom - top} />
          <path
            className="chart-break__edge"
            d={`M${gap.px0},${top}V${bottom}M${gap.px1},${top}V${bottom}`}
          />
          <path d={breakMark(gap.px0, gap.px1, bottom)} />
        </g>
      ))}
      <g aria-hidden="true">
        {markers.map((marker) => (
          <g key={marker.id} className="chart-event" data-occurred={marker.occurred || undefined}>
            <title>{markerTitle(marker)}</title>
            <line x1={marker.px} x2={marker.px} y1={top - 4} y2={bottom} />
            <path d={`M${marker.px},${top - 16}l6,6l-6,6l-6,-6z`} />
          </g>
        ))}
      </g>
    </g>
  );
});
