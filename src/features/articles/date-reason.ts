/** Why an article's date is doubtful, in plain words: no file names, ids or matcher internals. */
import type { Article } from '../../domain/schema';
import { formatDay } from './format';

// The pipeline's reason for a date taken from another report of the same event (src/pipeline/refine/same-event.ts).
const SAME_EVENT = /^'([^']+)' matched to .+ \((\d{4}-\d{2}-\d{2})\) reporting the same event/;

/** One or two sentences a reader can follow, for inferred and unknown dates; null for dates the article gives. */
export function plainDateReason(article: Pick<Article, 'dateSource' | 'dateReason'>): string | null {
  if (article.dateSource === 'unknown') {
    return 'No date was found: the file gives none, has no date line, and no other article reports the same event.';
  }
  if (article.dateSource !== 'inferred') return null;
  const same = SAME_EVENT.exec(article.dateReason ?? '');
  if (same) {
    return `The article gives no date of its own. It says “${same[1]}” about an event that another article in this collection reported on ${formatDay(same[2]!)}, so it is dated from that report.`;
  }
  return 'The article gives no date of its own; this date was worked out from other reports of the same event.';
}
