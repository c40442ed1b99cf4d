/**
 * Date expressions in running text, as small ordered parsers (absolute first, then relative to an anchor day).
 * Every hit carries its span, the resolved day, its precision and whether it was anchored.
 * Years alone ("in 2014") are never dates here: they are too vague to place anything on a timeline.
 */
import type { Day } from '../../../domain/schema';
import type { DateHit } from '../../types';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+(?:the\\s+)?)?';
const DAY_NUM = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
/** ", 2022" or, as some sites print stamps, ",2022" glued to the day (only where nothing but a stamp follows). */
const COMMA_YEAR = `(?:,?\\s+${YEAR}|,${YEAR}(?=\\s*(?:$|[|,.;)–—-]|\\d{1,2}[:.]\\d\\d|at\\b)))`;

/** Builds a day from parts, or null when the parts are not a real calendar day. */
export function makeDay(year: number, month: number, day: number): Day | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** The day `n` days after `day` (negative goes back). */
export function addDays(day: Day, n: number): Day {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** The Monday of the (ISO, Monday-first) week containing `day`. */
export function mondayOf(day: Day): Day {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

function monthNumber(name: string): number {
  return (
    MONTHS[
      name
        .toLowerCase()
        .replace('.', '')
        .slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)
    ] ?? 0
  );
}

/** A month-and-day without a year takes the anchor's year, or the year before when that lands > 6 months ahead. */
function withAnchorYear(month: number, day: number, anchor: Day | null): Day | null {
  if (!anchor) return null;
  const year = Number(anchor.slice(0, 4));
  const same = makeDay(year, month, day);
  if (same && addDays(anchor, 183) < same) return makeDay(year - 1, month, day);
  return same;
}

type Candidate = DateHit;
type Parser = (text: string, anchor: Day | null) => Candidate[];

function scan(
  re: RegExp,
  text: string,
  resolve: (m: RegExpExecArray) => Omit<Candidate, 'start' | 'end'> | null,
) {
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const hit = resolve(m as RegExpExecArray);
    if (hit) out.push({ ...hit, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const iso: Parser = (text) =>
  scan(/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g, text, (m) => {
    const date = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { date, precision: 'day', relative: false } : null;
  });

const dayMonth: Parser = (text, anchor) =>
  scan(new RegExp(`\\b${WEEKDAY}${DAY_NUM}\\s+(?:of\\s+)?${MONTH}${COMMA_YEAR}?\\b`, 'gm'), text, (m) => {
    const month = monthNumber(m[2]!);
    const year = m[3] ?? m[4];
    const date = year
      ? makeDay(Number(year), month, Number(m[1]))
      : withAnchorYear(month, Number(m[1]), anchor);
    return date ? { date, precision: 'day', relative: !year } : null;
  });

const monthDay: Parser = (text, anchor) =>
  scan(new RegExp(`\\b${WEEKDAY}${MONTH}\\s+${DAY_NUM}${COMMA_YEAR}?(?![\\d,.]*\\d)`, 'gm'), text, (m) => {
    const month = monthNumber(m[1]!);
    const year = m[3] ?? m[4];
    const date = year
      ? makeDay(Number(year), month, Number(m[2]))
      : withAnchorYear(month, Number(m[2]), anchor);
    return date ? { date, precision: 'day', relative: !year } : null;
  });

const monthOnly: Parser = (text, anchor) =>
  scan(
    new RegExp(
      `\\b(?:(?:early|mid|late)[- ]|(?:in|by|until|since|from)\\s+)?${MONTH}(?:\\s+${YEAR})?\\b`,
      'gi',
    ),
    text,
    (m) => {
      const hedged = /^(early|mid|late|in|by|until|since|from)/i.test(m[0]);
      if (!/^[A-Z]/.test(m[1]!) || (!m[2] && !hedged)) return null;
      const month = monthNumber(m[1]!);
      const date = m[2] ? makeDay(Number(m[2]), month, 1) : withAnchorYear(month, 1, anchor);
      return date ? { date, precision: 'month', relative: !m[2] } : null;
    },
  );

const RELATIVE_DAYS: Record<string, number> = {
  today: 0,
  tonight: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  yesterday: -1,
  tomorrow: 1,
};

const relativeDay: Parser = (text, anchor) =>
  anchor
    ? scan(/\b(today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow)\b/gi, text, (m) => ({
        date: addDays(anchor, RELATIVE_DAYS[m[1]!.toLowerCase()]!),
        precision: 'day',
        relative: true,
      }))
    : [];

const relativeWeek: Parser = (text, anchor) =>
  anchor
    ? scan(/\b(last|this|next|earlier this|later this)\s+(week|month)\b/gi, text, (m) => {
        const which = m[1]!.toLowerCase();
        const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
        if (m[2]!.toLowerCase() === 'week') {
          return { date: addDays(mondayOf(anchor), 7 * step), precision: 'week', relative: true };
        }
        const first = new Date(
          Date.UTC(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)) - 1 + step, 1),
        );
        return { date: first.toISOString().slice(0, 10), precision: 'month', relative: true };
      })
    : [];

const FUTURE =
  /\b(will|shall|won't|going to|(?:is|are|was|were) (?:due|set|expected|scheduled|planning) to)\b|'ll\b/i;

/** The clause around [start, end): from the previous sentence end to the next one. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 300), start);
  const after = text.slice(end, end + 300);
  const head = before.split(/[.!?\n](?=\s)/).pop() ?? '';
  const tail = after.split(/[.!?\n](?=\s|$)/)[0] ?? '';
  return head + tail;
}

/**
 * "on Monday", "Monday", "last Monday", "next Monday": the most recent such weekday on or before the anchor,
 * unless the phrase says "next" or its sentence is in the future tense, which looks forward instead.
 */
const weekday: Parser = (text, anchor) =>
  anchor
    ? scan(
        /\b(?:(last|next|this|on|since|by)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
        text,
        (m) => {
          const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
          const modifier = m[1]?.toLowerCase() ?? '';
          const forward =
            modifier === 'next' ||
            (modifier !== 'last' && FUTURE.test(sentenceAround(text, m.index, m.index + m[0].length)));
          const today = weekdayOf(anchor);
          let delta = forward ? (target - today + 7) % 7 : -((today - target + 7) % 7);
          if (modifier === 'next' && delta === 0) delta = 7;
          if (modifier === 'last' && delta === 0) delta = -7;
          return { date: addDays(anchor, delta), precision: 'day', relative: true };
        },
      )
    : [];

const PARSERS: Parser[] = [iso, dayMonth, monthDay, monthOnly, relativeDay, relativeWeek, weekday];

/** Every date expression in `text`, sorted by position; of overlapping candidates the longest is kept. */
export function findDates(text: string, anchor: Day | null): DateHit[] {
  const candidates = PARSERS.flatMap((parse) => parse(text, anchor));
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateHit[] = [];
  for (const hit of candidates) {
    const last = kept[kept.length - 1];
    if (!last || hit.start >= last.end) kept.push(hit);
    else if (hit.end - hit.start > last.end - last.start) kept[kept.length - 1] = hit;
  }
  return kept;
}
