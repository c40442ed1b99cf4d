/**
 * Binning of plotted claims for the chart when they outnumber its pixels: by series (claimant key and kind) and
 * day, else week, else month. Runs on every filter change over up to 50,000 claims, so it works on numbers: each
 * claim's series, day, range and id are read once (from the dataset's columns where it can), the level needed is
 * found by counting, and that level's bins alone are filled from typed arrays (no object per bin of a finer level,
 * no array per claim).
 */
import type { Claim, Day } from './schema';
import { claimColumns, flagsOf, FORECAST, troopRange, VAGUE } from './claim-columns';
import { claimPositions } from './filters';
import type { ClaimMark } from './series';
import { binCentre, binStart, dayToX, type Binning } from './series-time';

/** A bin's id: series, kind, level and the day the bin starts. */
export function binId(key: string, forecast: boolean, binning: Binning, start: Day): string {
  return `${key}|${forecast ? 'forecast' : 'estimate'}|${binning}|${start}`;
}

/** The median of sorted values. */
function median(sorted: Float64Array): number {
  const at = sorted.length >> 1;
  return sorted.length % 2 ? sorted[at]! : (sorted[at - 1]! + sorted[at]!) / 2;
}

/** Numbers for strings in order of first sight. */
function numbering(): { of: (name: string) => number; names: string[] } {
  const ids = new Map<string, number>();
  const names: string[] = [];
  return {
    names,
    of(name) {
      let id = ids.get(name);
      if (id === undefined) {
        id = names.push(name) - 1;
        ids.set(name, id);
      }
      return id;
    },
  };
}

/** Each claim's bin at one level, and the bins' series and start day. */
interface Assignment {
  binOf: Int32Array;
  /** Per bin: its series number and its start (a day slot's bucket at this level). */
  seriesOf: number[];
  bucketOf: number[];
}

// Bins are numbered in order of their first claim, so a bin's first claim is the list's first of its bin.
function assign(
  series: Int32Array,
  seriesCount: number,
  slots: Int32Array,
  bucketOfSlot: Int32Array,
  buckets: number,
): Assignment {
  const binOf = new Int32Array(series.length);
  const seriesOf: number[] = [];
  const bucketOf: number[] = [];
  // One cell per series and bucket when that table is small enough; a Map otherwise (thousands of claimants).
  const cells = seriesCount * buckets;
  const table = cells <= 1 << 22 ? new Int32Array(cells).fill(-1) : null;
  const map = table ? null : new Map<number, number>();
  for (let i = 0; i < series.length; i += 1) {
    const bucket = bucketOfSlot[slots[i]!]!;
    const cell = series[i]! * buckets + bucket;
    let bin = table ? table[cell]! : (map!.get(cell) ?? -1);
    if (bin < 0) {
      bin = seriesOf.push(series[i]!) - 1;
      bucketOf.push(bucket);
      if (table) table[cell] = bin;
      else map!.set(cell, bin);
    }
    binOf[i] = bin;
  }
  return { binOf, seriesOf, bucketOf };
}

/** Day slots grouped into the buckets of a level: the bucket number of each slot, and each bucket's start day. */
function bucketsAt(days: readonly Day[], binning: Binning): { ofSlot: Int32Array; starts: Day[] } {
  const starts = numbering();
  const ofSlot = Int32Array.from(days, (day) => starts.of(binStart(day, binning)));
  return { ofSlot, starts: starts.names as Day[] };
}

/** The plotted claims as the binning reads them: per claim its series, day slot, range, bits and id. */
interface Rows {
  series: Int32Array;
  slot: Int32Array;
  low: Float64Array;
  high: Float64Array;
  /** FORECAST and VAGUE bits, and CORRECTED for a claim an analyst corrected. */
  bits: Uint8Array;
  ids: string[];
  seriesNames: readonly string[];
  days: readonly Day[];
}

const CORRECTED = 8;

/**
 * Reads the claims at `taken` into rows: from the dataset's columns where the list comes from the filters and the
 * claim is the dataset's own (no object is touched), from the claim itself otherwise (a reviewed copy).
 */
function readRows(
  claims: readonly Claim[],
  taken: Int32Array,
  keyOf: (claim: Claim, at: number) => string,
): Rows {
  const n = taken.length;
  const from = claimPositions(claims);
  const columns = from ? claimColumns(from.source) : null;
  const seriesNames = numbering();
  const dayNames = numbering();
  // A dataset day slot's number here, filled on first sight.
  const dayOfSlot = columns ? new Int32Array(columns.days.length).fill(-1) : null;
  const rows: Rows = {
    series: new Int32Array(n),
    slot: new Int32Array(n),
    low: new Float64Array(n),
    high: new Float64Array(n),
    bits: new Uint8Array(n),
    ids: new Array<string>(n),
    seriesNames: seriesNames.names,
    days: dayNames.names as Day[],
  };
  for (let i = 0; i < n; i += 1) {
    const at = taken[i]!;
    const claim = claims[at]!;
    const position = from ? from.at[at]! : -1;
    let forecast: boolean;
    if (columns && from!.source[position] === claim) {
      const flags = columns.flags[position]!;
      forecast = (flags & FORECAST) !== 0;
      rows.bits[i] = flags & (FORECAST | VAGUE);
      rows.low[i] = columns.low[position]!;
      rows.high[i] = columns.high[position]!;
      rows.ids[i] = columns.ids[position]!;
      const daySlot = columns.day[position]!;
      let own = dayOfSlot![daySlot]!;
      if (own < 0) dayOfSlot![daySlot] = own = dayNames.of(columns.days[daySlot]!);
      rows.slot[i] = own;
    } else {
      const flags = flagsOf(claim);
      forecast = (flags & FORECAST) !== 0;
      const corrected = (claim as Claim & { review?: { status: string } }).review?.status === 'corrected';
      rows.bits[i] = (flags & (FORECAST | VAGUE)) | (corrected ? CORRECTED : 0);
      const range = troopRange(claim)!;
      rows.low[i] = range.low;
      rows.high[i] = range.high;
      rows.ids[i] = claim.id;
      rows.slot[i] = dayNames.of(claim.reportedOn as Day);
    }
    rows.series[i] = seriesNames.of(keyOf(claim, at)) * 2 + (forecast ? 1 : 0);
  }
  return rows;
}

