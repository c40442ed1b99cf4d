/**
 * The "Reviews" group of the header: the "Review status" filter, "Show rejected", "Export reviews", and the
 * reviews whose claim is gone ("orphaned"), listed so none is silently lost.
 */
import { useId, useState } from 'react';
import './review.css';
import { STATUS_NAMES } from '../../domain/review-labels';
import { REVIEW_STATUSES, type Review, type ReviewStatus } from '../../domain/reviews';

/** Props: the view's review settings, what exists, and callbacks. */
export interface ReviewBarProps {
  statuses: readonly ReviewStatus[];
  showRejected: boolean;
  reviewCount: number;
  orphaned: readonly Review[];
  /** Why reviews could not be loaded or saved, if so. */
  problems: readonly string[];
  onChange: (patch: { review?: ReviewStatus[]; showRejected?: boolean }) => void;
  onExport: () => void;
  /** On a phone: the group folds behind a "Reviews" button, so the header stays one row taller at most. */
  collapsible?: boolean;
}

/** The bar. */
export function ReviewBar(props: ReviewBarProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!props.collapsible) return <ReviewControlsGroup {...props} />;
  return (
    <>
      <button
        type="button"
        className="review-bar__toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        Reviews
      </button>
      {open && (
        <div id={id} className="review-bar__panel">
          <ReviewControlsGroup {...props} />
        </div>
      )}
    </>
  );
}

function ReviewControlsGroup(props: ReviewBarProps) {
  const { statuses, showRejected, reviewCount, orphaned, problems, onChange, onExport } = props;
  return (
    <div className="review-bar" role="group" aria-label="Reviews">
      <label className="review-bar__status">
        Review status
        <select
          value={statuses.length === 1 ? statuses[0] : ''}
          onChange={(event) =>
            onChange({ review: event.target.value ? [event.target.value as ReviewStatus] : [] })
          }
        >
          <option value="">Any</option>
          {REVIEW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_NAMES[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="review-bar__rejected">
        <input
          type="checkbox"
          checked={showRejected}
          onChange={(event) => onChange({ showRejected: event.target.checked })}
        />
        Show rejected
      </label>
      <button type="button" onClick={onExport} disabled={reviewCount === 0}>
        Export reviews
      </button>
      {orphaned.length > 0 && (
        <details className="review-bar__orphans">
          <summary>
            {orphaned.length} orphaned review{orphaned.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {orphaned.map((r) => (
              <li key={r.claimId}>
                {STATUS_NAMES[r.status]}, orphaned: no claim {r.claimId} in this dataset. “
                {r.quote.slice(0, 160)}”{r.note && <> Note: {r.note}</>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {problems.map((p) => (
        <p key={p} role="alert" className="review-bar__problem">
          {p}
        </p>
      ))}
    </div>
  );
}
