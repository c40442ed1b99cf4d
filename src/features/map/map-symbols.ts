/**
 * What the map draws, computed without Leaflet: claims aggregated per place and claimant key (so 50,000 claims
 * become a few thousand symbols), sized by area against the largest value in the current filter.
 */
import type { Claim, Place } from '../../domain/schema';
import { PLOTTED_KINDS } from '../../domain/series';

/** A point on the map. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** One proportional symbol: the claims of one claimant key at one place. */
export interface PlaceSymbol {
  /** `<place id>|<claimant key>`. */
  id: string;
  place: Place;
  key: string;
  at: LatLon;
  /** The largest troop number (middle of its range) among the claims. */
  value: number;
  /** How many visible claims the symbol stands for. */
  count: number;
  /** The claim the symbol selects: the one with the largest value. */
  topClaimId: string;
}

/** Symbols (largest first, so smaller ones draw on top), the scale's maximum, and the border lines used. */
export interface MapSymbols {
  symbols: PlaceSymbol[];
  maxValue: number;
  /** Border places referred to by at least one symbol. */
  borders: Place[];
  /** Claims with no located place, or no troop number: not on the map. */
  unmapped: number;
}

/** A place and claimant key some claim of the dataset falls in: a symbol when any of its claims is visible. */
interface Slot {
  id: string;
  place: Place;
  key: string;
}

/**
 * Built once per dataset: the slots, and the slots of each claim that can be drawn. Keyed by the claim objects
 * themselves (the visible claims are the dataset's own objects), which is several times faster than by id.
 */
export interface SymbolIndex {
  slots: readonly Slot[];
  /** Slot numbers per claim; absent for claims the map cannot draw. */
  slotsOf: WeakMap<Claim, readonly number[]>;
}

/** Indexes every drawable claim of a dataset, so a filter change is a pass over numbers, not strings. */
export function buildSymbolIndex(
  claims: Iterable<Claim>,
  places: ReadonlyMap<string, Place>,
  keyOf: (claim: Claim) => string,
): SymbolIndex {
  const slots: Slot[] = [];
  const slotNumbers = new Map<string, number>();
  const slotsOf = new WeakMap<Claim, number[]>();
  for (const claim of claims) {
    if (claim.troopsMin === null || claim.troopsMax === null || !PLOTTED_KINDS.has(claim.kind)) continue;
    const key = keyOf(claim);
    const own: number[] = [];
    for (const placeId of claim.placeIds) {
      const place = places.get(placeId);
      if (!place) continue;
      const id = `${placeId}|${key}`;
      let slot = slotNumbers.get(id);
      if (slot === undefined) {
        slot = slots.push({ id, place, key }) - 1;
        slotNumbers.set(id, slot);
      }
      if (!own.includes(slot)) own.push(slot);
    }
    if (own.length) slotsOf.set(claim, own);
  }
  return { slots, slotsOf };
}

/**
 * Aggregates the visible claims into symbols. One pass over typed arrays and no allocation per claim: this
 * runs on every filter change over up to 50,000 claims. `anchorOf` puts border places on their line.
 */
export function aggregateSymbols(
  claims: readonly Claim[],
  index: SymbolIndex,
  anchorOf: (place: Place) => LatLon,
): MapSymbols {
  const size = index.slots.length;
  const counts = new Int32Array(size);
  const values = new Float64Array(size);
  const tops: (string | undefined)[] = new Array<string | undefined>(size);
  let unmapped = 0;
  for (const claim of claims) {
    const slots = index.slotsOf.get(claim);
    if (!slots) {
      unmapped += 1;
      continue;
    }
    const value = ((claim.troopsMin ?? 0) + (claim.troopsMax ?? 0)) / 2;
    for (const slot of slots) {
      const top = tops[slot];
      counts[slot] = counts[slot]! + 1;
      if (top === undefined || value > values[slot]! || (value === values[slot] && claim.id < top)) {
        values[slot] = value;
        tops[slot] = claim.id;
      }
    }
  }
  const symbols: PlaceSymbol[] = [];
  const anchors = new Map<string, LatLon>();
  for (let slot = 0; slot < size; slot += 1) {
    const topClaimId = tops[slot];
    if (topClaimId === undefined) continue;
    const { id, place, key } = index.slots[slot]!;
    let at = anchors.get(place.id);
    if (!at) anchors.set(place.id, (at = anchorOf(place)));
    symbols.push({ id, place, key, at, value: values[slot]!, count: counts[slot]!, topClaimId });
  }
  symbols.sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));
  const borders = new Map<string, Place>();
  for (const s of symbols) if (s.place.kind === 'border' && s.place.border) borders.set(s.place.id, s.place);
  return { symbols, maxValue: symbols[0]?.value ?? 0, borders: [...borders.values()], unmapped };
}

/** Ids of the symbols that hold `claim`, when it is among the visible ones. */
export function symbolsOfClaim(
  claim: Claim | undefined,
  visible: readonly Claim[],
  index: SymbolIndex,
): ReadonlySet<string> {
  const slots = claim ? index.slotsOf.get(claim) : undefined;
  if (!slots || !claim || !visible.includes(claim)) return new Set();
  return new Set(slots.map((slot) => index.slots[slot]!.id));
}

/** Largest symbol radius in pixels; area stays proportional to troops below it. */
export const MAX_RADIUS = 28;
const MIN_RADIUS = 3;

/** Radius in pixels for `value`, so that areas are proportional to troops. */
export function symbolRadius(value: number, maxValue: number): number {
  if (maxValue <= 0) return MIN_RADIUS;
  return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(value / maxValue));
}

/** Round values for the size legend: the maximum and two smaller steps that read well. */
export function legendValues(maxValue: number): number[] {
  if (maxValue <= 0) return [];
  const step = 10 ** Math.floor(Math.log10(maxValue));
  const top = Math.max(step, Math.floor(maxValue / step) * step);
  return [...new Set([top, top / 4, top / 16].map((v) => Math.max(1, Math.round(v))))];
}
