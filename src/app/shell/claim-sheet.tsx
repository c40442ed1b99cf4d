/**
 * On a phone, a claim tapped on the map or the chart opens this sheet along the bottom: the quote, who claims it,
 * when, and "Open article" (the reader lives in another tab there, so a tap alone would change nothing visible).
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useDataset } from '../../data/hooks';
import { schemeFor, UNATTRIBUTED_LABEL } from '../../domain/claimant-colors';
import { reviewedClaim } from '../../domain/narrow-visible';
import { describeAmount, formatDay, reviewNote } from '../../domain/series-labels';
import { useReviews } from '../../features/review/use-reviews';

/** Props: the selected claim's id, and what the two buttons do. */
export interface ClaimSheetProps {
  claimId: string;
  onOpenArticle: () => void;
  onClose: () => void;
}

/**
 * Moves focus into the sheet when it opens for a claim, so the tapped mark loses focus and its tooltip goes (it
 * would otherwise linger under the sheet); on close, gives focus back to that mark only if a keyboard put it there.
 */
function useSheetFocus(claimId: string) {
  const title = useRef<HTMLHeadingElement>(null);
  const back = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const from = document.activeElement;
    if (from instanceof HTMLElement || from instanceof SVGElement) {
      const inside = title.current?.closest('.claim-sheet')?.contains(from) ?? false;
      if (!inside) back.current = from.matches(':focus-visible') ? (from as HTMLElement) : null;
    }
    title.current?.focus({ preventScroll: true });
  }, [claimId]);
  return {
    title,
    restore: () => {
      if (back.current?.isConnected) back.current.focus({ preventScroll: true });
    },
  };
}

/** The sheet; renders nothing for an unknown id. Escape closes it. */
export function ClaimSheet({ claimId, onOpenArticle, onClose }: ClaimSheetProps) {
  const { index } = useDataset();
  const { reviews } = useReviews();
  const { title, restore } = useSheetFocus(claimId);
  const extracted = index.claims.get(claimId);
  if (!extracted) return null;
  // As the other views show it: a correction's values and claimants, and what it replaced.
  const claim = reviewedClaim(extracted, reviews);
  const article = index.articles.get(claim.articleId);
  const names = schemeFor(index.dataset).namesOf(claim);
  const review = reviewNote(claim);
  const close = () => {
    onClose();
    restore();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  return (
    <section className="claim-sheet" role="dialog" aria-labelledby="claim-sheet-title" onKeyDown={onKeyDown}>
      <h2 id="claim-sheet-title" className="claim-sheet__title" ref={title} tabIndex={-1}>
        {describeAmount(claim)}
      </h2>
      <q className="claim-sheet__quote">{claim.quote.text}</q>
      <dl className="claim-sheet__facts">
        <dt>Claimed by</dt>
        <dd>{names.length ? names.join('; ') : UNATTRIBUTED_LABEL}</dd>
        <dt>Reported</dt>
        <dd>{claim.reportedOn ? formatDay(claim.reportedOn) : 'Date unknown'}</dd>
        {review && (
          <>
            <dt>Review</dt>
            <dd>{review}</dd>
          </>
        )}
        {article && (
          <>
            <dt>In</dt>
            <dd>
              {article.outlet ?? 'Unknown outlet'}: {article.title}
            </dd>
          </>
        )}
      </dl>
      <div className="claim-sheet__actions">
        <button type="button" className="claim-sheet__open" onClick={onOpenArticle}>
          Open article
        </button>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </section>
  );
}
