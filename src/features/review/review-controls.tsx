/** "Confirm", "Reject" and "Correct" for the selected claim, its review status, and Undo of the last action. */
import { useRef, useState } from 'react';
import './review.css';
import { reviewNote } from '../../domain/series-labels';
import { reviewOf, statusOf, type ClaimValues, type Review, type ReviewedClaim } from '../../domain/reviews';
import type { ActorGroupChoices } from '../../domain/claimant-colors';
import { CorrectForm } from './correct-form';
import { STATUS_NAMES } from '../../domain/review-labels';

/** Props: the claim as shown (with its review), the actors a correction may name (by group), and the store's actions. */
export interface ReviewControlsProps {
  claim: ReviewedClaim;
  actors: readonly ActorGroupChoices[];
  lastAction: string | null;
  canUndo: boolean;
  onRecord: (review: Review, action: string) => void;
  onUndo: () => void;
  /** The review time; a prop so tests can pin it. */
  now?: () => string;
}

/** The controls, shown in the reader while a claim is selected. */
export function ReviewControls(props: ReviewControlsProps) {
  const { claim, actors, lastAction, canUndo, onRecord, onUndo } = props;
  const now = props.now ?? (() => new Date().toISOString());
  const [correcting, setCorrecting] = useState(false);
  const correctButton = useRef<HTMLButtonElement>(null);
  const status = statusOf(claim);
  const phrase = claim.quote.text.length > 60 ? `${claim.quote.text.slice(0, 57)}…` : claim.quote.text;

  const decide = (next: 'confirmed' | 'rejected') =>
    onRecord(
      reviewOf(claim, next, claim.review?.note ?? '', null, now()),
      `${STATUS_NAMES[next]} “${phrase}”`,
    );
  const save = (values: ClaimValues, note: string) => {
    onRecord(reviewOf(claim, 'corrected', note, values, now()), `Corrected “${phrase}”`);
    setCorrecting(false);
    correctButton.current?.focus();
  };
  const note = reviewNote(claim);

  return (
    <section className="review-controls" aria-label="Review this claim">
      <p className="review-controls__status">
        Review status: <strong>{STATUS_NAMES[status]}</strong>
        {status === 'corrected' && note ? ` (${note})` : ''}
        {claim.review?.note ? ` · Note: ${claim.review.note}` : ''}
      </p>
      <div className="review-controls__actions">
        <button type="button" aria-pressed={status === 'confirmed'} onClick={() => decide('confirmed')}>
          Confirm
        </button>
        <button type="button" aria-pressed={status === 'rejected'} onClick={() => decide('rejected')}>
          Reject
        </button>
        <button
          ref={correctButton}
          type="button"
          aria-expanded={correcting}
          onClick={() => setCorrecting(!correcting)}
        >
          Correct
        </button>
        <button type="button" onClick={onUndo} disabled={!canUndo}>
          Undo
        </button>
      </div>
      {correcting && (
        <CorrectForm
          initial={claim}
          initialNote={claim.review?.note ?? ''}
          actors={actors}
          onSave={save}
          onCancel={() => {
            setCorrecting(false);
            correctButton.current?.focus();
          }}
        />
      )}
      <p className="review-controls__last" role="status">
        {lastAction ?? ''}
      </p>
    </section>
  );
}
