import { describe, expect, it } from 'vitest';
import {
  applyReview,
  mergeReviews,
  orphanedReviews,
  parseReviewsFile,
  reviewOf,
  statusOf,
  toReviewsFile,
  valuesOf,
  type Review,
} from '../../src/domain/reviews';
import type { Claim } from '../../src/domain/schema';
import { miniDataset } from '../fixtures/mini-dataset';

const AT = '2022-03-01T10:00:00.000Z';
const troops = miniDataset.claims.find((c) => c.unit === 'troops' && c.valueMin === 94_000)!;
const btg = miniDataset.claims.find((c) => c.unit === 'btg')!;

describe('reviews', () => {
  it('applies a correction, keeping the values as extracted in the mark', () => {
    const correction = { ...valuesOf(troops), valueMin: 90_000, valueMax: 100_000 };
    const review = reviewOf(troops, 'corrected', 'The source says 90,000 to 100,000.', correction, AT);
    const shown = applyReview(troops, review);
    expect(shown).toMatchObject({
      valueMin: 90_000,
      valueMax: 100_000,
      troopsMin: 90_000,
      troopsMax: 100_000,
    });
    expect(shown.review).toEqual({
      status: 'corrected',
      note: 'The source says 90,000 to 100,000.',
      original: valuesOf(troops),
    });
    expect(statusOf(shown)).toBe('corrected');
    expect(statusOf(troops)).toBe('unreviewed');
  });

  it('recomputes troops of a BTG count from the stated size per group, or leaves them unknown', () => {
    const correction = { ...valuesOf(btg), valueMin: 10, valueMax: 10 };
    const shown = applyReview(btg, reviewOf(btg, 'corrected', '', correction, AT));
    expect(shown.troopsMin).toBe(btg.perUnitMin === null ? null : 10 * btg.perUnitMin);
    const asTroops = applyReview(btg, reviewOf(btg, 'corrected', '', { ...correction, unit: 'troops' }, AT));
    expect(asTroops.troopsMax).toBe(10);
  });

  it('keeps the first original values when a corrected claim is reviewed again', () => {
    const first = reviewOf(troops, 'corrected', '', { ...valuesOf(troops), valueMin: 1, valueMax: 2 }, AT);
    const again = reviewOf(applyReview(troops, first), 'rejected', 'checked', null, AT);
    expect(again.original.valueMin).toBe(94_000);
    expect(again.correction).toBeNull();
    // Confirming a correction keeps it, so the next ingest does not bring the extracted values back.
    const confirmed = reviewOf(applyReview(troops, first), 'confirmed', '', null, AT);
    expect(confirmed).toMatchObject({ status: 'corrected', correction: { valueMin: 1, valueMax: 2 } });
  });

  it('lets later lists win and finds reviews whose claim is gone', () => {
    const a = reviewOf(troops, 'confirmed', '', null, AT);
    const b = reviewOf(troops, 'rejected', 'not troops', null, AT);
    const gone: Review = { ...a, claimId: 'deleted-article:c0123456789' };
    const merged = mergeReviews([a, gone], [b]);
    expect(merged.get(troops.id)?.status).toBe('rejected');
    const ids = new Set(miniDataset.claims.map((c: Claim) => c.id));
    expect(orphanedReviews(merged.values(), (id) => ids.has(id))).toEqual([gone]);
  });

  it('round-trips a reviews file and rejects a malformed one with the bad field named', () => {
    const reviews = [reviewOf(troops, 'rejected', 'a "quoted" note', null, AT)];
    const parsed = parseReviewsFile(JSON.parse(toReviewsFile(reviews)));
    expect(parsed).toEqual({ ok: true, reviews });
    const bad = parseReviewsFile({ schemaVersion: 1, reviews: [{ ...reviews[0], status: 'maybe' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]).toMatch(/^reviews\[0\]\.status/);
    const noCorrection = parseReviewsFile({
      schemaVersion: 1,
      reviews: [{ ...reviews[0], status: 'corrected' }],
    });
    expect(noCorrection.ok).toBe(false);
  });
});
