/** Pixel geometry of the chart, pure: linear scales, count ticks and event markers that never overlap. */
import type { EventLine } from './series';

/** Maps a value of `domain` linearly onto `range` (pixels); a flat domain maps to the range's middle. */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** Ticks from 0 to `max` on round steps (1, 2, 2.5 or 5 times a power of ten), about `count` of them. */
export function countTicks(max: number, count: number): number[] {
  if (max <= 0) return [0];
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let i = 0; i * step <= max + step * 1e-9; i++) ticks.push(i * step);
  return ticks;
}

/** The `max` most-sourced events (ties: earlier, then by id), in date order. */
export function mostSourced(events: readonly EventLine[], max: number): EventLine[] {
  if (events.length <= max) return [...events];
  return [...events]
    .sort((a, b) => b.sources - a.sources || a.x - b.x || (a.id < b.id ? -1 : 1))
    .slice(0, Math.max(0, Math.floor(max)))
    .sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1));
}

/** One marker along the top of the plot: one event, or events too close together to draw apart. */
export interface EventMarker {
  /** The first event's id: stable while the same events are shown. */
  id: string;
  /** Pixel position of the marker. */
  px: number;
  events: EventLine[];
  /** Dashed when none of its events is known to have happened yet. */
  occurred: boolean;
}

/**
 * Markers for the `max` most-sourced events (`events` in date order), events closer than `minGap` pixels
 * merged into one marker, so no two markers overlap however many events there are.
 */
export function eventMarkers(
  events: readonly EventLine[],
  px: (x: number) => number,
  max: number,
  minGap: number,
): EventMarker[] {
  const chosen = mostSourced(events, max);
  const markers: EventMarker[] = [];
  for (const event of chosen) {
    const at = px(event.x);
    const last = markers[markers.length - 1];
    if (last && at - last.px < minGap) {
      last.events.push(event);
      last.occurred ||= event.status === 'occurred';
      continue;
    }
    markers.push({ id: event.id, px: at, events: [event], occurred: event.status === 'occurred' });
  }
  return markers;
}
