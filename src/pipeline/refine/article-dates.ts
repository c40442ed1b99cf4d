/**
 * Article dates and how they were known: metadata > header line > a dated stamp in the text > inferred
 * (a live page's newest entry; a weekday such as "on Monday" matched to a dated article reporting the same
 * event) > unknown. Nothing is invented: without evidence the date stays null, with a one-line reason.
 */
import type { DateSource, Day, Entry } from '../../domain/schema';
import { addDays, findDates, weekdayOf } from '../extract/dates';

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

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_PHRASE =
  /\b(?:(on|last|since|earlier on|late on)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!,?\s+(?:\d|the \d|[A-Z][a-z]+ \d))/;
const STAMP_LINE = /^(?:(?:first\s+)?(?:published|posted|updated|last updated|filed|date)d?\b[:\s]*)/i;
const LEAD_CHARS = 1500;
const DECADE_DAYS = 3652;
/**
 * Share of an undated article's weighted lead vocabulary (actors, places, key terms; rarer weighs more) that a
 * dated article must also have for the two to count as reporting the same event.
 */
const SAME_EVENT_SHARE = 0.25;
/** The best match must outscore any match pointing at another day by this factor, or the date stays unknown. */
const CLEAR_LEAD = 1.2;

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

const STOP = new Set([
  'about',
  'after',
  'against',
  'also',
  'been',
  'before',
  'could',
  'from',
  'have',
  'into',
  'more',
  'said',
  'says',
  'since',
  'that',
  'their',
  'there',
  'these',
  'they',
  'this',
  'which',
  'while',
  'will',
  'with',
  'would',
  'were',
  'what',
  'when',
  'where',
  'other',
  'than',
  'them',
  'then',
  'some',
  'over',
]);

/** Stemmed content words of an article's lead (prefix stems make "recognise"/"recognized" meet). */
function keyTerms(text: string): Map<string, string> {
  const terms = new Map<string, string>();
  for (const w of text
    .slice(0, LEAD_CHARS)
    .toLowerCase()
    .match(/\p{L}{5,}/gu) ?? []) {
    if (!STOP.has(w) && !terms.has(w.slice(0, 6))) terms.set(w.slice(0, 6), w);
  }
  return terms;
}

function overlap<T>(a: Set<T>, b: Set<T>): T[] {
  return [...a].filter((x) => b.has(x));
}

interface Known {
  input: DateInput;
  date: Day;
  items: Set<string>;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Inverse document frequency, smoothed so that even a two-article corpus gives shared items some weight. */
function weights(all: Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const items of all) for (const x of items) df.set(x, (df.get(x) ?? 0) + 1);
  return new Map([...df].map(([x, n]) => [x, Math.log(1 + all.length / n)]));
}

function itemsOf(input: DateInput): Set<string> {
  return new Set([
    ...input.actorIds.map((a) => `@${a}`),
    ...input.placeIds.map((p) => `@${p}`),
    ...keyTerms(input.text).keys(),
  ]);
}

function inferFromWeekday(input: DateInput, known: Known[], weight: Map<string, number>): ArticleDate | null {
  const m = WEEKDAY_PHRASE.exec(input.text.slice(0, LEAD_CHARS));
  if (!m) return null;
  const weekday = WEEKDAYS.indexOf(m[2]!);
  const items = itemsOf(input);
  const self = [...items].reduce((sum, x) => sum + (weight.get(x) ?? 0), 0);
  const matches: { k: Known; score: number; shared: string[] }[] = [];
  for (const k of known) {
    const shared = overlap(items, k.items).sort(
      (a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || byName(a, b),
    );
    const score = shared.reduce((sum, x) => sum + (weight.get(x) ?? 0), 0);
    if (score < SAME_EVENT_SHARE * self) continue;
    matches.push({ k, score, shared });
  }
  // The reported weekday is the nearest such day on or before the matched article's date (within 7 days).
  const dayFor = (k: Known) => addDays(k.date, -((weekdayOf(k.date) - weekday + 7) % 7));
  matches.sort((a, b) => b.score - a.score || byName(a.k.input.file, b.k.input.file));
  const best = matches[0];
  if (!best) return null;
  const date = dayFor(best.k);
  const rival = matches.find((x) => dayFor(x.k) !== date);
  if (rival && rival.score * CLEAR_LEAD > best.score) return null;
  const words = keyTerms(input.text);
  const named = best.shared.filter((x) => x.startsWith('@')).map((x) => x.slice(1));
  const terms = best.shared.filter((x) => !x.startsWith('@')).map((x) => words.get(x) ?? x);
  const evidence = [...new Set([...named.slice(0, 4), ...terms.slice(0, 4)])].join(', ');
  return {
    date,
    source: 'inferred',
    reason: `'${m[0].trim()}' matched to ${best.k.input.file} (${best.k.date}) reporting the same event: ${evidence}`,
    messages: [],
  };
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
  const known: Known[] = [];
  for (const input of inputs) {
    const found = direct(input);
    if (!found) continue;
    result.set(input.id, found);
    known.push({ input, date: found.date!, items: itemsOf(input) });
  }
  const weight = weights(inputs.map(itemsOf));
  for (const input of inputs) {
    if (result.has(input.id)) continue;
    const inferred = inferFromWeekday(input, known, weight);
    result.set(
      input.id,
      inferred ?? {
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