/**
 * Bins the claims of `claims` at the indexes `taken` (plotted: sized, dated, of a plotted kind; `keyOf` gives a
 * claim's series key) at the finest level of day, week and month that gives at most `maxMarks` bins (month at
 * most). A bin stands for its point estimates by median and spread; vague claims only widen its band.
 */
export function binClaims(
  claims: readonly Claim[],
  taken: Int32Array,
  keyOf: (claim: Claim, at: number) => string,
  maxMarks: number,
): { binning: Binning; marks: ClaimMark[] } {
  const rows = readRows(claims, taken, keyOf);
  let binning: Binning = 'day';
  let level = bucketsAt(rows.days, binning);
  const seriesCount = rows.seriesNames.length * 2;
  let bins = assign(rows.series, seriesCount, rows.slot, level.ofSlot, level.starts.length);
  for (const next of ['week', 'month'] as const) {
    if (bins.seriesOf.length <= maxMarks) break;
    binning = next;
    level = bucketsAt(rows.days, binning);
    bins = assign(rows.series, seriesCount, rows.slot, level.ofSlot, level.starts.length);
  }
  return { binning, marks: fill(rows, bins, level.starts, binning) };
}

// Counts per bin, then each bin's claims and point estimates laid out contiguously (a counting sort), so the
// medians sort small typed slices and the id lists are cut once.
function fill(
  rows: Rows,
  { binOf, seriesOf, bucketOf }: Assignment,
  starts: readonly Day[],
  binning: Binning,
): ClaimMark[] {
  const n = binOf.length;
  const size = seriesOf.length;
  const count = new Int32Array(size);
  const points = new Int32Array(size);
  const bandLow = new Float64Array(size).fill(Infinity);
  const bandHigh = new Float64Array(size).fill(-Infinity);
  const corrected = new Uint8Array(size);
  for (let i = 0; i < n; i += 1) {
    const bin = binOf[i]!;
    const bits = rows.bits[i]!;
    count[bin] = count[bin]! + 1;
    if (bits & VAGUE) {
      if (rows.low[i]! < bandLow[bin]!) bandLow[bin] = rows.low[i]!;
      if (rows.high[i]! > bandHigh[bin]!) bandHigh[bin] = rows.high[i]!;
    } else points[bin] = points[bin]! + 1;
    if (bits & CORRECTED) corrected[bin] = 1;
  }
  const claimStart = new Int32Array(size + 1);
  const valueStart = new Int32Array(size + 1);
  for (let bin = 0; bin < size; bin += 1) {
    claimStart[bin + 1] = claimStart[bin]! + count[bin]!;
    valueStart[bin + 1] = valueStart[bin]! + points[bin]!;
  }
  const claimAt = claimStart.slice(0, size);
  const valueAt = valueStart.slice(0, size);
  const order = new Int32Array(n);
  const values = new Float64Array(valueStart[size]!);
  for (let i = 0; i < n; i += 1) {
    const bin = binOf[i]!;
    order[claimAt[bin]!] = i;
    claimAt[bin] = claimAt[bin]! + 1;
    if (rows.bits[i]! & VAGUE) continue;
    values[valueAt[bin]!] = (rows.low[i]! + rows.high[i]!) / 2;
    valueAt[bin] = valueAt[bin]! + 1;
  }
  const marks: ClaimMark[] = [];
  for (let bin = 0; bin < size; bin += 1) {
    const key = rows.seriesNames[seriesOf[bin]! >> 1]!;
    const forecast = (seriesOf[bin]! & 1) === 1;
    const day = starts[bucketOf[bin]!]!;
    const claimIds: string[] = [];
    for (let j = claimStart[bin]!; j < claimStart[bin + 1]!; j += 1) claimIds.push(rows.ids[order[j]!]!);
    const band = bandLow[bin]! <= bandHigh[bin]! ? { low: bandLow[bin]!, high: bandHigh[bin]! } : null;
    const own = values.subarray(valueStart[bin]!, valueStart[bin + 1]!).sort();
    const vague = own.length === 0;
    const low = vague ? band!.low : own[0]!;
    const high = vague ? band!.high : own[own.length - 1]!;
    marks.push({
      id: binId(key, forecast, binning, day),
      claimIds,
      claimId: claimIds[0]!,
      key,
      day,
      x: binning === 'day' ? dayToX(day) : binCentre(day, binning),
      low,
      high,
      mid: vague ? (low + high) / 2 : median(own),
      band,
      points: points[bin]!,
      vague,
      forecast,
      count: count[bin]!,
      ...(corrected[bin] === 1 ? { corrected: true as const } : {}),
    });
  }
  return marks;
}
