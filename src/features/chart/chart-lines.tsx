import { memo } from 'react';
import type { SeriesLine } from '../../domain/series-lines';

/** Props: the lines in data units, the scales, colours and which series stands out. */
export interface ChartLinesProps {
  lines: readonly SeriesLine[];
  px: (x: number) => number;
  py: (y: number) => number;
  colorOf: (key: string) => string;
  highlightKey: string | null;
}

/**
 * Comparison mode: per series a line through its point estimates and, under it, a band from the lowest to the
 * highest value at each date. Decorative for assistive technology: the marks on top carry every value.
 */
export const ChartLines = memo(function ChartLines({
  lines,
  px,
  py,
  colorOf,
  highlightKey,
}: ChartLinesProps) {
  return (
    <g className="chart-lines" aria-hidden="true">
      {lines.map((line) => {
        const top = line.points.map((p) => `${px(p.x)},${py(p.high)}`);
        const bottom = line.points.map((p) => `${px(p.x)},${py(p.low)}`).reverse();
        const mid = line.points.map((p, i) => `${i ? 'L' : 'M'}${px(p.x)},${py(p.mid)}`).join('');
        const color = colorOf(line.key);
        const dim = highlightKey !== null && highlightKey !== line.key;
        return (
          <g key={line.key} className="chart-line" data-key={line.key} opacity={dim ? 0.15 : 1}>
            <path d={`M${[...top, ...bottom].join('L')}Z`} fill={color} fillOpacity={0.12} stroke="none" />
            <path d={mid} fill="none" stroke={color} strokeWidth={2} />
          </g>
        );
      })}
    </g>
  );
});
