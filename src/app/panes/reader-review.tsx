/** What the reader adds for the analyst: claims shown as reviewed, the review controls, and the search's words. */
import { useMemo, type ReactNode } from 'react';
import { useDataset } from '../../data/hooks';
import { actorGroupChoices } from '../../domain/claimant-colors';
import { filterTables } from '../../domain/filter-tables';
import { reviewedClaims } from '../../domain/narrow-visible';
import type { ReviewedClaim } from '../../domain/reviews';
import type { BodyState } from '../../features/articles/article-reader';
import { ReviewControls } from '../../features/review/review-controls';
import { useReviews } from '../../features/review/use-reviews';
import { useSearch } from '../../features/search/use-search';
import { termSpans } from '../../features/search/term-spans';
import type { ViewState } from '../../url-state/view-state';

const NONE: readonly ReviewedClaim[] = [];

/** For the open article: its claims under review, the controls for the selected one, and search highlights. */
export function useReaderReview(articleId: string | null, view: ViewState, body: BodyState) {
  const { index } = useDataset();
  const { reviews, local, record, undo } = useReviews();
  const search = useSearch(view.q);
  const claims = useMemo(
    () => (articleId ? reviewedClaims(index.claimsByArticle.get(articleId) ?? [], reviews) : NONE),
    [articleId, index, reviews],
  );
  const actors = useMemo(() => actorGroupChoices(index.dataset.actors), [index]);
  const selected = claims.find((c) => c.id === view.claim) ?? null;
  const tools: ReactNode = selected ? (
    <ReviewControls
      key={selected.id}
      claim={selected}
      actors={actors}
      lastAction={local.lastAction}
      canUndo={local.canUndo}
      onRecord={record}
      onUndo={undo}
    />
  ) : null;
  const position = articleId ? filterTables(index).articleAt.get(articleId) : undefined;
  const terms = position === undefined ? undefined : search.result?.termsOf(position);
  const text = body.status === 'ready' ? body.body.text : '';
  const hits = useMemo(() => (terms ? termSpans(text, terms) : []), [text, terms]);
  return { claims, tools, hits };
}
