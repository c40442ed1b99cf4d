import type { BaseTickContentProps } from 'recharts';

/** How far below or beside its point a label's baseline sits, as Recharts' own labels place it. */
const SHIFT = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * An axis label as one plain `<text>`. Recharts' default label is its `Text`, which measures every word in the
 * DOM to wrap it: a forced layout of the whole page whenever the ticks change, ~6 ms per date change at 1,000
 * articles. Our labels are a few characters and never wrap.
 */
export function AxisTick({
  x,
  y,
  textAnchor,
  verticalAnchor,
  payload,
  tickFormatter,
  index,
  className,
}: BaseTickContentProps) {
  const value: unknown = payload.value;
  return (
    <text x={x} y={y} dy={SHIFT[verticalAnchor]} textAnchor={textAnchor} className={className}>
      {tickFormatter ? tickFormatter(value, index) : String(value)}
    </text>
  );
}
