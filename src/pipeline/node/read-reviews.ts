/** Reads the analyst's reviews file for ingest: absent is fine (no reviews); unreadable or invalid stops the run. */
import { promises as fs } from 'node:fs';
import { parseReviewsFile, type Review } from '../../domain/reviews';

/** The reviews in `file`, or null when there is no such file; throws a one-line reason when it is unusable. */
export async function readReviews(file: string): Promise<Review[] | null> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('is not valid JSON');
  }
  const parsed = parseReviewsFile(json);
  // A bad reviews file must not quietly rebuild the dataset without the corrections it holds.
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.reviews;
}
