/** The day a sentence of a chronology tells of: a date that opens it, a day counted on from such a date, or a
 *  date line heading its part of the text. */
import type { Sentence } from '../../types';
import { wordsValue } from './number-words';

const MONTH =
  '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const YEAR = '((?:19|20)\\d\\d)';
/** "28 November 2021", "November 28, 2021", "Nov. 28", "NOV 28": a day with its month, the year optional. */
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?![a-z])(?:,?\\s+${YEAR}\\b)?`, 'i');
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR}\\b)?`, 'i');
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'i');
const A_DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?![a-z\\d])(?:,?\\s+(?:19|20)\\d\\d\\b)?`;
/** An entry that opens with its date: "On 28 November, …", "By November 28, …", "November 28: …",
 *  "Nov 28 - …", "3 November 2021 President …" (a year, then the entry's first word). */
const OPENING_DATE = new RegExp(
  `^\\W{0,3}(?:(?:on|by|as\\s+of)\\s+${A_DATE}\\s*,|${A_DATE}\\s*(?::|\\s[–—-])\\s|\\d{1,2}\\s+${MONTH}\\s+(?:19|20)\\d\\d\\s+(?=\\p{Lu}))`,
  'iu',
);
/** A line that holds only a date, as a chronology's headings do ("December 7, 2021", "November 2021"). */
const DATE_LINE = new RegExp(`^\\W{0,3}(?:${A_DATE}|${MONTH}\\s+(?:19|20)\\d\\d)\\W{0,3}$`, 'iu');
/** "The next day, …", "Two days later, …": a day counted on from the date the paragraph gave. */
const DAYS_LATER =
  /^\W{0,3}(?:the\s+(?:next|following)\s+day|a\s+day\s+later|(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days\s+later|a\s+week\s+later)\b/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Told {
  year: number;
  /** 0 when only the year is known (the first year a text names). */
  month: number;
  day: number | null;
}

/** Each sentence's told day (`YYYY-MM-DD`, or `YYYY-MM` under a month heading), or null. `now` is the article's
 *  day when known; a date without a year is read as the latest one not after it, or, undated, as the one
 *  nearest the date before it (a chronology runs from November into January). */
export function toldDays(text: string, sentences: Sentence[], now: string | null): (string | null)[] {
  const lines = sentences.map((s) => DATE_LINE.test(text.slice(s.start, s.end)));
  // One date line is a page's own date; a chronology heads its parts with several.
  const headed = lines.filter(Boolean).length >= 2;
  const anchor = /^(\d{4})-(\d\d)(?:-(\d\d))?/.exec(now ?? '');
  let last: Told | null = anchor
    ? { year: Number(anchor[1]), month: Number(anchor[2]), day: anchor[3] ? Number(anchor[3]) : null }
    : firstYear(text);
  let heading: Told | null = null;
  let current: Told | null = null;
  const out: (string | null)[] = [];
  for (const [k, s] of sentences.entries()) {
    const body = text.slice(s.start, s.end);
    if (k > 0 && text.slice(sentences[k - 1]!.end, s.start).includes('\n\n')) current = heading;
    if (headed && lines[k]) {
      heading = read(body, last, anchor !== null);
      last = heading ?? last;
      current = heading;
      out.push(null);
      continue;
    }
    const opening = OPENING_DATE.exec(body);
    const later = opening ? null : DAYS_LATER.exec(body);
    let told: Told | null = null;
    if (opening) told = read(opening[0], last, anchor !== null);
    else if (later && current?.day != null) {
      told = plusDays(
        current,
        later[1] ? (wordsValue(later[1]) ?? Number(later[1])) : /week/i.test(later[0]) ? 7 : 1,
      );
    }
    if (told) {
      current = told;
      last = told;
    }
    out.push(format(told ?? heading));
  }
  return out;
}

/** Whether a told day lies before `now` (a month alone: before its month). */
export function toldBefore(told: string, now: string): boolean {
  const n = told.length === 7 || now.length === 7 ? 7 : 10;
  return told.slice(0, n) < now.slice(0, n);
}

/** The first date in `words`; a year left out is supplied from `last`. */
function read(words: string, last: Told | null, anchored: boolean): Told | null {
  let day: number | null = null;
  let name: string;
  let year: number | null;
  const dayFirst = DAY_FIRST.exec(words);
  const monthFirst = MONTH_FIRST.exec(words);
  const monthYear = MONTH_YEAR.exec(words);
  if (dayFirst && (!monthFirst || dayFirst.index <= monthFirst.index)) {
    [day, name, year] = [Number(dayFirst[1]), dayFirst[2]!, dayFirst[3] ? Number(dayFirst[3]) : null];
  } else if (monthFirst) {
    [name, day, year] = [monthFirst[1]!, Number(monthFirst[2]), monthFirst[3] ? Number(monthFirst[3]) : null];
  } else if (monthYear) {
    [name, year] = [monthYear[1]!, Number(monthYear[2])];
  } else return null;
  const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  if (month < 1 || (day !== null && (day < 1 || day > 31))) return null;
  if (year === null) {
    if (!last) return null;
    year = anchored ? latestNotAfter(month, day, last) : nearest(month, last);
  }
  return { year, month, day };
}

/** The year that puts month and day on or before the anchor's day. */
function latestNotAfter(month: number, day: number | null, anchor: Told): number {
  const after = month > anchor.month || (month === anchor.month && (day ?? 0) > (anchor.day ?? 31));
  return after ? anchor.year - 1 : anchor.year;
}

/** The year that puts the month nearest the date before it. */
function nearest(month: number, last: Told): number {
  if (last.month === 0) return last.year;
  const at = last.year * 12 + last.month;
  const gap = (y: number) => Math.abs(y * 12 + month - at);
  return [last.year - 1, last.year + 1].reduce((best, y) => (gap(y) < gap(best) ? y : best), last.year);
}

function plusDays(t: Told, n: number): Told {
  const d = new Date(Date.UTC(t.year, t.month - 1, (t.day ?? 1) + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Undated and before any dated entry: the first year the text names, its month unknown; a text that names no
 *  year still orders its entries against each other, so any year serves. */
function firstYear(text: string): Told {
  const m = /\b((?:19|20)\d\d)\b/.exec(text);
  return { year: m ? Number(m[1]) : 2000, month: 0, day: null };
}

function format(t: Told | null): string | null {
  if (!t || t.month === 0) return null;
  const mm = String(t.month).padStart(2, '0');
  return t.day === null ? `${t.year}-${mm}` : `${t.year}-${mm}-${String(t.day).padStart(2, '0')}`;
}
