import { describe, expect, it } from 'vitest';
import { reviewOf, valuesOf, type Review } from '../../../src/domain/reviews';
import { DatasetSchema } from '../../../src/domain/schema';
import { applyReviewsToDataset, reviewSummary } from '../../../src/pipeline/refine/apply-reviews';
import { miniDataset } from '../../fixtures/mini-dataset';

const AT = '2022-03-01T10:00:00.000Z';
const [first, second, third] = miniDataset.claims;

describe('applyReviewsToDataset', () => {
  it('corrects values, keeps confirmed and rejected claims, and reports orphans', () => {
    const orphan: Review = { ...reviewOf(first!, 'confirmed', '', null, AT), claimId: 'gone:c0000000000' };
    const reviews = [
      reviewOf(
        first!,
        'corrected',
        'misread',
        { ...valuesOf(first!), valueMin: 100_000, valueMax: 100_000 },
        AT,
      ),
      reviewOf(second!, 'rejected', 'a forecast, not a deployment', null, AT),
      reviewOf(third!, 'confirmed', '', null, AT),
      orphan,
    ];
    const result = applyReviewsToDataset(miniDataset, reviews);
    expect(DatasetSchema.safeParse(result.dataset).success).toBe(true);
    const byId = new Map(result.dataset.claims.map((c) => [c.id, c]));
    expect(byId.get(first!.id)).toMatchObject({ valueMin: 100_000, valueMax: 100_000 });
    expect(byId.get(first!.id)).not.toHaveProperty('review');
    expect(byId.get(second!.id)).toEqual(second);
    expect(result.dataset.claims.length).toBe(miniDataset.claims.length);
    expect(result.applied.length).toBe(3);
    expect(result.orphaned).toEqual([orphan]);
    expect(result.reviews.length).toBe(4);
    const lines = reviewSummary(result);
    expect(lines[0]).toBe('Reviews: 3 applied (1 confirmed, 1 corrected, 1 rejected), 1 orphaned');
    expect(lines[1]).toMatch(/^ {2}orphaned gone:c0000000000 \(confirmed\)/);
  });

  it('does not apply a correction naming an actor the dataset lacks, and says why', () => {
    const correction = { ...valuesOf(first!), claimantIds: ['nobody-known'] };
    const result = applyReviewsToDataset(miniDataset, [reviewOf(first!, 'corrected', '', correction, AT)]);
    expect(result.dataset.claims).toEqual(miniDataset.claims);
    expect(reviewSummary(result)[1]).toMatch(/not applied .*"nobody-known"/);
  });
});
