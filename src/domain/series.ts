/**
 * Chart data as pure functions: marks per claim (or per bin when claims outnumber pixels), grouped into one
 * series per claimant key, plus event lines. The chart only draws what this computes.
 */
import type { Claim, CrisisEvent, Day } from './schema';
import { binCentre, binStart, DAY_MS, dayToX, niceCeil, type Binning } from './series-time';

/** Kinds drawn as force levels; increments and past deployments would read as levels and mislead. */
export const PLOTTED_KINDS: ReadonlySet<Claim['kind']> = new Set(['estimate', 'forecast']);

/** One mark: a claim, or a bin of claims of one series, one day/week/month and one kind. */
export interface ClaimMark {
  /** The claim id, or a bin id derived from series, kind and bin start. */
  id: string;
  claimIds: readonly string[];
  /** The claim a click on the mark selects: the claim itself, or the bin's largest. */
  claimId: string;
  key: string;
  day: Day;
  /** UTC milliseconds where it is drawn: `day`, or the middle of its week or month. */
  x: number;
  low: number;
  high: number;
  /** Where the symbol sits: the middle of the range. */
  mid: number;
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

/** One claim's mark; a day bin starts as its first claim's mark under the bin's own id. */
function markOf(
  claim: Claim,
  key: string,
  day: Day,
  x: number,
  low: number,
  high: number,
  id = claim.id,
): Bin {
  const forecast = claim.kind === 'forecast';
  const mid = (low + high) / 2;
  return {
    id,
    claimIds: [claim.id],
    claimId: claim.id,
    key,
    day,
    x,
    low,
    high,
    mid,
    vague: claim.vague,
    forecast,
    count: 1,
    ...(isCorrected(claim) ? { corrected: true as const } : {}),
  };
}

function isCorrected(claim: Claim & { review?: { status: string } }): boolean {
  return claim.review?.status === 'corrected';
}

type Bin = ClaimMark & { claimIds: string[] };

function binId(key: string, forecast: boolean, binning: Binning, start: Day): string {
  return `${key}|${forecast ? 'forecast' : 'estimate'}|${binning}|${start}`;
}

/** Folds `mark` into `bin` in place; bins are private to this module, so mutation keeps 50,000 claims linear. */
function absorb(bin: Bin, mark: ClaimMark): void {
  for (const id of mark.claimIds) bin.claimIds.push(id);
  if (mark.mid > bin.mid || (mark.mid === bin.mid && mark.claimId < bin.claimId)) {
    bin.claimId = mark.claimId;
    bin.mid = mark.mid;
  }
  bin.low = Math.min(bin.low, mark.low);
  bin.high = Math.max(bin.high, mark.high);
  bin.vague = bin.vague && mark.vague;
  bin.count += mark.count;
  if (mark.corrected) bin.corrected = true;
}

/** Bins marks (single claims or finer bins) by series, kind and the bin their day falls in. */
function binMarks(marks: Iterable<ClaimMark>, binning: Binning): ClaimMark[] {
  const bins = new Map<string, Bin>();
  const starts = new Map<Day, Day>();
  for (const mark of marks) {
    let day = starts.get(mark.day);
    if (day === undefined) starts.set(mark.day, (day = binStart(mark.day, binning)));
    const id = binId(mark.key, mark.forecast, binning, day);
    const bin = bins.get(id);
    if (bin) absorb(bin, mark);
    else bins.set(id, { ...mark, id, day, x: binCentre(day, binning), claimIds: [...mark.claimIds] });
  }
  return [...bins.values()];
}

function toMark(claim: Claim, keyOf: (claim: Claim) => string): ClaimMark {
  const day = claim.reportedOn as Day;
  const range = troopRange(claim) as { low: number; high: number };
  return markOf(claim, keyOf(claim), day, dayToX(day), range.low, range.high);
}

/** Day bins straight from claims, without a mark object per claim (50,000 claims become a few hundred bins). */
function binByDay(claims: readonly Claim[], keyOf: (claim: Claim) => string): ClaimMark[] {
  // Bins by kind, then key, then day: no id string is built per claim, only per new bin.
  const byKind = [new Map<string, Map<Day, Bin>>(), new Map<string, Map<Day, Bin>>()] as const;
  const out: Bin[] = [];
  for (const claim of claims) {
    const day = claim.reportedOn as Day;
    const key = keyOf(claim);
    const forecast = claim.kind === 'forecast';
    const low = Math.min(claim.troopsMin as number, claim.troopsMax as number);
    const high = Math.max(claim.troopsMin as number, claim.troopsMax as number);
    const mid = (low + high) / 2;
    const byKey = byKind[forecast ? 1 : 0];
    let byDay = byKey.get(key);
    if (!byDay) byKey.set(key, (byDay = new Map()));
    const bin = byDay.get(day);
    if (!bin) {
      const fresh: Bin = markOf(claim, key, day, dayToX(day), low, high, binId(key, forecast, 'day', day));
      byDay.set(day, fresh);
      out.push(fresh);
      continue;
    }
    bin.claimIds.push(claim.id);
    if (mid > bin.mid || (mid === bin.mid && claim.id < bin.claimId)) {
      bin.claimId = claim.id;
      bin.mid = mid;
    }
    if (low < bin.low) bin.low = low;
    if (high > bin.high) bin.high = high;
    bin.vague &&= claim.vague;
    bin.count += 1;
  }
  return out;
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

/** Builds the chart's data from the visible claims and events; `keyOf` is the claimant scheme's. */
export function buildChartData(
  claims: readonly Claim[],
  events: readonly CrisisEvent[],
  keyOf: (claim: Claim) => string,
  options: ChartOptions = {},
): ChartData {
  const plotted: Claim[] = [];
  const btgOnly: Claim[] = [];
  const notPlotted: Claim[] = [];
  for (const claim of claims) {
    const sized = claim.troopsMin !== null && claim.troopsMax !== null;
    if (!sized && claim.unit === 'btg') btgOnly.push(claim);
    else if (!sized || !claim.reportedOn || !PLOTTED_KINDS.has(claim.kind)) notPlotted.push(claim);
    else plotted.push(claim);
  }
  const maxMarks = options.maxMarks ?? 600;
  let binning: Binning = plotted.length <= maxMarks ? 'claim' : 'day';
  let binned = binning === 'claim' ? plotted.map((c) => toMark(c, keyOf)) : binByDay(plotted, keyOf);
  const days = binned;
  for (const next of ['week', 'month'] as const) {
    if (binned.length <= maxMarks) break;
    // Weeks and months are built from days: a week's bin can straddle two months.
    binned = binMarks(days, (binning = next));
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
  const lines = events
    .map((e) => ({
      id: e.id,
      x: dayToX(e.date),
      day: e.date,
      title: e.title,
      status: e.status,
      sources: e.sources.length,
    }))
    .filter((e) => xDomain !== null && e.x >= xDomain[0] && e.x <= xDomain[1])
    .sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1));
  const yMax = niceCeil(binned.reduce((max, m) => Math.max(max, m.high), 0));
  return { series, events: lines, btgOnly, notPlotted, xDomain, yMax, binning, markCount: binned.length };
}
