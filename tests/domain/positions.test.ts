import { describe, expect, it } from 'vitest';
import { schemeFor } from '../../src/domain/claimant-colors';
import { buildIndex } from '../../src/domain/dataset-index';
import { bySources, eventsBySources } from '../../src/domain/event-order';
import {
  claimPositions,
  keepClaims,
  positionsOf,
  selectVisible,
  type FilterView,
  type Visible,
} from '../../src/domain/filters';
import { narrowVisible } from '../../src/domain/narrow-visible';
import { buildChartData } from '../../src/domain/series';
import { mergeReviews, reviewOf, valuesOf, type ClaimValues } from '../../src/domain/reviews';
import type { Claim } from '../../src/domain/schema';
import { miniDataset } from '../fixtures/mini-dataset';

const index = buildIndex(miniDataset);
const none: FilterView = { from: null, to: null, actors: [], claimants: [], places: [] };
const views: [string, FilterView][] = [
  ['no filter', none],
  ['a date range', { ...none, from: '2021-12-01', to: '2022-02-12' }],
  ['a claimant', { ...none, claimants: ['usa'] }],
  ['an actor', { ...none, actors: ['russia'] }],
];

/** The visible rows with `target` corrected to `values` by an analyst. */
function corrected(visible: Visible, target: Claim, values: ClaimValues): Visible {
  const review = reviewOf(target, 'corrected', '', values, '2022-03-01T00:00:00.000Z');
  return narrowVisible(visible, {
    ranked: null,
    reviews: mergeReviews([review]),
    statuses: [],
    showRejected: false,
  });
}

describe('rows read by position', () => {
  it.each(views)('records where each visible claim sits, for %s', (_, view) => {
    const visible = selectVisible(index, view);
    const { source, at } = claimPositions(visible.claims)!;
    expect(source).toBe(index.dataset.claims);
    expect([...at].map((p) => source[p])).toEqual(visible.claims);
  });

  it('records positions for a narrowed list too, where a corrected claim is a copy at its old position', () => {
    const visible = selectVisible(index, none);
    const target = visible.claims[1]!;
    const narrowed = corrected(visible, target, { ...valuesOf(target), claimantIds: ['putin'] });
    const { at } = claimPositions(narrowed.claims)!;
    const copy = narrowed.claims.findIndex((c) => c.id === target.id);
    expect(narrowed.claims[copy]).not.toBe(target);
    expect(index.dataset.claims[at[copy]!]).toBe(target);
    expect(positionsOf(narrowed)?.claims).toBe(at);
  });

  it('keeps positions through keepClaims, and has none for a list built elsewhere', () => {
    const visible = selectVisible(index, none);
    const kept = keepClaims(visible.claims, (c) => c.kind === 'estimate');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(visible.claims.length);
    expect([...claimPositions(kept)!.at].map((p) => index.dataset.claims[p])).toEqual(kept);
    expect(claimPositions(visible.claims.filter(() => true))).toBeUndefined();
    expect(claimPositions(keepClaims([...visible.claims], () => true))).toBeUndefined();
  });

  it.each(views)("reads a scheme's keys by position as keyOf gives them, for %s", (_, view) => {
    const scheme = schemeFor(index.dataset);
    const visible = selectVisible(index, view);
    expect(scheme.keysOf(visible.claims)).toEqual(visible.claims.map((c) => scheme.keyOf(c)));
    const target = visible.claims[0]!;
    const narrowed = corrected(visible, target, { ...valuesOf(target), claimantIds: ['putin'] });
    const keys = scheme.keysOf(narrowed.claims);
    expect(keys).toEqual(narrowed.claims.map((c) => scheme.keyOf(c)));
    expect(keys[narrowed.claims.findIndex((c) => c.id === target.id)]).toBe('russia');
  });

  it.each(views)("bins %s from the dataset's columns as from the claims themselves", (_, view) => {
    const scheme = schemeFor(index.dataset);
    const visible = selectVisible(index, view);
    const target = visible.claims.find((c) => c.troopsMin !== null)!;
    const narrowed = corrected(visible, target, { ...valuesOf(target), valueMin: 1, valueMax: 3 });
    for (const claims of [visible.claims, narrowed.claims]) {
      const keys = scheme.keysOf(claims);
      for (const maxMarks of [1, 3, 600]) {
        const byColumns = buildChartData(claims, [], (_, i) => keys[i]!, { maxMarks });
        expect(byColumns).toEqual(buildChartData([...claims], [], (_, i) => keys[i]!, { maxMarks }));
      }
    }
    const keys = scheme.keysOf(narrowed.claims);
    const marks = buildChartData(narrowed.claims, [], (_, i) => keys[i]!, { maxMarks: 1 }).series.flatMap(
      (s) => s.marks,
    );
    expect(marks.find((m) => m.claimIds.includes(target.id))?.corrected).toBe(true);
  });

  it.each(views)('lists the events of %s by sources, as sorting them would', (_, view) => {
    const visible = selectVisible(index, view);
    const ranked = eventsBySources(visible);
    expect(ranked).toEqual([...visible.events].sort(bySources));
    expect(eventsBySources({ ...visible, events: [...visible.events] })).toEqual(ranked);
  });
});
