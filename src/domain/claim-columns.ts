/**
 * A dataset's claims as columns by position (typed arrays and arrays of shared strings), built once per claims
 * list. The chart reads these for the claims the filters let through instead of each claim object: at 50,000
 * claims, a pass that touches every object costs several milliseconds in memory traffic alone.
 */
import type { Claim, Day } from './schema';

/** Kinds drawn as force levels; increments and past deployments would read as levels and mislead. */
export const PLOTTED_KINDS: ReadonlySet<Claim['kind']> = new Set(['estimate', 'forecast']);

/** `flags` bits. */
export const PLOTTED = 1;
export const FORECAST = 2;
export const VAGUE = 4;

/** Per position: ids, troop range, kind bits and report day (a slot in `days`, or -1 when undated). */
export interface ClaimColumns {
  ids: readonly string[];
  /** The troop range with `low <= high`; 0 for a claim without one (then not PLOTTED). */
  low: Float64Array;
  high: Float64Array;
  flags: Uint8Array;
  day: Int32Array;
  /** Distinct report days in order of first sight. */
  days: readonly Day[];
}

/** The troops range to plot, or null when the claim has none (a BTG count with no size per group). */
export function troopRange(claim: Claim): { low: number; high: number } | null {
  if (claim.troopsMin === null || claim.troopsMax === null) return null;
  return {
    low: Math.min(claim.troopsMin, claim.troopsMax),
    high: Math.max(claim.troopsMin, claim.troopsMax),
  };
}

/** A claim's `flags`: plotted (sized, dated, of a plotted kind), forecast, vague. */
export function flagsOf(claim: Claim): number {
  const sized = claim.troopsMin !== null && claim.troopsMax !== null;
  return (
    (sized && claim.reportedOn && PLOTTED_KINDS.has(claim.kind) ? PLOTTED : 0) |
    (claim.kind === 'forecast' ? FORECAST : 0) |
    (claim.vague ? VAGUE : 0)
  );
}

const cache = new WeakMap<readonly Claim[], ClaimColumns>();

/** The columns of `claims`, built on first use. */
export function claimColumns(claims: readonly Claim[]): ClaimColumns {
  let columns = cache.get(claims);
  if (columns) return columns;
  const low = new Float64Array(claims.length);
  const high = new Float64Array(claims.length);
  const flags = new Uint8Array(claims.length);
  const day = new Int32Array(claims.length);
  const days: Day[] = [];
  const slots = new Map<string, number>();
  claims.forEach((claim, at) => {
    const range = troopRange(claim);
    if (range) {
      low[at] = range.low;
      high[at] = range.high;
    }
    flags[at] = flagsOf(claim);
    let slot = claim.reportedOn === null ? -1 : slots.get(claim.reportedOn);
    if (slot === undefined) {
      slot = days.push(claim.reportedOn as Day) - 1;
      slots.set(claim.reportedOn as Day, slot);
    }
    day[at] = slot;
  });
  columns = { ids: claims.map((c) => c.id), low, high, flags, day, days };
  cache.set(claims, columns);
  return columns;
}
