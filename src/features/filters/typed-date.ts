/**
 * Dates as people type them, in their browser's locale: 14/02/2022 (en-GB), 02/14/2022 or 02142022 (en-US),
 * 2022-02-14 anywhere, "14 Feb 2022" or "Feb 14, 2022". Pure, so the filter never sees a partial date.
 */

/** The order of day, month and year in a locale's numeric dates. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** What the typed text is: nothing, a real day (`complete` once nothing more is likely to be typed), or not a date yet. */
export type TypedDate =
  { kind: 'empty' } | { kind: 'day'; day: string; complete: boolean } | { kind: 'invalid' };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The numeric date order of `locale`, read from Intl (falls back to day-month-year). */
export function dateOrderOf(locale: string | undefined): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(Date.UTC(2022, 10, 25, 12)))
      .map((p) => p.type)
      .filter((t) => t === 'day' || t === 'month' || t === 'year');
    const order = parts.map((t) => t[0]).join('');
    return order === 'mdy' || order === 'ymd' ? order : 'dmy';
  } catch {
    return 'dmy';
  }
}

/** How a locale's users are told to type a date: "dd/mm/yyyy", "mm/dd/yyyy" or "yyyy-mm-dd". */
export function datePattern(order: DateOrder): string {
  return order === 'ymd' ? 'yyyy-mm-dd' : order === 'mdy' ? 'mm/dd/yyyy' : 'dd/mm/yyyy';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD when the three numbers make a real day from year 1000 on, else null. */
function isoDay(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** A committed day written the way the locale reads it. */
export function formatTypedDate(day: string, order: DateOrder): string {
  const [y, m, d] = day.split('-');
  return order === 'ymd' ? day : order === 'mdy' ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
}

function monthOf(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

function day(found: string | null, complete: boolean): TypedDate {
  return found ? { kind: 'day', day: found, complete } : { kind: 'invalid' };
}

/** Reads typed text (see the module comment); ambiguous numeric dates follow `order`. */
export function parseTypedDate(text: string, order: DateOrder): TypedDate {
  const t = text.trim();
  if (!t) return { kind: 'empty' };
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  // Year first: complete once the day has two digits ("2022-02-1" may still become the 14th).
  if (m) return day(isoDay(+m[1]!, +m[2]!, +m[3]!), m[3]!.length === 2);
  m = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(t);
  if (m) {
    const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
    return day(order === 'mdy' ? isoDay(y, a, b) : isoDay(y, b, a), true);
  }
  if (/^\d{8}$/.test(t)) {
    const [a, b, y] = [+t.slice(0, 2), +t.slice(2, 4), +t.slice(4)];
    const local = order === 'mdy' ? isoDay(y, a, b) : isoDay(y, b, a);
    return day(local ?? isoDay(+t.slice(0, 4), +t.slice(4, 6), +t.slice(6)), true);
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?,? (\d{4})$/i.exec(t);
  if (m && monthOf(m[2]!)) return day(isoDay(+m[3]!, monthOf(m[2]!), +m[1]!), true);
  m = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(t);
  if (m && monthOf(m[1]!)) return day(isoDay(+m[3]!, monthOf(m[1]!), +m[2]!), true);
  return { kind: 'invalid' };
}
