import { DAY_MS } from '../../domain/series-time';
import { formatCount, formatDay } from '../../domain/series-labels';
import type { EventMarker } from '../../domain/series-scale';
import { MONTH_ABBREVIATIONS } from '../../domain/months';

/** "7 Feb" for UTC milliseconds, rounded to the nearest day (an inverted pixel lands a hair off midnight). */
export function shortDay(x: number): string {
  const d = new Date(Math.round(x / DAY_MS) * DAY_MS);
  return `${d.getUTCDate()} ${MONTH_ABBREVIATIONS[d.getUTCMonth()]}`;
}

/** "1.2M", "150k" or "900": troop counts short enough for the y axis. */
export function shortCount(n: number): string {
  if (n >= 1_000_000) return `${Math.round(n / 100_000) / 10}M`;
  return n >= 1000 ? `${formatCount(n / 1000)}k` : formatCount(n);
}

/** An event marker's hover title: its first three events by date, then how many more share it. */
export function markerTitle(marker: EventMarker): string {
  const shown = marker.events.slice(0, 3).map((e) => `${formatDay(e.day)}: ${e.title}`);
  const more = marker.events.length - shown.length;
  return more > 0 ? `${shown.join('\n')}\nand ${more} more` : shown.join('\n');
}
