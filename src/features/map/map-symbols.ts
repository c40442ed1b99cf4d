/**
 * What the map draws, computed without Leaflet: claims aggregated per place and claimant key (so 50,000 claims
 * become a few thousand symbols), sized by area against the largest value in the current filter.
 */
import type { Claim, Place } from '../../domain/schema';
import { claimPositions } from '../../domain/filters';
import { claimColumns, PLOTTED_KINDS, type ClaimColumns } from '../../domain/claim-columns';

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
 * Built once per dataset: the slots, and per claim position the slots it falls in, so a filter change reads
 * numbers by position (values from the dataset's columns). A claim shown under a review is a copy (other
 * claimants, other numbers): it is placed from its own fields, and may open a slot the dataset never had.
 */
export interface SymbolIndex {
  claims: readonly Claim[];
  /** The claims' ids and troop ranges by position (shared with the chart). */
  columns: ClaimColumns;
  slots: readonly Slot[];
  /** The claim at position p falls in `slotList[slotStart[p]]` up to `slotList[slotStart[p + 1] - 1]` (none: not drawable). */
  slotStart: Int32Array;
  slotList: Int32Array;
  slotNumbers: ReadonlyMap<string, number>;
  places: ReadonlyMap<string, Place>;
  keyOf: (claim: Claim) => string;
}

/** The slot ids a claim falls in, or none when the map cannot draw it (no troop number, no located place). */
function slotIdsOf(claim: Claim, places: ReadonlyMap<string, Place>, keyOf: (claim: Claim) => string) {
  if (claim.troopsMin === null || claim.troopsMax === null || !PLOTTED_KINDS.has(claim.kind)) return [];
  const key = keyOf(claim);
  const ids: { id: string; place: Place; key: string }[] = [];
  for (const placeId of claim.placeIds) {
    const place = places.get(placeId);
    const id = `${placeId}|${key}`;
    if (place && !ids.some((s) => s.id === id)) ids.push({ id, place, key });
  }
  return ids;
}

function valueOf(claim: Claim): number {
  return ((claim.troopsMin ?? 0) + (claim.troopsMax ?? 0)) / 2;
}

/** Indexes every drawable claim of a dataset (its `claims`, by position). */
export function buildSymbolIndex(
  claims: readonly Claim[],
  places: ReadonlyMap<string, Place>,
  keyOf: (claim: Claim) => string,
): SymbolIndex {
  const slots: Slot[] = [];
  const slotNumbers = new Map<string, number>();
  const slotStart = new Int32Array(claims.length + 1);
  const list: number[] = [];
  claims.forEach((claim, at) => {
    for (const slot of slotIdsOf(claim, places, keyOf)) {
      let number = slotNumbers.get(slot.id);
      if (number === undefined) {
        number = slots.push(slot) - 1;
        slotNumbers.set(slot.id, number);
      }
      list.push(number);
    }
    slotStart[at + 1] = list.length;
  });
  return {
    claims,
    columns: claimColumns(claims),
    slots,
    slotStart,
    slotList: Int32Array.from(list),
    slotNumbers,
    places,
    keyOf,
  };
}

/**
 * The slots of each visible claim: read by position when the list comes from the filters and the claim is the
 * dataset's own; otherwise (a reviewed copy, or a list built elsewhere) from the claim's fields, with slots the
 * dataset never had added after the index's.
 */
function slotsOfVisible(claims: readonly Claim[], index: SymbolIndex) {
  const from = claimPositions(claims);
  const at = from?.source === index.claims ? from.at : undefined;
  const extra: Slot[] = [];
  const extraNumbers = new Map<string, number>();
  // Per claim: -1 when read by position, else where its own slots lie in `ownList` (start to end).
  const ownStart = new Int32Array(claims.length).fill(-1);
  const ownEnd = new Int32Array(claims.length);
  const ownList: number[] = [];
  claims.forEach((claim, i) => {
    const position = at?.[i];
    if (position !== undefined && index.claims[position] === claim) return;
    ownStart[i] = ownList.length;
    for (const slot of slotIdsOf(claim, index.places, index.keyOf)) {
      let number = index.slotNumbers.get(slot.id) ?? extraNumbers.get(slot.id);
      if (number === undefined) {
        number = index.slots.length + extra.push(slot) - 1;
        extraNumbers.set(slot.id, number);
      }
      ownList.push(number);
    }
    ownEnd[i] = ownList.length;
  });
  return { at, ownStart, ownEnd, ownList, extra };
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
  const { at, ownStart, ownEnd, ownList, extra } = slotsOfVisible(claims, index);
  const size = index.slots.length + extra.length;
  const counts = new Int32Array(size);
  const values = new Float64Array(size);
  // Each slot's top claim id (the smaller id wins a tie, whatever the list's order).
  const topIds: (string | undefined)[] = new Array<string | undefined>(size);
  const { slotStart, slotList } = index;
  const { ids, low, high } = index.columns;
  let unmapped = 0;
  const count = (slot: number, value: number, id: string) => {
    counts[slot] = counts[slot]! + 1;
    const top = topIds[slot];
    if (top === undefined || value > values[slot]! || (value === values[slot] && id < top)) {
      values[slot] = value;
      topIds[slot] = id;
    }
  };
  for (let i = 0; i < claims.length; i += 1) {
    const start = ownStart[i]!;
    if (start >= 0) {
      const claim = claims[i]!;
      if (ownEnd[i] === start) unmapped += 1;
      for (let j = start; j < ownEnd[i]!; j += 1) count(ownList[j]!, valueOf(claim), claim.id);
      continue;
    }
    const position = at![i]!;
    const first = slotStart[position]!;
    const last = slotStart[position + 1]!;
    if (first === last) unmapped += 1;
    for (let j = first; j < last; j += 1)
      count(slotList[j]!, (low[position]! + high[position]!) / 2, ids[position]!);
  }
  const symbols: PlaceSymbol[] = [];
  const anchors = new Map<string, LatLon>();
  for (let slot = 0; slot < size; slot += 1) {
    const topClaimId = topIds[slot];
    if (topClaimId === undefined) continue;
    const { id, place, key } = index.slots[slot] ?? extra[slot - index.slots.length]!;
    let anchor = anchors.get(place.id);
    if (!anchor) anchors.set(place.id, (anchor = anchorOf(place)));
    symbols.push({ id, place, key, at: anchor, value: values[slot]!, count: counts[slot]!, topClaimId });
  }
  symbols.sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));
  const borders = new Map<string, Place>();
  for (const s of symbols) if (s.place.kind === 'border' && s.place.border) borders.set(s.place.id, s.place);
  return { symbols, maxValue: symbols[0]?.value ?? 0, borders: [...borders.values()], unmapped };
}

/** Ids of the symbols that hold `claim`, when it is among the visible ones (as the views show it). */
export function symbolsOfClaim(
  claim: Claim | undefined,
  visible: readonly Claim[],
  index: SymbolIndex,
): ReadonlySet<string> {
  if (!claim || !visible.includes(claim)) return new Set();
  return new Set(slotIdsOf(claim, index.places, index.keyOf).map((slot) => slot.id));
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
