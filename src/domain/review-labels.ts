/** A claim's review in words, for the table, the chart's names and tooltips, and the reader. */
import type { ReviewedClaim, ReviewStatus } from './reviews';
import { reviewNote } from './series-labels';

/** Display names of the statuses. */
export const STATUS_NAMES: Record<ReviewStatus, string> = {
  unreviewed: 'Unreviewed',
  confirmed: 'Confirmed',
  corrected: 'Corrected',
  rejected: 'Rejected',
};

/** `text` with the review note appended ("…, 2 Feb 2022; corrected: was 100,000"). */
export function withReviewNote(text: string, claim: ReviewedClaim): string {
  const note = reviewNote(claim);
  return note ? `${text}; ${note}` : text;
}
