/** The table's "Review" cell: the claim's status, what a correction replaced, and the analyst's note. */
import { STATUS_NAMES } from '../../domain/review-labels';
import { reviewNote } from '../../domain/series-labels';
import { statusOf, type ReviewedClaim } from '../../domain/reviews';

/** The cell. */
export function ReviewCell({ claim }: { claim: ReviewedClaim }) {
  const status = statusOf(claim);
  const note = status === 'corrected' ? reviewNote(claim) : null;
  return (
    <td className={`claims-table__review claims-table__review--${status}`}>
      {STATUS_NAMES[status]}
      {note && <> ({note.replace(/^corrected: /, '')})</>}
      {claim.review?.note && <span className="claims-table__review-note"> · {claim.review.note}</span>}
    </td>
  );
}
