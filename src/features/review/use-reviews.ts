/** The reviews in force: those ingest applied, overlaid by those made in this browser, and the actions on them. */
import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { mergeReviews, type Review } from '../../domain/reviews';
import { datasetReviewsQuery } from './dataset-reviews-query';
import { reviewStore, type ReviewStoreState } from './review-store';

/** Reviews by claim id, and what the views need to act on them. */
export interface ReviewsState {
  reviews: ReadonlyMap<string, Review>;
  local: ReviewStoreState;
  /** Why `data/reviews.json` could not be used, or null. */
  datasetProblem: string | null;
  record: (review: Review, action: string) => void;
  undo: () => void;
}

const NONE: readonly Review[] = [];
let merged: { base: readonly Review[]; local: readonly Review[]; map: ReadonlyMap<string, Review> } | null =
  null;

// Every component asking in one render gets the same map, so memoised selectors see one identity.
function mergedOf(base: readonly Review[], local: readonly Review[]): ReadonlyMap<string, Review> {
  if (merged?.base !== base || merged.local !== local)
    merged = { base, local, map: mergeReviews(base, local) };
  return merged.map;
}

/** The hook. */
export function useReviews(): ReviewsState {
  const store = reviewStore();
  const local = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const query = useQuery(datasetReviewsQuery());
  return {
    reviews: mergedOf(query.data ?? NONE, local.reviews),
    local,
    datasetProblem: query.error ? query.error.message : null,
    record: (review, action) => store.record(review, action),
    undo: () => store.undo(),
  };
}
