/**
 * Chart data as pure functions: marks per claim (or per bin when claims outnumber pixels), grouped into one
 * series per claimant key, plus event lines. The chart only draws what this computes.
 */
import type { Claim, CrisisEvent, Day } from './schema';
import { claimColumns, flagsOf, PLOTTED, troopRange } from './claim-columns';
import { claimPositions } from './filters';
import { binClaims, binId } from './series-bins';
import { binStart, DAY_MS, dayToX, niceCeil, type Binning } from './series-time';

/**
 * One mark: a claim, or a bin of claims of one series, one day/week/month and one kind. A bin stands for its point
 * estimates by their median and spread; vague amounts ("tens of thousands") have no point estimate, so they are
 * left out of the median and drawn as a band of their own.
 */
export interface ClaimMark {
  /** The claim id, or a bin id derived from series, kind and bin start. */
  id: string;
  claimIds: readonly string[];
  /** The claim a click on a one-claim mark selects, and whose quote a tooltip shows; a bin's first claim. */
  claimId: string;
  key: string;
  day: Day;
  /** UTC milliseconds where it is drawn: `day`, or the middle of its week or month. */
  x: number;
  /** A claim's range, or the lowest and highest point estimate of a bin (its vague band when it has none). */
  low: number;
  high: number;
  /** Where the symbol sits: a claim's middle, or the median of a bin's point estimates. */
  mid: number;
  /** The union of the vague claims' interpreted ranges, or null when there are none. */
  band: { low: number; high: number } | null;
  /** How many claims have a point estimate (are not vague). */
  points: number;
  /** Every claim is vague: the mark is a band only, with no point. */
  vague: boolean;
  forecast: boolean;
  count: number;
  /** Set when the claim (or one in the bin) was corrected by an analyst. */
  corrected?: true;
}

/** One claimant key's marks. */
export interface ClaimSeries {
  key: string;
  marks: ClaimMark[];
}

/** An event inside the plotted dates: a marker along the top of the plot and an entry of the events list. */
export interface EventLine {
  id: string;
  x: number;
  day: Day;
  title: string;
  status: CrisisEvent['status'];
  /** How many article passages report it: the most-sourced events get markers first. */
  sources: number;
}

/** Everything the chart draws, and what it had to leave out. */
export interface ChartData {
  series: ClaimSeries[];
  events: EventLine[];
  /** BTG counts without a size per group: no troop number to plot. */
  btgOnly: Claim[];
  /** Claims with no report date, past deployments and increments: in the table only. */
  notPlotted: Claim[];
  xDomain: [number, number] | null;
  yMax: number;
  binning: Binning;
  markCount: number;
}

/** Options: the date filter (it bounds the x domain) and the most marks worth drawing. */
export interface ChartOptions {
  from?: Day | null;
  to?: Day | null;
  maxMarks?: number;
}

/** One claim's own mark: its full range, and a band when it is vague. */
function toMark(claim: Claim, key: string): ClaimMark {
  const day = claim.reportedOn as Day;
  const { low, high } = troopRange(claim) as { low: number; high: number };
  return {
    id: claim.id,
    claimIds: [claim.id],
    claimId: claim.id,
    key,
    day,
    x: dayToX(day),
    low,
    high,
    mid: (low + high) / 2,
    band: claim.vague ? { low, high } : null,
    points: claim.vague ? 0 : 1,
    vague: claim.vague,
    forecast: claim.kind === 'forecast',
    count: 1,
    ...(isCorrected(claim) ? { corrected: true as const } : {}),
  };
}

function isCorrected(claim: Claim & { review?: { status: string } }): boolean {
  return claim.review?.status === 'corrected';
}

/** The id of the mark that stands for `claim` under `binning` (what the chart emphasises when it is selected). */
export function markIdOf(claim: Claim, keyOf: (claim: Claim) => string, binning: Binning): string | null {
  if (binning === 'claim' || !claim.reportedOn) return claim.id;
  return binId(keyOf(claim), claim.kind === 'forecast', binning, binStart(claim.reportedOn, binning));
}

