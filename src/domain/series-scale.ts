/** Pixel geometry of the chart, pure: linear scales, count ticks and event markers that never overlap. */
import type { EventLine } from './series';
import { timeTicks } from './series-time';

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

/** A stretch of the time axis without marks, drawn shortened (`breakPx` wide) instead of to scale. */
export interface AxisBreak {
  from: number;
  to: number;
  px0: number;
  px1: number;
}

/** A time axis whose long empty stretches are shortened, so dense weeks keep their width on a phone. */
export interface TimeAxis {
  px: (x: number) => number;
  /** Maps a pixel back to UTC milliseconds: what the axis labels name. */
  invert: (px: number) => number;
  /** The stretches drawn to scale, in order. */
  segments: { from: number; to: number; px0: number; px1: number }[];
  breaks: AxisBreak[];
  /** Pixels per day where time is drawn to scale. */
  dayPx: number;
}

const DAY = 86_400_000;

/**
 * Maps UTC milliseconds in `domain` onto `range`. A stretch between two consecutive mark days `xs` (sorted) that
 * is longer than a week and than a quarter of the domain keeps a day next to each mark and is drawn `breakPx` wide;
 * the rest shares the remaining pixels linearly.
 */
export function timeAxis(
  xs: readonly number[],
  [lo, hi]: readonly [number, number],
  [r0, r1]: readonly [number, number],
  breakPx = 24,
): TimeAxis {
  const span = Math.max(DAY, hi - lo);
  const gaps: [number, number][] = [];
  for (let i = 1; i < xs.length; i++) {
    const [a, b] = [(xs[i - 1] as number) + DAY, (xs[i] as number) - DAY];
    if (b - a > Math.max(7 * DAY, span / 4)) gaps.push([a, b]);
  }
  const hidden = gaps.reduce((sum, [a, b]) => sum + (b - a), 0);
  const k = Math.max(0, r1 - r0 - gaps.length * breakPx) / Math.max(DAY, span - hidden);
  const segments: TimeAxis['segments'] = [];
  const breaks: AxisBreak[] = [];
  let at = lo;
  let p = r0;
  for (const [a, b] of gaps) {
    segments.push({ from: at, to: a, px0: p, px1: p + (a - at) * k });
    p += (a - at) * k;
    breaks.push({ from: a, to: b, px0: p, px1: p + breakPx });
    [at, p] = [b, p + breakPx];
  }
  segments.push({ from: at, to: hi, px0: p, px1: r1 });
  const px = (x: number): number => {
    for (const gap of breaks) {
      if (x < gap.from) break;
      if (x <= gap.to) return gap.px0 + ((x - gap.from) / Math.max(1, gap.to - gap.from)) * breakPx;
    }
    const seg = segments.find((s) => x <= s.to) ?? segments[segments.length - 1];
    return seg ? seg.px0 + (x - seg.from) * k : r0;
  };
  const invert = (at: number): number => {
    for (const gap of breaks) {
      if (at < gap.px0) break;
      if (at <= gap.px1) return gap.from + ((at - gap.px0) / breakPx) * (gap.to - gap.from);
    }
    const seg = segments.find((s) => at <= s.px1) ?? segments[segments.length - 1];
    return seg && k > 0 ? seg.from + (at - seg.px0) / k : lo;
  };
  return { px, invert, segments, breaks, dayPx: k * DAY };
}

/**
 * Day ticks of each to-scale stretch (about one per `spacing` pixels; a stretch too short for any gets its middle
 * day), keeping only ticks at least `spacing` pixels apart so no two labels overlap.
 */
export function axisTicks(axis: TimeAxis, spacing: number): number[] {
  const ticks: number[] = [];
  let last = -Infinity;
  for (const seg of axis.segments) {
    let own = timeTicks([seg.from, seg.to], Math.max(1, Math.floor((seg.px1 - seg.px0) / spacing)));
    if (own.length === 0) own = [Math.round((seg.from + seg.to) / 2 / DAY) * DAY];
    for (const tick of own) {
      const at = axis.px(tick);
      if (at - last < spacing) continue;
      ticks.push(tick);
      last = at;
    }
  }
  return ticks;
}
