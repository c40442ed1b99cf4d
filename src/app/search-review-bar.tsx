/** Wires the search box and the Reviews group of the header to the URL view, the search and the reviews. */
import { useMemo } from 'react';
import { useDataset } from '../data/hooks';
import { orphanedReviews, toReviewsFile } from '../domain/reviews';
import { downloadFile } from '../features/filters/download-file';
import { ReviewBar } from '../features/review/review-bar';
import { useReviews } from '../features/review/use-reviews';
import { SearchBox } from '../features/search/search-box';
import { useSearch } from '../features/search/use-search';
import { PHONE_QUERY, useMediaQuery } from './hooks/use-media-query';
import { useView, useVisibleState } from './hooks/use-view';

/** The search box and the Reviews group. */
export function SearchReviewBar() {
  const { index } = useDataset();
  const [view, update] = useView();
  const { visible, updating } = useVisibleState();
  const search = useSearch(view.q);
  const { reviews, local, datasetProblem } = useReviews();
  const orphaned = useMemo(
    () => orphanedReviews(reviews.values(), (id) => index.claims.has(id)),
    [reviews, index],
  );
  const problems = [local.problem, datasetProblem].filter((p): p is string => p !== null);
  const phone = useMediaQuery(PHONE_QUERY);
  return (
    <div className="search-review">
      <SearchBox
        query={view.q}
        search={search}
        matching={visible.counts.articles}
        updating={updating}
        // Typing replaces the history entry: Back leaves the search rather than stepping through its letters.
        onChange={(q) => update({ q }, { replace: true })}
      />
      <ReviewBar
        statuses={view.review}
        showRejected={view.showRejected}
        reviewCount={reviews.size}
        orphaned={orphaned}
        problems={problems}
        onChange={(patch) => update(patch)}
        onExport={() => downloadFile('reviews.json', toReviewsFile(reviews.values()), 'application/json')}
        collapsible={phone}
      />
    </div>
  );
}
