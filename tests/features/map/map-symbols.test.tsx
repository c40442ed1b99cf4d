import { describe, expect, it } from 'vitest';
import { buildClaimantScheme } from '../../../src/domain/claimant-colors';
import type { Claim, Place } from '../../../src/domain/schema';
import {
  buildPlaceSymbols,
  legendValues,
  MAX_RADIUS,
  symbolRadius,
} from '../../../src/features/map/map-symbols';
import { miniDataset } from '../../fixtures/mini-dataset';

const scheme = buildClaimantScheme(miniDataset.claims, miniDataset.actors);
const places = new Map(miniDataset.places.map((p) => [p.id, p]));
const own = (place: Place) => ({ lat: place.lat, lon: place.lon });

describe('buildPlaceSymbols', () => {
  it('aggregates per place and claimant key, keeps the largest value and sorts largest first', () => {
    const { symbols, maxValue, borders, unmapped } = buildPlaceSymbols(
      miniDataset.claims,
      places,
      scheme.keyOf,
      own,
    );
    expect(symbols.map((s) => [s.id, s.value, s.claimIds.length])).toEqual([
      ['belarus|usa', 175000, 2],
      ['crimea|usa', 175000, 1],
      ['ukraine|usa', 130000, 1],
      ['border-rus-ukr|usa', 94000, 1],
      ['belarus|nato', 30000, 1],
    ]);
    expect(maxValue).toBe(175000);
    expect(borders.map((p) => p.id)).toEqual(['border-rus-ukr']);
    expect(unmapped).toBe(5);
  });

  it('puts border places where the anchor says (on the border line)', () => {
    const onLine = (place: Place) => (place.border ? { lat: 50, lon: 36 } : own(place));
    const { symbols } = buildPlaceSymbols(miniDataset.claims, places, scheme.keyOf, onLine);
    expect(symbols.find((s) => s.place.kind === 'border')?.at).toEqual({ lat: 50, lon: 36 });
  });

  it('uses the middle of a range and ignores unknown places', () => {
    const base = miniDataset.claims[0] as Claim;
    const range = { ...base, id: 'r', troopsMin: 100000, troopsMax: 120000, placeIds: ['nowhere', 'kyiv'] };
    const { symbols } = buildPlaceSymbols([range], places, scheme.keyOf, own);
    expect(symbols.map((s) => [s.place.id, s.value])).toEqual([['kyiv', 110000]]);
  });
});

describe('sizes', () => {
  it.each([
    [175000, 175000, MAX_RADIUS],
    [43750, 175000, MAX_RADIUS / 2],
    [1, 175000, 3],
    [5, 0, 3],
  ])('radius of %d against %d is %d (area proportional)', (value, max, r) => {
    expect(symbolRadius(value, max)).toBeCloseTo(r);
  });
  it.each([
    [175000, [100000, 25000, 6250]],
    [94000, [90000, 22500, 5625]],
    [0, []],
  ])('legend values for %d', (max, values) => expect(legendValues(max)).toEqual(values));
});
