import { memo, useCallback, type KeyboardEvent } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import type { ClaimMark, ClaimSeries } from '../../domain/series';

/** Where a mark sits on screen, reported so the chart can place its tooltip. */
export interface MarkFocus {
  mark: ClaimMark;
  x: number;
  y: number;
}

/** Props of the marks layer. */
export interface ChartMarksProps {
  series: readonly ClaimSeries[];
  colorOf: (key: string) => string;
  labelOf: (mark: ClaimMark) => string;
  selectedMarkId: string | null;
  activeMarkId: string | null;
  tooltipId: string;
  dayWidth: number;
  onSelect: (claimId: string) => void;
  onActive: (focus: MarkFocus | null) => void;
}

interface MarkProps extends Omit<ChartMarksProps, 'series' | 'colorOf' | 'selectedMarkId' | 'activeMarkId'> {
  mark: ClaimMark;
  color: string;
  selected: boolean;
  active: boolean;
  px: (value: number) => number;
  py: (value: number) => number;
}

/** One claim (or bin): a band when vague, a bar when a range, and a focusable symbol at its middle. */
const Mark = memo(function Mark(props: MarkProps) {
  const { mark, color, selected, active, px, py, dayWidth, labelOf, tooltipId, onSelect, onActive } = props;
  const x = px(mark.x);
  const yLow = py(mark.low);
  const yHigh = py(mark.high);
  const y = py(mark.mid);
  const r = (mark.count > 1 ? Math.min(9, 4 + Math.sqrt(mark.count)) : 5) + (selected ? 2 : 0);
  const report = () => onActive({ mark, x, y });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(mark.claimId);
  };
  const bandWidth = Math.max(8, dayWidth);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={labelOf(mark)}
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
          strokeWidth={2}
        />
      ) : null}
      {selected && <circle cx={x} cy={y} r={r + 3} fill="none" stroke="#111" strokeWidth={2} />}
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

/** Draws every mark with the chart's own scales; a child of the Recharts chart. */
export function ChartMarks({ series, colorOf, selectedMarkId, activeMarkId, ...rest }: ChartMarksProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  // Stable per scale, so unchanged marks skip re-rendering when only the selection moves.
  const px = useCallback((value: number) => xScale?.(value) ?? 0, [xScale]);
  const py = useCallback((value: number) => yScale?.(value) ?? 0, [yScale]);
  if (!xScale || !yScale) return null;
  return (
    <g className="chart-marks">
      {series.map((s) =>
        s.marks.map((mark) => (
          <Mark
            key={mark.id}
            {...rest}
            mark={mark}
            color={colorOf(s.key)}
            selected={mark.id === selectedMarkId}
            active={mark.id === activeMarkId}
            px={px}
            py={py}
          />
        )),
      )}
    </g>
  );
}
