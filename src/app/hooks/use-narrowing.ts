/** What narrows the filtered rows beyond the filters: the view's search and the reviews in force. */
import { useMemo } from 'react';
import type { Narrowing } from '../../domain/narrow-visible';
import type { ReviewStatus } from '../../domain/reviews';
import { useReviews } from '../../features/review/use-reviews';
import { useSearch } from '../../features/search/use-search';
import type { ViewState } from '../../url-state/view-state';

/** The narrowing for `view`; the same object while nothing in it changes. */
export function useNarrowing(view: ViewState): Narrowing {
  const search = useSearch(view.q);
  const { reviews } = useReviews();
  const ranked = search.result?.ranked ?? null;
  // Keyed on the statuses' content: the URL gives a new array on every parse.
  const statusKey = view.review.join(',');
  const showRejected = view.showRejected;
  return useMemo(() => {
    const statuses = statusKey ? (statusKey.split(',') as ReviewStatus[]) : [];
    return { ranked, reviews, statuses, showRejected };
  }, [ranked, reviews, statusKey, showRejected]);
}
