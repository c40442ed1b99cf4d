/**
 * What a page's address says about its date: news sites put the day in the path (`/2022/02/10/`,
 * `/2022/2/10/`, `/2022/feb/10/`, `/20220210/`, `-2022-02-10/`, `-20220210-`) or the query (`?date=2022-02-10`), and some only
 * the year and month (`/2021/12/`). A month alone is never turned into a day; it only lends its year to a
 * date the text gives without one.
 */
import type { Day } from '../../../domain/schema';
import { makeDay } from './find-dates';

/** The day the URL gives (null when it gives none), else the year and month it gives, and the matched part. */
export interface UrlDate {
  day: Day | null;
  year: number | null;
  month: number | null;
  evidence: string;
}

const YEAR = '((?:19|20)\\d\\d)';
const SEP = '(?=[/?#&._-]|$)';
const MONTH_NAMES = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
/** Day forms, most explicit first; each group triple is year, month (number or name), day. */
const DAY_FORMS = [
  new RegExp(`/${YEAR}/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])${SEP}`),
  new RegExp(`/${YEAR}/(${MONTH_NAMES})/(0?[1-9]|[12]\\d|3[01])${SEP}`, 'i'),
  new RegExp(`[?&](?:date|d|published|pubdate)=${YEAR}-?(\\d\\d)-?(\\d\\d)${SEP}`, 'i'),
  new RegExp(`(?<=[/_-])${YEAR}-(\\d\\d)-(\\d\\d)${SEP}`),
  new RegExp(`(?<=[/_-])${YEAR}(\\d\\d)(\\d\\d)${SEP}`),
];
const MONTH_FORM = new RegExp(`/${YEAR}/(0?[1-9]|1[0-2])${SEP}`);
const YEAR_FORM = new RegExp(`/${YEAR}${SEP}`);

function pathOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return decodeURI(parsed.pathname) + parsed.search;
  } catch {
    return null;
  }
}

/** The date parts a page address gives, or null when it gives none (or is not a URL). */
export function dateFromUrl(url: string | null): UrlDate | null {
  const path = url ? pathOf(url) : null;
  if (!path) return null;
  for (const form of DAY_FORMS) {
    const m = form.exec(path);
    if (!m) continue;
    const month = /^\d/.test(m[2]!) ? Number(m[2]) : MONTH_NAMES.split('|').indexOf(m[2]!.toLowerCase()) + 1;
    const day = makeDay(Number(m[1]), month, Number(m[3]));
    if (day) return { day, year: Number(m[1]), month, evidence: m[0].replace(/^[?&/]/, '') };
  }
  const month = MONTH_FORM.exec(path);
  if (month)
    return { day: null, year: Number(month[1]), month: Number(month[2]), evidence: month[0].slice(1) };
  const year = YEAR_FORM.exec(path);
  return year ? { day: null, year: Number(year[1]), month: null, evidence: year[0].slice(1) } : null;
}

/**
 * The anchor that gives a year-less date ("Feb 10") the URL's year: the last day of the URL's month (so a
 * December date on a January page falls in the year before), or the year's last day when only the year is known.
 */
export function yearAnchor(url: UrlDate | null): Day | null {
  if (!url?.year) return null;
  if (!url.month) return `${url.year}-12-31`;
  const last = new Date(Date.UTC(url.year, url.month, 0)).getUTCDate();
  return makeDay(url.year, url.month, last);
}

/** The month the URL names, "2021-11", for a date line to agree with; null when it names none. */
export function urlMonth(url: UrlDate | null): string | null {
  return url?.year && url.month ? `${url.year}-${String(url.month).padStart(2, '0')}` : null;
}
