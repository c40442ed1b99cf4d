import { memo, type KeyboardEvent } from 'react';
import type { ClaimMark, ClaimSeries } from '../../domain/series';

/** A mark with its pixel geometry, colour and name worked out once per data and size, not per render. */
export interface PlacedMark {
  mark: ClaimMark;
  x: number;
  y: number;
  yLow: number;
  yHigh: number;
  color: string;
  label: string;
}

/** Where a mark sits on screen, reported so the chart can place its tooltip. */
export interface MarkFocus {
  mark: ClaimMark;
  x: number;
  y: number;
}

/** Pixel positions, colours and names of every mark; the caller memoises it on data, scales and scheme. */
export function placeMarks(
  series: readonly ClaimSeries[],
  px: (x: number) => number,
  py: (y: number) => number,
  colorOf: (key: string) => string,
  labelOf: (mark: ClaimMark) => string,
): PlacedMark[] {
  const placed: PlacedMark[] = [];
  for (const s of series) {
    const color = colorOf(s.key);
    for (const mark of s.marks) {
      placed.push({
        mark,
        x: px(mark.x),
        y: py(mark.mid),
        yLow: py(mark.low),
        yHigh: py(mark.high),
        color,
        label: labelOf(mark),
      });
    }
  }
  return placed;
}

/** Props of the marks layer. */
export interface ChartMarksProps {
  placed: readonly PlacedMark[];
  selectedMarkId: string | null;
  activeMarkId: string | null;
  tooltipId: string;
  /** Width of a vague claim's band: a day's width, at least 8 px. */
  bandWidth: number;
  onSelect: (claimId: string) => void;
  onActive: (focus: MarkFocus | null) => void;
}

interface MarkProps extends Omit<ChartMarksProps, 'placed' | 'selectedMarkId' | 'activeMarkId'> {
  item: PlacedMark;
  selected: boolean;
  active: boolean;
}

/** One claim (or bin): a band when vague, a bar when a range, and a focusable symbol at its middle. */
const Mark = memo(function Mark(props: MarkProps) {
  const { item, selected, active, bandWidth, tooltipId, onSelect, onActive } = props;
  const { mark, x, y, yLow, yHigh, color } = item;
  const r = (mark.count > 1 ? Math.min(9, 4 + Math.sqrt(mark.count)) : 5) + (selected ? 2 : 0);
  const report = () => onActive({ mark, x, y });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(mark.claimId);
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={item.label}
      aria-pressed={selected}
      aria-describedby={active ? tooltipId : undefined}
      className="chart-mark"
      data-selected={selected || undefined}
      onClick={() => onSelect(mark.claimId)}
      onKeyDown={onKeyDown}
      onMouseEnter={report}
      onFocus={report}
      onMouseLeave={() => onActive(null)}
      onBlur={() => onActive(null)}
    >
      {mark.vague ? (
        <rect
          x={x - bandWidth / 2}
          y={yHigh}
          width={bandWidth}
          height={Math.max(1, yLow - yHigh)}
          fill={color}
          fillOpacity={0.2}
        />
      ) : mark.low !== mark.high ? (
        <path
          d={`M${x - 4},${yHigh}h8M${x},${yHigh}V${yLow}M${x - 4},${yLow}h8`}
          stroke={color}
          strokeWidth={mark.count > 1 ? 1 : 2}
          strokeOpacity={mark.count > 1 ? 0.45 : 1}
        />
      ) : null}
      {selected && <circle cx={x} cy={y} r={r + 3} fill="none" stroke="#111" strokeWidth={2} />}
      {mark.corrected && (
        // A small black diamond at the upper right: this value is an analyst's correction.
        <path className="chart-mark__corrected" d={`M${x + r},${y - r - 5}l4,4l-4,4l-4,-4z`} fill="#111" />
      )}
      <circle
        cx={x}
        cy={y}
        r={r}
        fill={mark.forecast ? '#fff' : color}
        stroke={mark.forecast ? color : '#fff'}
        strokeWidth={mark.forecast ? 2 : 1}
        strokeDasharray={mark.forecast ? '3 2' : undefined}
      />
    </g>
  );
});

/**
 * Every mark, from precomputed geometry. Each mark is memoised on its own item and flags, so a selection or a
 * hover re-renders the two marks whose state changed, not all of them.
 */
export const ChartMarks = memo(function ChartMarks({
  placed,
  selectedMarkId,
  activeMarkId,
  ...rest
}: ChartMarksProps) {
  return (
    <g className="chart-marks">
      {placed.map((item) => (
        <Mark
          key={item.mark.id}
          {...rest}
          item={item}
          selected={item.mark.id === selectedMarkId}
          active={item.mark.id === activeMarkId}
        />
      ))}
    </g>
  );
});
