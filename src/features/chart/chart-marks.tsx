import { memo, useRef, useState, type KeyboardEvent } from 'react';
import type { ClaimMark, ClaimSeries } from '../../domain/series';
import { dodgeX } from './dodge';

/** A mark with its pixel geometry, colour and name worked out once per data and size, not per render. */
export interface PlacedMark {
  mark: ClaimMark;
  /** Where the symbol is drawn: its day, moved aside when it would cover another mark. */
  x: number;
  y: number;
  yLow: number;
  yHigh: number;
  /** The vague claims' band in pixels, when there is one. */
  band: { yLow: number; yHigh: number } | null;
  color: string;
  label: string;
}

/** Where a mark sits on screen, reported so the chart can place its tooltip. */
export interface MarkFocus {
  mark: ClaimMark;
  x: number;
  y: number;
}

/**
 * Pixel positions, colours and names of every mark, coincident ones dodged apart, in reading order (left to
 * right, top to bottom): the order the arrow keys walk. The caller memoises it on data, scales and scheme.
 */
export function placeMarks(
  series: readonly ClaimSeries[],
  px: (x: number) => number,
  py: (y: number) => number,
  colorOf: (key: string) => string,
  labelOf: (mark: ClaimMark) => string,
  /** The plot's left and right edges: dodged marks stay between them. */
  xBounds?: readonly [number, number],
  /** The plot's top: a vague band reaching above the scale is cut there. */
  yTop = -Infinity,
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
        band: mark.band ? { yLow: py(mark.band.low), yHigh: Math.max(yTop, py(mark.band.high)) } : null,
        color,
        label: labelOf(mark),
      });
    }
  }
  const xs = dodgeX(placed, undefined, xBounds);
  placed.forEach((item, i) => (item.x = xs[i]!));
  return placed.sort((a, b) => a.x - b.x || a.y - b.y);
}

/** Props of the marks layer. */
export interface ChartMarksProps {
  placed: readonly PlacedMark[];
  selectedMarkId: string | null;
  activeMarkId: string | null;
  /** Series key whose marks stand out (legend hover); the others fade. */
  highlightKey?: string | null;
  tooltipId: string;
  /** Width of a vague claim's band: a day's width, at least 8 px. */
  bandWidth: number;
  onSelect: (mark: ClaimMark) => void;
  onActive: (focus: MarkFocus | null) => void;
}

interface MarkProps extends Omit<
  ChartMarksProps,
  'placed' | 'selectedMarkId' | 'activeMarkId' | 'highlightKey'
> {
  item: PlacedMark;
  selected: boolean;
  active: boolean;
  dimmed: boolean;
  /** The one mark the Tab key reaches; the arrow keys move between the others. */
  tabbable: boolean;
  onFocusMark: (id: string) => void;
}

/** Half the side of the invisible hit target around every symbol: 24 x 24 px at least, for fingers. */
const HIT = 12;

/**
 * One claim (or bin): a band for vague amounts, a bar for a range or a bin's spread, and a symbol at its middle (a
 * bin's median) unless every claim in it is vague. An invisible target makes every mark at least 24 x 24 px.
 */
