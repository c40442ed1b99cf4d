/**
 * Article dates and how they were known: metadata > header line > the day in the page's URL > a live page's
 * newest entry (inferred) > the page's own date in its text (a stamp, a date line, a dateline, a timestamp;
 * a year-less one takes the URL's year) > a weekday such as "on Monday" matched to a dated article reporting
 * the same event (inferred) > unknown. Nothing is invented: a URL that gives only a month gives no date, and
 * without evidence the date stays null, with a one-line reason.
 */
import type { DateSource, Day, Entry } from '../../domain/schema';
import { pageDate } from '../extract/dates/page-date';
import { dateFromUrl, urlMonth, yearAnchor } from '../extract/dates/url-date';
import { SameEventIndex } from './same-event';

/** What dating needs to know about one article. */
export interface DateInput {
  id: string;
  file: string;
  text: string;
  entries: Entry[];
  metaDate: Day | null;
  headerDate: Day | null;
  /** The month a header line gives without a day ("2022-03"), or null. */
  headerMonth?: string | null;
  /** The page's address (front matter `url`, canonical link), or null. */
  url: string | null;
  actorIds: string[];
  placeIds: string[];
}

/** An article's date, its source, the reason in one line, and warnings for the report. */
export interface ArticleDate {
  date: Day | null;
  source: DateSource;
  reason: string | null;
  messages: string[];
}

const DECADE_DAYS = 3652;

/** The date an article gives by itself (everything but cross-article inference), or null. */
export function ownDate(input: Omit<DateInput, 'id' | 'file' | 'actorIds' | 'placeIds'>): ArticleDate | null {
  if (input.metaDate)
    return {
      date: input.metaDate,
      source: 'metadata',
      reason: 'date given in the file metadata',
      messages: [],
    };
  if (input.headerDate)
    return { date: input.headerDate, source: 'header', reason: 'date header line', messages: [] };
  const fromUrl = dateFromUrl(input.url);
  if (fromUrl?.day)
    return {
      date: fromUrl.day,
      source: 'url',
      reason: `date in the page's URL: "${fromUrl.evidence}"`,
      messages: [],
    };
  if (input.entries.length > 0) {
    const newest = input.entries.reduce((a, b) => (b.publishedAt > a.publishedAt ? b : a));
    const date = newest.publishedAt.slice(0, 10);
    const time = newest.publishedAt.slice(11, 16);
    return {
      date,
      source: 'inferred',
      reason: `live page: date of its newest entry (${date} ${time} UTC)`,
      messages: [],
    };
  }
  // A month from the header, like one from the URL, gives no day: it dates a stamp in the text that agrees with it.
  const [year, month] = input.headerMonth?.split('-').map(Number) ?? [];
  const monthly = year && month ? { day: null, year, month, evidence: input.headerMonth! } : fromUrl;
  const stamp = pageDate(input.text, yearAnchor(monthly), urlMonth(monthly));
  if (stamp)
    return {
      date: stamp.date,
      source: 'text',
      reason: `${stamp.kind} in the text: "${stamp.line.slice(0, 60)}"${stamp.borrowedYear ? (input.headerMonth ? ' (year from the date header)' : ' (year from the URL)') : ''}`,
      messages: [],
    };
  return null;
}

function daysBetween(a: Day, b: Day): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Dates every article of a corpus, inferring across articles where the text allows it. */
export function dateArticles(inputs: DateInput[]): Map<string, ArticleDate> {
  const result = new Map<string, ArticleDate>();
  const dated: { input: DateInput; date: Day }[] = [];
  for (const input of inputs) {
    const found = ownDate(input);
    if (!found) continue;
    result.set(input.id, found);
    dated.push({ input, date: found.date! });
  }
  const index = new SameEventIndex(inputs, dated);
  for (const input of inputs) {
    if (result.has(input.id)) continue;
    const inferred = index.infer(input);
    result.set(
      input.id,
      inferred
        ? { ...inferred, messages: [] }
        : {
            date: null,
            source: 'unknown',
            reason: input.headerMonth
              ? `the date header gives only the month (${input.headerMonth}); no day in the text, and no dated article reports the same event`
              : 'no date in metadata, header or text, and no dated article reports the same event',
            messages: ['no date found; the article is not placed on the timeline'],
          },
    );
  }
  const days = [...result.values()].flatMap((d) => (d.date ? [d.date] : [])).sort();
  const median = days[Math.floor(days.length / 2)];
  for (const dated of result.values()) {
    if (median && dated.date && days.length >= 3 && daysBetween(dated.date, median) > DECADE_DAYS) {
      dated.messages.push(
        `date ${dated.date} is more than ten years away from the rest of the corpus (around ${median}); check it`,
      );
    }
  }
  return result;
}
