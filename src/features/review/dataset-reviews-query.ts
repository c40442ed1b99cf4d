/**
 * The reviews ingest applied (`data/reviews.json`, written beside the dataset). A dataset built without the file
 * has none: a 404 is no reviews, not an error.
 */
import { queryOptions } from '@tanstack/react-query';
import { parseReviewsFile, type Review } from '../../domain/reviews';
import { DataLoadError, loadJson } from '../../data/load-json';

/** The file the app loads the applied reviews from, relative to the page. */
export const REVIEWS_FILE = 'data/reviews.json';

async function loadReviews({ signal }: { signal: AbortSignal }): Promise<Review[]> {
  let json: unknown;
  try {
    json = await loadJson(REVIEWS_FILE, signal);
  } catch (error) {
    if (error instanceof DataLoadError && /HTTP 404/.test(error.problems[0] ?? '')) return [];
    throw error;
  }
  const parsed = parseReviewsFile(json);
  if (!parsed.ok) throw new DataLoadError(REVIEWS_FILE, parsed.problems);
  return parsed.reviews;
}

/** Query options for the applied reviews. */
export function datasetReviewsQuery() {
  return queryOptions({
    queryKey: ['dataset-reviews'],
    queryFn: loadReviews,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
