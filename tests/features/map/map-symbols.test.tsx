import { describe, expect, it } from 'vitest';
import { buildClaimantScheme } from '../../../src/domain/claimant-colors';
import { buildIndex } from '../../../src/domain/dataset-index';
import { claimPositions, selectVisible } from '../../../src/domain/filters';
import { narrowVisible } from '../../../src/domain/narrow-visible';
import { mergeReviews, reviewOf, valuesOf } from '../../../src/domain/reviews';
import type { Claim, Place } from '../../../src/domain/schema';
import {
  aggregateSymbols,
  buildSymbolIndex,
  legendValues,
  MAX_RADIUS,
  symbolRadius,
  symbolsOfClaim,
  type LatLon,
} from '../../../src/features/map/map-symbols';
import { miniDataset } from '../../fixtures/mini-dataset';

const scheme = buildClaimantScheme(miniDataset.claims, miniDataset.actors);
const places = new Map(miniDataset.places.map((p) => [p.id, p]));
const own = (place: Place) => ({ lat: place.lat, lon: place.lon });
const index = buildSymbolIndex(miniDataset.claims, places, scheme.keyOf);

/** Indexes `claims` alone and aggregates them, as the map does for a dataset of just these claims. */
function symbolsOf(claims: readonly Claim[], anchorOf: (place: Place) => LatLon = own) {
  return aggregateSymbols(claims, buildSymbolIndex(claims, places, scheme.keyOf), anchorOf);
}

describe('aggregateSymbols by position', () => {
  const dataset = buildIndex(miniDataset);
  const NO_FILTER = { from: null, to: null, actors: [], claimants: [], places: [] };
  // The same rows as a plain copy of the list: no positions, so every claim is placed from its own fields.
  const unindexed = (claims: readonly Claim[]) => [...claims];

  it.each([
    ['no filter', NO_FILTER],
    ['a date range', { ...NO_FILTER, from: '2021-12-01', to: '2022-02-12' }],
    ['a claimant', { ...NO_FILTER, claimants: ['usa'] }],
  ])('gives for the filtered rows of %s what placing each claim gives', (_, view) => {
    const visible = selectVisible(dataset, view);
    expect(claimPositions(visible.claims)).toBeDefined();
    expect(claimPositions(unindexed(visible.claims))).toBeUndefined();
    expect(aggregateSymbols(visible.claims, index, own)).toEqual(
      aggregateSymbols(unindexed(visible.claims), index, own),
    );
  });

  it('draws a claim corrected to other claimants and numbers in their series, with its corrected value', () => {
    const visible = selectVisible(dataset, NO_FILTER);
    const target = visible.claims.find(
      (c) =>
        c.unit === 'troops' &&
        c.kind === 'estimate' &&
        !c.claimantIds.includes('putin') &&
        c.placeIds.some((id) => places.has(id)),
    )!;
    const before = aggregateSymbols(visible.claims, index, own);
    const corrected = {
      ...valuesOf(target),
      claimantIds: ['putin'],
      valueMin: 9_999_999,
      valueMax: 9_999_999,
    };
    const narrowed = narrowVisible(visible, {
      ranked: null,
      reviews: mergeReviews([reviewOf(target, 'corrected', '', corrected, '2022-03-01T00:00:00.000Z')]),
      statuses: [],
      showRejected: false,
    });
    const after = aggregateSymbols(narrowed.claims, index, own);
    expect(after.unmapped).toBe(before.unmapped);
    const located = [...new Set(target.placeIds.filter((id) => places.has(id)))].sort();
    const moved = after.symbols.filter((s) => s.topClaimId === target.id);
    expect(moved.map((s) => [s.place.id, s.key, s.value])).toEqual(
      located.map((id) => [id, 'russia', 9_999_999]),
    );
    expect(before.symbols.some((s) => s.topClaimId === target.id && s.key === 'russia')).toBe(false);
  });
});

describe('aggregateSymbols', () => {
  it('aggregates per place and claimant key, keeps the largest value and sorts largest first', () => {
    const { symbols, maxValue, borders, unmapped } = aggregateSymbols(miniDataset.claims, index, own);
    expect(symbols.map((s) => [s.id, s.value, s.count])).toEqual([
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
    const { symbols } = aggregateSymbols(miniDataset.claims, index, onLine);
    expect(symbols.find((s) => s.place.kind === 'border')?.at).toEqual({ lat: 50, lon: 36 });
  });

  it('uses the middle of a range and ignores unknown places', () => {
    const base = miniDataset.claims[0] as Claim;
    const range = { ...base, id: 'r', troopsMin: 100000, troopsMax: 120000, placeIds: ['nowhere', 'kyiv'] };
    const { symbols } = symbolsOf([range]);
    expect(symbols.map((s) => [s.place.id, s.value])).toEqual([['kyiv', 110000]]);
  });

  it('counts only the visible claims, and a claim that names a place twice once', () => {
    const base = miniDataset.claims[0] as Claim;
    const twice = { ...base, id: 't', troopsMin: 5000, troopsMax: 5000, placeIds: ['kyiv', 'kyiv'] };
    const other = { ...twice, id: 'u', troopsMin: 9000, troopsMax: 9000 };
    const both = buildSymbolIndex([twice, other], places, scheme.keyOf);
    expect(aggregateSymbols([twice], both, own).symbols.map((s) => [s.count, s.value])).toEqual([[1, 5000]]);
    expect(aggregateSymbols([twice, other], both, own).symbols.map((s) => [s.count, s.topClaimId])).toEqual([
      [2, 'u'],
    ]);
  });

  it('picks the smaller id of two claims with the same value, whatever their order', () => {
    const base = miniDataset.claims[0] as Claim;
    const a = { ...base, id: 'a', troopsMin: 7000, troopsMax: 7000, placeIds: ['kyiv'] };
    const b = { ...a, id: 'b' };
    expect(symbolsOf([b, a]).symbols[0]?.topClaimId).toBe('a');
    expect(symbolsOf([a, b]).symbols[0]?.topClaimId).toBe('a');
  });
});

describe('symbolsOfClaim', () => {
  const shared = miniDataset.claims.find(
    (c) => c.placeIds.join() === 'crimea,belarus' && c.troopsMax !== null,
  ) as Claim;
  it('finds every symbol of a visible claim', () => {
    expect([...symbolsOfClaim(shared, miniDataset.claims, index)].sort()).toEqual(
      [`belarus|${scheme.keyOf(shared)}`, `crimea|${scheme.keyOf(shared)}`].sort(),
    );
  });
  it('finds none for a claim the filters hide, or no claim', () => {
    const others = miniDataset.claims.filter((c) => c !== shared);
    expect(symbolsOfClaim(shared, others, index).size).toBe(0);
    expect(symbolsOfClaim(undefined, miniDataset.claims, index).size).toBe(0);
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