const Mark = memo(function Mark(props: MarkProps) {
  const { item, selected, active, dimmed, tabbable, tooltipId, onSelect, onActive } = props;
  const { mark, x, y, yLow, yHigh, color } = item;
  const r = (mark.count > 1 ? Math.min(9, 4 + Math.sqrt(mark.points)) : 5) + (selected ? 2 : 0);
  const report = () => onActive({ mark, x, y });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(mark);
  };
  return (
    <g
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={item.label}
      aria-pressed={selected}
      aria-describedby={active ? tooltipId : undefined}
      className="chart-mark"
      data-selected={selected || undefined}
      data-count={mark.count}
      opacity={dimmed ? 0.2 : undefined}
      onClick={() => onSelect(mark)}
      onKeyDown={onKeyDown}
      onMouseEnter={report}
      onFocus={() => {
        props.onFocusMark(mark.id);
        report();
      }}
      onMouseLeave={() => onActive(null)}
      onBlur={() => onActive(null)}
    >
      <rect
        className="chart-mark__hit"
        x={x - HIT}
        y={y - HIT}
        width={2 * HIT}
        height={2 * HIT}
        fill="transparent"
      />
      {!mark.vague && mark.low !== mark.high && (
        <path
          d={`M${x - 4},${yHigh}h8M${x},${yHigh}V${yLow}M${x - 4},${yLow}h8`}
          stroke={color}
          strokeWidth={mark.count > 1 ? 1 : 2}
          strokeOpacity={mark.count > 1 ? 0.6 : 1}
        />
      )}
      {!mark.vague && selected && (
        <circle cx={x} cy={y} r={r + 3} fill="none" stroke="#111" strokeWidth={2} />
      )}
      {mark.corrected && (
        // A small black diamond at the upper right: this value is an analyst's correction.
        <path className="chart-mark__corrected" d={`M${x + r},${y - r - 5}l4,4l-4,4l-4,-4z`} fill="#111" />
      )}
      {!mark.vague && (
        <circle
          className="chart-mark__symbol"
          cx={x}
          cy={y}
          r={r}
          fill={mark.forecast ? '#fff' : color}
          stroke={mark.forecast ? color : '#fff'}
          strokeWidth={mark.forecast ? 2 : 1}
          strokeDasharray={mark.forecast ? '3 2' : undefined}
        />
      )}
    </g>
  );
});

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Every mark, from precomputed geometry, as one tab stop: Tab reaches one mark (the last focused, else the
 * selected, else the first) and the arrow keys, Home and End move between the marks in reading order. Each mark
 * is memoised on its own item and flags, so a selection or a hover re-renders the marks whose state changed.
 */
export const ChartMarks = memo(function ChartMarks({
  placed,
  selectedMarkId,
  activeMarkId,
  highlightKey = null,
  ...rest
}: ChartMarksProps) {
  const group = useRef<SVGGElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const has = (id: string | null) => id !== null && placed.some((p) => p.mark.id === id);
  const tabbableId = has(focusedId)
    ? focusedId
    : has(selectedMarkId)
      ? selectedMarkId
      : (placed[0]?.mark.id ?? null);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const marks = [...(group.current?.querySelectorAll<SVGGElement>('.chart-mark') ?? [])];
    const at = marks.indexOf((event.target as Element).closest('.chart-mark') as SVGGElement);
    if (at < 0) return;
    const step = STEPS[event.key];
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? marks.length - 1 : step ? at + step : null;
    if (next === null) return;
    event.preventDefault();
    marks[Math.max(0, Math.min(marks.length - 1, next))]?.focus();
  };
  const bandWide = Math.max(rest.bandWidth, 10);
  return (
    <g ref={group} className="chart-marks" onKeyDown={onKeyDown}>
      {/* Bands lie under every mark, so a point inside a vague band of its day stays clickable; a click on the
          band itself selects its mark (the mark's own target is the keyboard's and the band's middle). */}
      <g className="chart-bands">
        {placed.map(({ mark, x, y, band, color }) =>
          band ? (
            <rect
              key={mark.id}
              x={x - bandWide / 2}
              y={band.yHigh}
              width={bandWide}
              height={Math.max(1, band.yLow - band.yHigh)}
              fill={color}
              fillOpacity={0.2}
              stroke={mark.vague && mark.id === selectedMarkId ? '#111' : 'none'}
              opacity={highlightKey !== null && mark.key !== highlightKey ? 0.2 : undefined}
              onClick={() => rest.onSelect(mark)}
              onMouseEnter={() => rest.onActive({ mark, x, y })}
              onMouseLeave={() => rest.onActive(null)}
            />
          ) : null,
        )}
      </g>
      {placed.map((item) => (
        <Mark
          key={item.mark.id}
          {...rest}
          item={item}
          selected={item.mark.id === selectedMarkId}
          active={item.mark.id === activeMarkId}
          dimmed={highlightKey !== null && item.mark.key !== highlightKey}
          tabbable={item.mark.id === tabbableId}
          onFocusMark={setFocusedId}
        />
      ))}
    </g>
  );
});