/**
 * The plotted marks' dates with a little padding (a long filter range or empty months do not squeeze the marks),
 * kept inside the date filter. `marks` must be sorted by x.
 */
function fitDomain(marks: readonly ClaimMark[], options: ChartOptions): [number, number] | null {
  const first = marks[0]?.x;
  const last = marks[marks.length - 1]?.x;
  if (first === undefined || last === undefined) return null;
  // Whole days, so the domain starts and ends on a day like the ticks.
  const pad = Math.max(1, Math.round(((last - first) / DAY_MS) * 0.03)) * DAY_MS;
  const lo = options.from ? Math.max(dayToX(options.from) - DAY_MS, first - pad) : first - pad;
  const hi = options.to ? Math.min(dayToX(options.to) + DAY_MS, last + pad) : last + pad;
  return [lo, hi];
}

/**
 * Builds the chart's data from the visible claims and events; `keyOf` is the claimant scheme's (it is also told
 * the claim's position in `claims`, so a caller with the keys at hand need not look them up again).
 */
export function buildChartData(
  claims: readonly Claim[],
  events: readonly CrisisEvent[],
  keyOf: (claim: Claim, at: number) => string,
  options: ChartOptions = {},
): ChartData {
  // Indexes of the plotted claims, told apart by the dataset's columns where the list comes from the filters (at
  // volume nearly every claim is plotted: neither a copy of the list nor a read of each claim object).
  const from = claimPositions(claims);
  const columns = from ? claimColumns(from.source) : null;
  const plotted = new Int32Array(claims.length);
  let plottedCount = 0;
  const btgOnly: Claim[] = [];
  const notPlotted: Claim[] = [];
  for (let at = 0; at < claims.length; at += 1) {
    const claim = claims[at]!;
    const position = from ? from.at[at]! : -1;
    const own = columns !== null && from!.source[position] === claim;
    if ((own ? columns.flags[position]! : flagsOf(claim)) & PLOTTED) {
      plotted[plottedCount++] = at;
      continue;
    }
    const sized = claim.troopsMin !== null && claim.troopsMax !== null;
    if (!sized && claim.unit === 'btg') btgOnly.push(claim);
    else notPlotted.push(claim);
  }
  const taken = plotted.subarray(0, plottedCount);
  const maxMarks = options.maxMarks ?? 600;
  let binning: Binning = 'claim';
  let binned: ClaimMark[];
  if (plottedCount <= maxMarks)
    binned = Array.from(taken, (at) => toMark(claims[at]!, keyOf(claims[at]!, at)));
  else ({ binning, marks: binned } = binClaims(claims, taken, keyOf, maxMarks));
  binned.sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1));
  const byKey = new Map<string, ClaimMark[]>();
  for (const mark of binned) {
    const list = byKey.get(mark.key);
    if (list) list.push(mark);
    else byKey.set(mark.key, [mark]);
  }
  const series = [...byKey.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, keyMarks]) => ({ key, marks: keyMarks }));
  const xDomain = fitDomain(binned, options);
  const lines: EventLine[] = [];
  if (xDomain !== null) {
    for (const e of events) {
      const x = dayToX(e.date);
      if (x < xDomain[0] || x > xDomain[1]) continue;
      lines.push({ id: e.id, x, day: e.date, title: e.title, status: e.status, sources: e.sources.length });
    }
    lines.sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1));
  }
  // The scale fits the numbers claimed as numbers; a vague amount's interpreted range ("hundreds of thousands",
  // up to 900,000) would otherwise squash every estimate to the floor, so its band is cut at the top instead.
  const pointMax = binned.reduce((max, m) => (m.points > 0 ? Math.max(max, m.high) : max), 0);
  const yMax = niceCeil(pointMax || binned.reduce((max, m) => Math.max(max, m.band?.high ?? m.high), 0));
  return { series, events: lines, btgOnly, notPlotted, xDomain, yMax, binning, markCount: binned.length };
}
