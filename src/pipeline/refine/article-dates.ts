/**
 * Article dates and how they were known: metadata > header line > a dated stamp in the text > inferred
 * (a live page's newest entry; a weekday such as "on Monday" matched to a dated article reporting the same
 * event) > unknown. Nothing is invented: without evidence the date stays null, with a one-line reason.
 */
import type { DateSource, Day, Entry } from '../../domain/schema';
import { findDates } from '../extract/dates/find-dates';
import { SameEventIndex } from './same-event';

/** What dating needs to know about one article. */
export interface DateInput {
  id: string;
  file: string;
  text: string;
  entries: Entry[];
  metaDate: Day | null;
  headerDate: Day | null;
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

const STAMP_LINE = /^(?:(?:first\s+)?(?:published|posted|updated|last updated|filed|date)d?\b[:\s]*)/i;
const DECADE_DAYS = 3652;
/** A stamp line in the first or last lines of the text: "Published 15 February 2022", or a date alone. */
function dateFromText(text: string): { date: Day; line: string } | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of [...lines.slice(0, 4), ...lines.slice(-3)]) {
    if (line.length > 100) continue;
    const hit = findDates(line, null).find((d) => d.precision === 'day' && !d.relative);
    if (!hit) continue;
    const alone =
      line.slice(0, hit.start).trim() === '' &&
      line.slice(hit.end).replace(/[\s,.\d:apmGMTUC|–—-]/gi, '') === '';
    if (alone || STAMP_LINE.test(line)) return { date: hit.date, line };
  }
  return null;
}

function direct(input: DateInput): ArticleDate | null {
  if (input.metaDate)
    return {
      date: input.metaDate,
      source: 'metadata',
      reason: 'date given in the file metadata',
      messages: [],
    };
  if (input.headerDate)
    return { date: input.headerDate, source: 'header', reason: 'date header line', messages: [] };
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
  const stamp = dateFromText(input.text);
  if (stamp)
    return {
      date: stamp.date,
      source: 'text',
      reason: `date line in the text: "${stamp.line.slice(0, 60)}"`,
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
    const found = direct(input);
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
            reason: 'no date in metadata, header or text, and no dated article reports the same event',
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
