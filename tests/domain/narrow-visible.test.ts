import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/domain/dataset-index';
import { selectVisible } from '../../src/domain/filters';
import { schemeFor } from '../../src/domain/claimant-colors';
import { narrowVisible, reviewedById, visibleFor, type Narrowing } from '../../src/domain/narrow-visible';
import { mergeReviews, reviewOf, valuesOf, type Review } from '../../src/domain/reviews';
import { IDS, miniDataset } from '../fixtures/mini-dataset';

const index = buildIndex(miniDataset);
const all = selectVisible(index, { from: null, to: null, actors: [], claimants: [], places: [] });
const AT = '2022-03-01T00:00:00.000Z';
const none: Narrowing = { ranked: null, reviews: new Map(), statuses: [], showRejected: false };
const [first, second] = miniDataset.claims;
/** A search's answer: the articles' positions in the dataset, best first. */
const positions = (...ids: string[]) =>
  Int32Array.from(ids, (id) => miniDataset.articles.findIndex((a) => a.id === id));

function reviewed(...reviews: Review[]): Narrowing {
  return { ...none, reviews: mergeReviews(reviews) };
}

describe('narrowVisible', () => {
  it('changes nothing without search or reviews', () => {
    expect(narrowVisible(all, none)).toBe(all);
  });

  it('hides rejected claims unless asked, and shows corrected ones with their new values', () => {
    const fixed = { ...valuesOf(first!), valueMin: 1_000, valueMax: 2_000 };
    const n = reviewed(
      reviewOf(first!, 'corrected', '', fixed, AT),
      reviewOf(second!, 'rejected', '', null, AT),
    );
    const narrowed = narrowVisible(all, n);
    expect(narrowed.claims.map((c) => c.id)).not.toContain(second!.id);
    expect(narrowed.counts.claims).toBe(all.counts.claims - 1);
    expect(narrowed.claims.find((c) => c.id === first!.id)).toMatchObject({
      valueMin: 1_000,
      valueMax: 2_000,
    });
    expect(narrowVisible(all, { ...n, showRejected: true }).counts.claims).toBe(all.counts.claims);
    expect(reviewedById(index.claims, n.reviews).get(first!.id)?.valueMax).toBe(2_000);
  });

  it('keeps only claims with a chosen status, and the rows that carry them', () => {
    const n = { ...reviewed(reviewOf(second!, 'rejected', '', null, AT)), statuses: ['rejected' as const] };
    const narrowed = narrowVisible(all, n);
    expect(narrowed.claims.map((c) => c.id)).toEqual([second!.id]);
    expect(narrowed.feed.map((f) => f.article.id)).toEqual([second!.articleId]);
    expect(narrowed.counts.articles).toBe(1);
  });

  it('narrows to searched articles, best first, with their claims only', () => {
    const ranked: string[] = [IDS.kyiv, IDS.reuters];
    const narrowed = narrowVisible(all, { ...none, ranked: positions(...ranked) });
    expect([...new Set(narrowed.feed.map((f) => f.article.id))]).toEqual(ranked);
    expect(new Set(narrowed.claims.map((c) => c.articleId))).toEqual(
      new Set(miniDataset.claims.filter((c) => ranked.includes(c.articleId)).map((c) => c.articleId)),
    );
    expect(narrowed.events).toBe(all.events);
    expect(narrowVisible(all, { ...none, ranked: positions() }).counts).toMatchObject({
      claims: 0,
      articles: 0,
    });
  });

  it('gives the same claims and places lists when a new search keeps them, only the order of articles changing', () => {
    const first = narrowVisible(all, { ...none, ranked: positions(IDS.kyiv, IDS.reuters) });
    const reordered = narrowVisible(all, { ...none, ranked: positions(IDS.reuters, IDS.kyiv) });
    expect(reordered).not.toBe(first);
    expect(reordered.feed.map((f) => f.article.id)).not.toEqual(first.feed.map((f) => f.article.id));
    expect(reordered.claims).toBe(first.claims);
    expect(reordered.places).toBe(first.places);
    const fewer = narrowVisible(all, { ...none, ranked: positions(IDS.reuters) });
    expect(fewer.claims).not.toBe(first.claims);
    expect(fewer.claims.every((c) => c.articleId === IDS.reuters)).toBe(true);
  });
});

describe('visibleFor: the claimant filter matches corrected claimants', () => {
  const view = { from: null, to: null, actors: [], places: [] };
  // The first claim was extracted as US intelligence's; the analyst corrects it to Zelensky's (Ukraine).
  const fixed = { ...valuesOf(first!), claimantIds: ['zelensky'] };
  const n = reviewed(reviewOf(first!, 'corrected', '', fixed, AT));
  const ids = (claimants: string[], narrowing: Narrowing) =>
    visibleFor(index, { ...view, claimants }, narrowing).claims.map((c) => c.id);

  it('finds the corrected claim under its new claimant, group or member, and no longer under the old one', () => {
    expect(ids(['usa'], none)).toContain(first!.id);
    expect(ids(['ukraine'], none)).not.toContain(first!.id);
    expect(ids(['ukraine'], n)).toContain(first!.id);
    expect(ids(['zelensky'], n)).toEqual([first!.id]);
    expect(ids(['usa'], n)).not.toContain(first!.id);
    expect(ids(['us-intelligence'], n)).toEqual([]);
  });

  it('keeps the other filters and lists the rows carrying the kept claims', () => {
    const shown = visibleFor(index, { ...view, claimants: ['zelensky'] }, n);
    expect(shown.feed.map((f) => f.article.id)).toEqual([first!.articleId]);
    expect(shown.counts).toMatchObject({ claims: 1, articles: 1 });
    const later = visibleFor(index, { ...view, from: '2022-01-01', claimants: ['zelensky'] }, n);
    expect(later.claims).toEqual([]);
  });

  it('matches what the filters alone give when no correction changes a claimant', () => {
    const values = reviewed(reviewOf(first!, 'corrected', '', { ...valuesOf(first!), valueMax: 99_000 }, AT));
    for (const claimants of [['usa'], ['ukraine'], ['unattributed']]) {
      const plain = selectVisible(index, { ...view, claimants });
      expect(ids(claimants, values)).toEqual(plain.claims.map((c) => c.id));
    }
  });

  it('draws the corrected claim in its new claimant’s series', () => {
    const scheme = schemeFor(miniDataset);
    const shown = visibleFor(index, { ...view, claimants: ['ukraine'] }, n).claims;
    expect(scheme.keyOf(shown.find((c) => c.id === first!.id)!)).toBe('ukraine');
    expect(scheme.keyOf(first!)).toBe('usa');
  });
});
