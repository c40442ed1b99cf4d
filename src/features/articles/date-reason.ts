/** Why an article's date is doubtful, in plain words: no file names, ids or matcher internals. */
import type { Article } from '../../domain/schema';
import { formatDay } from './format';

// The pipeline's reason for a date taken from another report of the same event (src/pipeline/refine/same-event.ts).
const SAME_EVENT = /^'([^']+)' matched to .+ \((\d{4}-\d{2}-\d{2})\) reporting the same event/;

// The pipeline's reason when a date header gives the month alone (src/pipeline/refine/article-dates.ts).
const MONTH_ONLY = /gives only the month \((\d{4}-\d{2})\)/;
const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** One or two sentences a reader can follow, for inferred and unknown dates; null for dates the article gives. */
export function plainDateReason(article: Pick<Article, 'dateSource' | 'dateReason'>): string | null {
  if (article.dateSource === 'unknown') {
    const month = MONTH_ONLY.exec(article.dateReason ?? '');
    if (month)
      return `No day was found: the file gives only the month, ${MONTH_FORMAT.format(new Date(`${month[1]}-01T00:00:00Z`))}, the text has no date line, and no other article reports the same event.`;
    return 'No date was found: the file gives none, has no date line, and no other article reports the same event.';
  }
  if (article.dateSource !== 'inferred') return null;
  const same = SAME_EVENT.exec(article.dateReason ?? '');
  if (same) {
    return `The article gives no date of its own. It says “${same[1]}” about an event that another article in this collection reported on ${formatDay(same[2]!)}, so it is dated from that report.`;
  }
  return 'The article gives no date of its own; this date was worked out from other reports of the same event.';
}
