/**
 * Applies an analyst's reviews (`data/reviews.json`) to a freshly built dataset, so a committed correction
 * survives every rebuild. Corrections replace the claim's values; confirmed and rejected claims stay as they
 * are (their status travels in the reviews file written beside the dataset). A review whose claim is gone is
 * reported, never dropped.
 */
import { applyReview, orphanedReviews, type Review } from '../../domain/reviews';
import type { Dataset } from '../../domain/schema';

/** The dataset with corrections applied, and what happened to each review. */
export interface AppliedReviews {
  dataset: Dataset;
  /** Every review, to be written beside the dataset (orphans included, so the app can show them). */
  reviews: Review[];
  applied: Review[];
  orphaned: Review[];
  /** Reviews that name their claim but could not be applied, with the reason. */
  unusable: { review: Review; reason: string }[];
}

function unknownActor(review: Review, actors: ReadonlySet<string>): string | null {
  const c = review.correction;
  if (!c) return null;
  return [c.subjectId, ...c.claimantIds].find((id) => id !== null && !actors.has(id)) ?? null;
}

/** Applies `reviews` (later ones for the same claim win); pure. */
export function applyReviewsToDataset(dataset: Dataset, reviews: readonly Review[]): AppliedReviews {
  const byClaim = new Map<string, Review>();
  for (const review of reviews) byClaim.set(review.claimId, review);
  const claimIds = new Set(dataset.claims.map((c) => c.id));
  const actors = new Set(dataset.actors.map((a) => a.id));
  const orphaned = orphanedReviews(byClaim.values(), (id) => claimIds.has(id));
  const applied: Review[] = [];
  const unusable: AppliedReviews['unusable'] = [];
  const claims = dataset.claims.map((claim) => {
    const review = byClaim.get(claim.id);
    if (!review) return claim;
    const unknown = unknownActor(review, actors);
    if (unknown) {
      unusable.push({
        review,
        reason: `its correction names "${unknown}", an actor this dataset does not hold`,
      });
      return claim;
    }
    applied.push(review);
    // The views' review mark is not part of the dataset contract: keep only the corrected claim.
    const { review: _mark, ...corrected } = applyReview(claim, review);
    return corrected;
  });
  return {
    dataset: { ...dataset, claims },
    reviews: [...byClaim.values()],
    applied,
    orphaned,
    unusable,
  };
}

/** Lines for the ingest summary: counts by status, then each orphaned or unusable review. */
export function reviewSummary(result: AppliedReviews): string[] {
  const count = (status: Review['status']) => result.applied.filter((r) => r.status === status).length;
  const lines = [
    `Reviews: ${result.applied.length} applied (${count('confirmed')} confirmed, ${count('corrected')} corrected, ${count('rejected')} rejected), ${result.orphaned.length} orphaned`,
  ];
  for (const r of result.orphaned)
    lines.push(`  orphaned ${r.claimId} (${r.status}): no such claim any more; "${r.quote.slice(0, 60)}"`);
  for (const { review, reason } of result.unusable) lines.push(`  not applied ${review.claimId}: ${reason}`);
  return lines;
}
