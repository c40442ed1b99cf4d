/**
 * Chart data as pure functions: marks per claim (or per bin when claims outnumber pixels), grouped into one
 * series per claimant key, plus event lines. The chart only draws what this computes.
 */
import type { Claim, CrisisEvent, Day } from './schema';
import { binCentre, binStart, DAY_MS, dayToX, niceCeil, type Binning } from './series-time';

/** Kinds drawn as force levels; increments and past deployments would read as levels and mislead. */
export const PLOTTED_KINDS: ReadonlySet<Claim['kind']> = new Set(['estimate', 'forecast']);

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

/** The troops range to plot, or null when the claim has none (a BTG count with no size per group). */
export function troopRange(claim: Claim): { low: number; high: number } | null {
  if (claim.troopsMin === null || claim.troopsMax === null) return null;
  return {
    low: Math.min(claim.troopsMin, claim.troopsMax),
    high: Math.max(claim.troopsMin, claim.troopsMax),
  };
}

/**
 * A bin while it fills: its point estimates are kept until `finish` takes their median. A week or month bin keeps
 * its day bins (`parts`) instead of copying their claims, since a level may be dropped for a coarser one.
 */
type Bin = ClaimMark & { claimIds: string[]; values: number[]; parts?: Bin[] };

function binId(key: string, forecast: boolean, binning: Binning, start: Day): string {
  return `${key}|${forecast ? 'forecast' : 'estimate'}|${binning}|${start}`;
}

/** An empty bin at `day`; `add` fills it. */
function emptyBin(id: string, key: string, forecast: boolean, day: Day, x: number, first: string): Bin {
  return {
    id,
    claimIds: [],
    claimId: first,
    key,
    day,
    x,
    low: 0,
    high: 0,
    mid: 0,
    band: null,
    points: 0,
    vague: true,
    forecast,
    count: 0,
    values: [],
  };
}

/** Adds one claim's range to a bin; mutation keeps 50,000 claims linear (bins are private to this module). */
function add(bin: Bin, id: string, low: number, high: number, vague: boolean): void {
  bin.claimIds.push(id);
  bin.count += 1;
  if (!vague) {
    bin.values.push((low + high) / 2);
    bin.points += 1;
    return;
  }
  const band = bin.band;
  if (!band) bin.band = { low, high };
  else {
    if (low < band.low) band.low = low;
    if (high > band.high) band.high = high;
  }
}

/** Folds a finer bin into a coarser one; its claims and values are gathered once, by `finish`. */
function merge(bin: Bin, from: Bin): void {
  (bin.parts ??= []).push(from);
  bin.count += from.count;
  bin.points += from.points;
  if (from.corrected) bin.corrected = true;
  if (from.band) {
    if (!bin.band) bin.band = { ...from.band };
    else {
      bin.band.low = Math.min(bin.band.low, from.band.low);
      bin.band.high = Math.max(bin.band.high, from.band.high);
    }
  }
}

/** The median of sorted values. */
function median(sorted: readonly number[]): number {
  const at = sorted.length >> 1;
  return sorted.length % 2 ? sorted[at]! : (sorted[at - 1]! + sorted[at]!) / 2;
}

/** Settles a bin's position: median and spread of its point estimates, or the middle of its band. */
function finish(bin: Bin): ClaimMark {
  const { values: own, parts, ...mark } = bin;
  let values = own;
  if (parts) {
    const ids: string[] = [];
    values = [];
    for (const part of parts) {
      for (const id of part.claimIds) ids.push(id);
      for (const v of part.values) values.push(v);
    }
    mark.claimIds = ids;
  }
  if (values.length) {
    values.sort((a, b) => a - b);
    mark.mid = median(values);
    mark.low = values[0]!;
    mark.high = values[values.length - 1]!;
    mark.vague = false;
  } else if (mark.band) {
    mark.low = mark.band.low;
    mark.high = mark.band.high;
    mark.mid = (mark.low + mark.high) / 2;
  }
  return mark;
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

/** Day bins straight from claims, without a mark object per claim (50,000 claims become a few hundred bins). */
function binByDay(claims: readonly Claim[], keys: readonly string[]): Bin[] {
  // Bins by kind, then key, then day: no id string is built per claim, only per new bin.
  const byKind = [new Map<string, Map<Day, Bin>>(), new Map<string, Map<Day, Bin>>()] as const;
  const out: Bin[] = [];
  for (let i = 0; i < claims.length; i += 1) {
    const claim = claims[i]!;
    const day = claim.reportedOn as Day;
    const key = keys[i]!;
    const forecast = claim.kind === 'forecast';
    const byKey = byKind[forecast ? 1 : 0];
    let byDay = byKey.get(key);
    if (!byDay) byKey.set(key, (byDay = new Map()));
    let bin = byDay.get(day);
    if (!bin) {
      bin = emptyBin(binId(key, forecast, 'day', day), key, forecast, day, dayToX(day), claim.id);
      byDay.set(day, bin);
      out.push(bin);
    }
    const a = claim.troopsMin as number;
    const b = claim.troopsMax as number;
    add(bin, claim.id, Math.min(a, b), Math.max(a, b), claim.vague);
    if (isCorrected(claim)) bin.corrected = true;
  }
  return out;
}

/** Bins day bins by series, kind and the week or month their day falls in. */
function binBins(days: readonly Bin[], binning: Binning): Bin[] {
  const bins = new Map<string, Bin>();
  const starts = new Map<Day, Day>();
  for (const from of days) {
    let day = starts.get(from.day);
    if (day === undefined) starts.set(from.day, (day = binStart(from.day, binning)));
    const id = binId(from.key, from.forecast, binning, day);
    let bin = bins.get(id);
    if (!bin) {
      bin = emptyBin(id, from.key, from.forecast, day, binCentre(day, binning), from.claimId);
      bins.set(id, bin);
    }
    merge(bin, from);
  }
  return [...bins.values()];
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
  const plotted: Claim[] = [];
  const plottedKeys: string[] = [];
  const btgOnly: Claim[] = [];
  const notPlotted: Claim[] = [];
  claims.forEach((claim, at) => {
    const sized = claim.troopsMin !== null && claim.troopsMax !== null;
    if (!sized && claim.unit === 'btg') btgOnly.push(claim);
    else if (!sized || !claim.reportedOn || !PLOTTED_KINDS.has(claim.kind)) notPlotted.push(claim);
    else {
      plotted.push(claim);
      plottedKeys.push(keyOf(claim, at));
    }
  });
  const maxMarks = options.maxMarks ?? 600;
  let binning: Binning = plotted.length <= maxMarks ? 'claim' : 'day';
  let binned: ClaimMark[];
  if (binning === 'claim') binned = plotted.map((c, i) => toMark(c, plottedKeys[i]!));
  else {
    const days = binByDay(plotted, plottedKeys);
    let bins = days;
    for (const next of ['week', 'month'] as const) {
      if (bins.length <= maxMarks) break;
      // Weeks and months are built from days: a week's bin can straddle two months.
      bins = binBins(days, (binning = next));
    }
    binned = bins.map(finish);
  }
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
