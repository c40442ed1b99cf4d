/** A claim's review status in words, for the table and the review controls. */
import type { ReviewStatus } from './reviews';

/** Display names of the statuses. */
export const STATUS_NAMES: Record<ReviewStatus, string> = {
  unreviewed: 'Unreviewed',
  confirmed: 'Confirmed',
  corrected: 'Corrected',
  rejected: 'Rejected',
};
