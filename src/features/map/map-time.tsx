import { useEffect, useMemo } from 'react';
import { formatDay } from '../../domain/series-labels';

/** Time between two steps while playing. */
export const PLAY_STEP_MS = 700;

/** Props: the days that have claims (sorted), the day shown up to (null: every claim), and what to do on change. */
export interface MapTimeProps {
  days: readonly string[];
  day: string | null;
  playing: boolean;
  onDayChange: (day: string | null) => void;
  onPlayingChange: (playing: boolean) => void;
}

/**
 * A time control for the map: a slider over the days with claims shows those reported up to the chosen day, and
 * Play steps through the days (from the first, or on from the chosen one) until the last, then stops.
 */
export function MapTime({ days, day, playing, onDayChange, onPlayingChange }: MapTimeProps) {
  const at = day === null ? days.length - 1 : Math.max(0, days.indexOf(day));
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      if (at >= days.length - 1) onPlayingChange(false);
      else onDayChange(days[at + 1]!);
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, at, days, onDayChange, onPlayingChange]);
  const label = useMemo(
    () => (day === null ? 'All dates' : `Claims reported up to ${formatDay(day)}`),
    [day],
  );
  if (days.length < 2) return null;
  const play = () => {
    if (day === null || at >= days.length - 1) onDayChange(days[0]!);
    onPlayingChange(true);
  };
  return (
    <div className="map-time" role="group" aria-label="Map time">
      <button type="button" onClick={playing ? () => onPlayingChange(false) : play}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <input
        type="range"
        aria-label="Map date"
        aria-valuetext={label}
        min={0}
        max={days.length - 1}
        value={at}
        onChange={(event) => {
          onPlayingChange(false);
          const next = Number(event.target.value);
          onDayChange(next >= days.length - 1 ? null : days[next]!);
        }}
      />
      <span className="map-time__label">{label}</span>
      {day !== null && (
        <button
          type="button"
          onClick={() => {
            onPlayingChange(false);
            onDayChange(null);
          }}
        >
          All dates
        </button>
      )}
    </div>
  );
}
