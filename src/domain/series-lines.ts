/** Comparison mode's lines: each claimant series' point estimates joined in date order, with their spread as a band. */
import type { ClaimSeries } from './series';

/** One point of a line: where it is, its estimate (a bin's median) and the range around it. */
export interface LinePoint {
  x: number;
  mid: number;
  low: number;
  high: number;
}

/** One series' line. */
export interface SeriesLine {
  key: string;
  points: LinePoint[];
}

/**
 * The lines to draw: estimates only (a forecast is about another moment, so joining it would draw a trend nobody
 * claimed), and only marks with a point estimate (vague amounts stay bands). Marks come sorted by x.
 */
export function seriesLines(series: readonly ClaimSeries[]): SeriesLine[] {
  return series
    .map((s) => ({
      key: s.key,
      points: s.marks
        .filter((m) => !m.forecast && m.points > 0)
        .map((m) => ({ x: m.x, mid: m.mid, low: m.low, high: m.high })),
    }))
    .filter((line) => line.points.length > 0);
}
