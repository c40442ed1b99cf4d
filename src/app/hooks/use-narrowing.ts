/** What narrows the filtered rows beyond the filters: the view's search and the reviews in force. */
import { useMemo } from 'react';
import type { Narrowing } from '../../domain/narrow-visible';
import { useReviews } from '../../features/review/use-reviews';
import { useSearch } from '../../features/search/use-search';
import type { ViewState } from '../../url-state/view-state';

/** The narrowing for `view`; the same object while nothing in it changes. */
export function useNarrowing(view: ViewState): Narrowing {
  const search = useSearch(view.q);
  const { reviews } = useReviews();
  const ranked = search.result?.ranked ?? null;
  // The URL state keeps the statuses' list while its ids stay the same.
  const { review: statuses, showRejected } = view;
  return useMemo(
    () => ({ ranked, reviews, statuses, showRejected }),
    [ranked, reviews, statuses, showRejected],
  );
}
