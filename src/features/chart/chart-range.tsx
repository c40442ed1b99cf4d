import { dayToX, xToDay } from '../../domain/series-time';
import { formatDay } from '../../domain/series-labels';
import type { Day } from '../../domain/schema';

const DAY_MS = 86_400_000;

/** Props: the dataset's full date extent, the current filter, and where changes go. */
export interface ChartRangeProps {
  extent: { min: Day; max: Day };
  from: Day | null;
  to: Day | null;
  onChange: (range: { from: Day | null; to: Day | null }) => void;
}

/**
 * Two native sliders over the dataset's days (keyboard and screen readers handle them as they are);
 * an end at the extent's edge clears that side of the filter, so dragging back restores "all dates".
 */
export function ChartRange({ extent, from, to, onChange }: ChartRangeProps) {
  const max = Math.round((dayToX(extent.max) - dayToX(extent.min)) / DAY_MS);
  if (max <= 0) return null;
  const indexOf = (day: Day | null, fallback: number) =>
    day === null
      ? fallback
      : Math.min(max, Math.max(0, Math.round((dayToX(day) - dayToX(extent.min)) / DAY_MS)));
  const dayAt = (index: number) => xToDay(dayToX(extent.min) + index * DAY_MS);
  const start = indexOf(from, 0);
  const end = indexOf(to, max);
  const emit = (nextStart: number, nextEnd: number) =>
    onChange({ from: nextStart <= 0 ? null : dayAt(nextStart), to: nextEnd >= max ? null : dayAt(nextEnd) });
  return (
    <div className="chart-range" role="group" aria-label="Chart date range">
      <label>
        <span>Start of range</span>
        <input
          type="range"
          min={0}
          max={max}
          value={start}
          aria-valuetext={formatDay(dayAt(start))}
          onChange={(e) => emit(Math.min(Number(e.target.value), end), end)}
        />
      </label>
      <label>
        <span>End of range</span>
        <input
          type="range"
          min={0}
          max={max}
          value={end}
          aria-valuetext={formatDay(dayAt(end))}
          onChange={(e) => emit(start, Math.max(Number(e.target.value), start))}
        />
      </label>
      <output className="chart-range__value">
        {formatDay(dayAt(start))} – {formatDay(dayAt(end))}
      </output>
    </div>
  );
}
