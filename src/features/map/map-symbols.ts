/**
 * What the map draws, computed without Leaflet: claims aggregated per place and claimant key (so 50,000 claims
 * become a few hundred symbols), sized by area against the largest value in the current filter.
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
  id: string;
  place: Place;
  key: string;
  at: LatLon;
  /** The largest troop number (middle of its range) among the claims. */
  value: number;
  claimIds: string[];
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

/** Largest symbol radius in pixels; area stays proportional to troops below it. */
export const MAX_RADIUS = 28;
const MIN_RADIUS = 3;

/** Radius in pixels for `value`, so that areas are proportional to troops. */
export function symbolRadius(value: number, maxValue: number): number {
  if (maxValue <= 0) return MIN_RADIUS;
  return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(value / maxValue));
}

/** Aggregates the visible claims per place and claimant key. `anchorOf` puts border places on their line. */
export function buildPlaceSymbols(
  claims: readonly Claim[],
  places: ReadonlyMap<string, Place>,
  keyOf: (claim: Claim) => string,
  anchorOf: (place: Place) => LatLon,
): MapSymbols {
  const byId = new Map<string, PlaceSymbol>();
  let unmapped = 0;
  // One pass, no allocation per claim: this runs on every filter change over up to 50,000 claims.
  for (const claim of claims) {
    const { troopsMin: low, troopsMax: high } = claim;
    let placed = false;
    if (low !== null && high !== null && PLOTTED_KINDS.has(claim.kind)) {
      const value = (low + high) / 2;
      const key = keyOf(claim);
      for (const placeId of claim.placeIds) {
        const place = places.get(placeId);
        if (!place) continue;
        placed = true;
        const id = `${placeId}|${key}`;
        const symbol = byId.get(id);
        if (!symbol) {
          byId.set(id, {
            id,
            place,
            key,
            at: anchorOf(place),
            value,
            claimIds: [claim.id],
            topClaimId: claim.id,
          });
          continue;
        }
        symbol.claimIds.push(claim.id);
        if (value > symbol.value || (value === symbol.value && claim.id < symbol.topClaimId)) {
          symbol.value = value;
          symbol.topClaimId = claim.id;
        }
      }
    }
    if (!placed) unmapped += 1;
  }
  const symbols = [...byId.values()].sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));
  const borders = new Map<string, Place>();
  for (const s of symbols) if (s.place.kind === 'border' && s.place.border) borders.set(s.place.id, s.place);
  return { symbols, maxValue: symbols[0]?.value ?? 0, borders: [...borders.values()], unmapped };
}

/** Round values for the size legend: the maximum and two smaller steps that read well. */
export function legendValues(maxValue: number): number[] {
  if (maxValue <= 0) return [];
  const step = 10 ** Math.floor(Math.log10(maxValue));
  const top = Math.max(step, Math.floor(maxValue / step) * step);
  return [...new Set([top, top / 4, top / 16].map((v) => Math.max(1, Math.round(v))))];
}
