/** Days on a time axis, pure: UTC instants, bins, ticks and extents shared by the chart's data and its axes. */
import type { Claim, Day } from './schema';

/** Bin sizes tried in turn when there are more marks than the chart can show apart. */
export type Binning = 'claim' | 'day' | 'week' | 'month';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

// A dataset has a few hundred distinct days and the chart converts tens of thousands of claim and event days per
// filter change: remember each day's instant.
const instants = new Map<Day, number>();

/** UTC milliseconds of a YYYY-MM-DD day. */
export function dayToX(day: Day): number {
  let x = instants.get(day);
  if (x === undefined) {
    x = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
    if (instants.size < 100_000) instants.set(day, x);
  }
  return x;
}

/** The YYYY-MM-DD day of UTC milliseconds. */
export function xToDay(x: number): Day {
  return new Date(x).toISOString().slice(0, 10);
}

/** The first day of the day, week (Monday) or month bin that `day` falls in. */
export function binStart(day: Day, binning: Binning): Day {
  if (binning === 'month') return `${day.slice(0, 7)}-01`;
  if (binning !== 'week') return day;
  const x = dayToX(day);
  const sinceMonday = (new Date(x).getUTCDay() + 6) % 7;
  return xToDay(x - sinceMonday * DAY_MS);
}

/** UTC milliseconds where a bin starting on `start` is drawn: the day itself, a week's Thursday, a month's middle. */
export function binCentre(start: Day, binning: Binning): number {
  const x = dayToX(start);
  if (binning === 'week') return x + 3 * DAY_MS;
  if (binning !== 'month') return x;
  const d = new Date(x);
  const days = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return x + Math.floor(days / 2) * DAY_MS;
}

/** A round number at or above `n`, so the y axis ends on a tick. */
export function niceCeil(n: number): number {
  if (n <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * step >= n) return m * step;
  return 10 * step;
}

/** Day ticks for a time axis, about `count` of them: every 1, 2, 7 or 14 days (weeks from Mondays), or months. */
export function timeTicks(domain: readonly [number, number], count: number): number[] {
  const [lo, hi] = domain;
  const days = (hi - lo) / DAY_MS;
  const ticks: number[] = [];
  const step = [1, 2, 7, 14].find((s) => days / s <= count);
  if (step !== undefined) {
    let x = Math.ceil(lo / DAY_MS) * DAY_MS;
    const sinceMonday = (new Date(x).getUTCDay() + 6) % 7;
    if (step >= 7 && sinceMonday > 0) x += (7 - sinceMonday) * DAY_MS;
    for (; x <= hi; x += step * DAY_MS) ticks.push(x);
    return ticks;
  }
  const months = [1, 2, 3, 6, 12].find((m) => days / (30.4 * m) <= count) ?? 12;
  const first = new Date(lo);
  for (let i = first.getUTCFullYear() * 12 + first.getUTCMonth(); ; i++) {
    const x = Date.UTC(Math.floor(i / 12), i % 12, 1);
    if (x > hi) break;
    if (x >= lo && i % months === 0) ticks.push(x);
  }
  return ticks;
}

/** First and last report day of the claims (the chart's range control spans these); null when none is dated. */
export function claimDayExtent(claims: readonly Claim[]): { min: Day; max: Day } | null {
  let min: Day | null = null;
  let max: Day | null = null;
  for (const { reportedOn: day } of claims) {
    if (!day) continue;
    if (min === null || day < min) min = day;
    if (max === null || day > max) max = day;
  }
  return min && max ? { min, max } : null;
}
