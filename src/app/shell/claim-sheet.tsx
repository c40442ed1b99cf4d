/**
 * On a phone, a claim tapped on the map or the chart opens this sheet along the bottom: the quote, who claims it,
 * when, and "Open article" (the reader lives in another tab there, so a tap alone would change nothing visible).
 */
import { useDataset } from '../../data/hooks';
import { schemeFor, UNATTRIBUTED_LABEL } from '../../domain/claimant-colors';
import { describeAmount, formatDay } from '../../domain/series-labels';

/** Props: the selected claim's id, and what the two buttons do. */
export interface ClaimSheetProps {
  claimId: string;
  onOpenArticle: () => void;
  onClose: () => void;
}

/** The sheet; renders nothing for an unknown id. */
export function ClaimSheet({ claimId, onOpenArticle, onClose }: ClaimSheetProps) {
  const { index } = useDataset();
  const claim = index.claims.get(claimId);
  if (!claim) return null;
  const article = index.articles.get(claim.articleId);
  const names = schemeFor(index.dataset).namesOf(claim);
  return (
    <section className="claim-sheet" role="dialog" aria-labelledby="claim-sheet-title">
      <h2 id="claim-sheet-title" className="claim-sheet__title">
        {describeAmount(claim)}
      </h2>
      <q className="claim-sheet__quote">{claim.quote.text}</q>
      <dl className="claim-sheet__facts">
        <dt>Claimed by</dt>
        <dd>{names.length ? names.join('; ') : UNATTRIBUTED_LABEL}</dd>
        <dt>Reported</dt>
        <dd>{claim.reportedOn ? formatDay(claim.reportedOn) : 'Date unknown'}</dd>
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
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
