/**
 * The analyst's reviews of claims: the `reviews.json` contract (zod), and the pure steps both ends share —
 * applying reviews to claims, merging the browser's reviews over the dataset's, finding orphans.
 */
import { z } from 'zod';
import { describeIssues } from './validation-report';
import { ClaimKindSchema, IdSchema, InstantSchema, type Claim } from './schema';

/** Version of the reviews file format. */
export const REVIEWS_VERSION = 1;

/** What an analyst decided; a claim nobody reviewed is `unreviewed` and has no review record. */
export const ReviewStatusSchema = z.enum(['unreviewed', 'confirmed', 'corrected', 'rejected']);

/** The fields a correction may change, as the claim states them. */
export const ClaimValuesSchema = z
  .object({
    valueMin: z.number().nonnegative().max(10_000_000),
    valueMax: z.number().nonnegative().max(10_000_000),
    unit: z.enum(['troops', 'btg']),
    kind: ClaimKindSchema,
    subjectId: IdSchema.nullable(),
    claimantIds: z.array(IdSchema).max(20),
  })
  .refine((v) => v.valueMin <= v.valueMax, 'valueMin must not be larger than valueMax');

/** One review of one claim, with what the claim said when it was reviewed. */
export const ReviewSchema = z
  .object({
    claimId: IdSchema,
    articleId: IdSchema,
    status: z.enum(['confirmed', 'corrected', 'rejected']),
    note: z.string().max(2_000),
    /** The corrected values; set exactly when `status` is `corrected`. */
    correction: ClaimValuesSchema.nullable(),
    /** The values as extracted, before any correction. */
    original: ClaimValuesSchema,
    /** The claim's sentence, so a review whose claim is gone can still be read. */
    quote: z.string().max(5_000),
    reviewedAt: InstantSchema,
  })
  .refine(
    (r) => (r.status === 'corrected') === (r.correction !== null),
    'correction must be set for a corrected claim, and only then',
  );

/** `reviews.json`: what "Export reviews" writes and `npm run ingest` reads from `data/reviews.json`. */
export const ReviewsFileSchema = z.object({
  schemaVersion: z.literal(REVIEWS_VERSION),
  reviews: z.array(ReviewSchema),
});

export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;
export type ClaimValues = z.infer<typeof ClaimValuesSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type ReviewsFile = z.infer<typeof ReviewsFileSchema>;

/** What a reviewed claim carries for the views: its status, note and values before correction. */
export interface ReviewMark {
  status: Exclude<ReviewStatus, 'unreviewed'>;
  note: string;
  original: ClaimValues;
  /** True when the review's claim no longer exists in the dataset. */
  orphaned?: boolean;
}

/** A claim as the views show it: corrected values applied, with its review when it has one. */
export type ReviewedClaim = Claim & { review?: ReviewMark };

/** Every status, in the order the views list them. */
export const REVIEW_STATUSES: readonly ReviewStatus[] = ReviewStatusSchema.options;

/** Parses a reviews file; on failure, the first problems as "where: what" lines. */
export function parseReviewsFile(
  json: unknown,
): { ok: true; reviews: Review[] } | { ok: false; problems: string[] } {
  const parsed = ReviewsFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, reviews: parsed.data.reviews };
  return { ok: false, problems: describeIssues(parsed.error).slice(0, 5) };
}

/** The reviews as a reviews file, sorted by claim id so a committed file diffs cleanly. */
export function reviewsFileOf(reviews: Iterable<Review>): ReviewsFile {
  const sorted = [...reviews].sort((a, b) => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));
  return { schemaVersion: REVIEWS_VERSION, reviews: sorted };
}

/** The reviews as the text of a `reviews.json`. */
export function toReviewsFile(reviews: Iterable<Review>): string {
  return `${JSON.stringify(reviewsFileOf(reviews), null, 2)}\n`;
}

/** The correctable values of a claim. */
export function valuesOf(claim: Claim): ClaimValues {
  const { valueMin, valueMax, unit, kind, subjectId, claimantIds } = claim;
  return { valueMin, valueMax, unit, kind, subjectId, claimantIds: [...claimantIds] };
}

/** The claim with `values` in place; troops are recomputed (a BTG count needs the stated size per group). */
export function withValues(claim: Claim, values: ClaimValues): Claim {
  const { valueMin, valueMax, unit } = values;
  const perUnit = unit === 'btg' && claim.perUnitMin !== null && claim.perUnitMax !== null;
  const troopsMin = unit === 'troops' ? valueMin : perUnit ? valueMin * claim.perUnitMin! : null;
  const troopsMax = unit === 'troops' ? valueMax : perUnit ? valueMax * claim.perUnitMax! : null;
  return { ...claim, ...values, claimantIds: [...values.claimantIds], troopsMin, troopsMax };
}

/**
 * A new review of `claim`; a claim corrected before keeps its first original values. Confirming a corrected claim
 * confirms its correction (it stays corrected): a bare "confirmed" would bring the extracted values back on the
 * next ingest.
 */
export function reviewOf(
  claim: ReviewedClaim,
  status: Review['status'],
  note: string,
  correction: ClaimValues | null,
  reviewedAt: string,
): Review {
  const keepCorrection = status === 'confirmed' && claim.review?.status === 'corrected';
  return {
    claimId: claim.id,
    articleId: claim.articleId,
    status: keepCorrection ? 'corrected' : status,
    note,
    correction: keepCorrection ? valuesOf(claim) : status === 'corrected' ? correction : null,
    original: claim.review?.original ?? valuesOf(claim),
    quote: claim.quote.text,
    reviewedAt,
  };
}

/** One review per claim: later entries win over earlier ones (the browser's over the dataset's). */
export function mergeReviews(...lists: readonly (readonly Review[])[]): Map<string, Review> {
  const byClaim = new Map<string, Review>();
  for (const list of lists) for (const review of list) byClaim.set(review.claimId, review);
  return byClaim;
}

/** The claim as the views show it under `review`: corrected values applied, the review attached. */
export function applyReview(claim: Claim, review: Review | undefined): ReviewedClaim {
  if (!review) return claim;
  const base = review.correction ? withValues(claim, review.correction) : claim;
  return { ...base, review: { status: review.status, note: review.note, original: review.original } };
}

/** Reviews whose claim the dataset no longer has (its text or number changed, or the file is gone). */
export function orphanedReviews(reviews: Iterable<Review>, hasClaim: (id: string) => boolean): Review[] {
  return [...reviews].filter((r) => !hasClaim(r.claimId));
}

/** The status a claim shows. */
export function statusOf(claim: ReviewedClaim): ReviewStatus {
  return claim.review?.status ?? 'unreviewed';
}
