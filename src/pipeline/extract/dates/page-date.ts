/**
 * The publication date a page prints about itself, as a careful reader finds it: a stamp led by
 * "Published", "Posted" or "Updated" near the top or bottom (also run on after a headline, as live pages
 * paste: `…drills widenpublished at 09:05 GMT 11 February 2022`); a date alone on a line near the top
 * ("January 27, 2022", "|February 15, 2022", "10 Jan 2022 | 08:20 AM UTC", "10.02.2022"), or on a byline
 * ("By Jane Doe | February 10, 2022"); a dateline opening the story ("KYIV, Feb 10 (Reuters) -"); or short
 * lines stamped with a date and a clock time (a live entry's "Jane Doe 6 February 2022 16:30"; the newest
 * wins). Dates in running prose, captions and "Read more" links are never taken, nor anything under a
 * "Related" or "More stories" heading. A date without a year counts only when `anchor` (the URL's year)
 * supplies one; a numeric date only when it cannot be misread ("10.02.2022" is day-first; "02/10/2022" is
 * not taken).
 */
import type { Day } from '../../../domain/schema';
import { findDates, makeDay } from './find-dates';

/** A publication date found in the text and the line it came from. */
export interface PageDate {
  date: Day;
  line: string;
  kind: 'stamp' | 'date line' | 'byline' | 'dateline' | 'timestamp';
  /** True when the line gives no year and `anchor` lent it. */
  borrowedYear: boolean;
}

const TOP_LINES = 15;
const BOTTOM_LINES = 4;
const TOP_BARE_LINES = 8;
const MAX_LINE = 160;
const PUBLISHED = /(?:first published|published|posted|filed)(?:\s+(?:on|at))?\s*:?\s/i;
const UPDATED = /(?:last updated|updated|last modified|modified)(?:\s+(?:on|at))?\s*:?\s/i;
/** "By Jane Doe", "Written by Jane Doe"; "Written by on <date>" when the page's template left the name empty. */
const BYLINE = /^(?:written\s+)?by\s+(?:\p{Lu}|on\s)/iu;
/** "Date:", also a kind of date before it ("Episode Date:", "Publication date:", "Air date:"). */
const DATE_LABEL = /^(?:(?:publication|published|release|episode|air|broadcast|post)\s+)?date\s*:\s/i;
/** Links to other stories: their dates are not this page's. */
const OTHER_STORY = /^(?:read more|read also|also read|related|see also|more from|more on|recommended)\b/i;
/** A heading over a list of other stories: nothing under it is this page's. */
const OTHER_STORIES_HEADING =
  /^(?:related(?: stories| articles| news| coverage)?|read more|more stories|more from [\w .]+|more on this story|recommended(?: for you)?|most read|most popular|you may also like|latest (?:news|stories)|trending(?: now)?|top stories)[:.]?$/i;
/** "10.02.2022": numeric dates only where dots make the order day-first. */
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.]*\d)/;
const GLUED_MONTH =
  /(\p{Ll})((?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)\s+\d)/gu;
/** "…Jane DoePUBLISHED JAN. 26, 2022": a stamp's cue glued to the line above it by lost markup. */
const GLUED_CUE = /(\p{Ll})(?=(?:PUBLISHED|Published|POSTED|Posted|UPDATED|Updated)\b)/gu;
/** A month's name in capitals, as stamps set it ("PUBLISHED JAN. 26, 2022"), read as the month. */
const CAPS_MONTH =
  /\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)(?=\.?\s+\d)/g;
const CLOCK = /\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?/i;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** A weekday's short name before a date, as banners set it ("Mon. Jan 17th, 2022", "Tue, 1 Feb 2022"). */
const SHORT_WEEKDAY_LEAD = /^[\s|·•–—-]*(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+$/i;
/** Time zones a stamp may name after its date without a clock time ("February 2, 2022 GMT"). */
const ZONE = '(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|PST|PDT|ET|PT)';
/** What may surround a date alone on its line: separators, a clock time, a zone. */
const STAMP_REST = new RegExp(
  `^[\\s|,.·•–—-]*(?:(?:at\\s+|T)?\\d{1,2}[:.]\\d\\d(?::\\d\\d(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:Z|[A-Z]{2,4})?(?:[+-]\\d{1,2}(?::?\\d\\d)?)?)?|\\s*${ZONE}\\b)?[\\s|,.·•–—-]*$`,
  'i',
);
/** Before a date alone on its line: separators, or a pictograph a site sets as its calendar icon ("🗓️ 9 March 2022"). */
const STAMP_LEAD = /^[\s|,.·•–—\-\p{Extended_Pictographic}\uFE0F]*$/u;
/**
 * After a date (and its clock time) at the head of a line, short segments a separator sets off are the site's
 * furniture: "• 12 minutes ago • < 1 minute read", "| Posted by Example News". Prose never opens with a full date
 * and a separator.
 */
const STAMP_TAIL = /^(?:\s*(?:[|•·]|[–—-](?=\s))\s*(?:[^|•·!?.]|\.(?!\s)){1,60})+\s*$/;
const DATELINE = /^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,\s+/;
/** "Example Gate – Lviv – March 3, 2022 - …": an outlet and a place set off by dashes before the date. */
const DASHED_DATELINE = /^(?:\p{Lu}[\p{L}.'’ ]{1,30}?\s+[–—-]\s+){1,3}/u;
const BRACKET_DATELINE = /^(?:[A-Z][A-Z.'’ -]{1,40}\s*)?\(([^()]{4,80})\)\s+\p{Lu}/u;
const DATELINE_END = /^\s*(?:\([A-Za-z. ]{2,30}\)\s*)?[–—-]/;

/** The first full-day date in `s` at or after `from`: year given, or taken from `anchor`; never "Monday" alone. */
function dayIn(s: string, anchor: Day | null, from = 0) {
  const hits = findDates(s, anchor).filter(
    (h) => h.precision === 'day' && h.start >= from && (!h.relative || /\d/.test(s.slice(h.start, h.end))),
  );
  if (hits[0]) return hits[0];
  const dotted = DOTTED.exec(s.slice(from));
  const date = dotted && makeDay(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  if (!dotted || !date) return null;
  const start = from + dotted.index;
  return { start, end: start + dotted[0].length, date, precision: 'day' as const, relative: false };
}

function cued(line: string, cue: RegExp, anchor: Day | null): Day | null {
  const m = cue.exec(line);
  if (!m) return null;
  const hit = dayIn(line, anchor, m.index);
  // The date belongs to the cue only when at most a clock time and a zone stand between them.
  return hit && hit.start - (m.index + m[0].length) <= 40 ? hit.date : null;
}

/** The date of a line that is a stamp: a date alone, or leading a line of stamp furniture. */
function stampHit(line: string, anchor: Day | null) {
  const hit = dayIn(line, anchor);
  if (!hit) return null;
  const before = line.slice(0, hit.start);
  const after = line.slice(hit.end);
  if (!(STAMP_REST.test(before) || STAMP_LEAD.test(before) || SHORT_WEEKDAY_LEAD.test(before))) return null;
  return STAMP_REST.test(after) || stampTail(after) ? hit : null;
}

/**
 * A stamp line's date. A weekday date without a clock time is a site's banner (the day the page was viewed:
 * "Thursday, February 15, 2024" above a headline) unless the URL's month agrees with it, as on a blog's post header.
 */
function bare(line: string, anchor: Day | null, urlMonth: string | null): Day | null {
  const hit = stampHit(line, anchor);
  if (!hit) return null;
  const weekday =
    WEEKDAY.test(line.slice(hit.start, hit.end)) || SHORT_WEEKDAY_LEAD.test(line.slice(0, hit.start));
  const banner = weekday && !CLOCK.test(line);
  return banner && hit.date.slice(0, 7) !== urlMonth ? null : hit.date;
}

/** What follows a date: a clock time or zone, then furniture segments a separator sets off ("• 3 min read", "- World"). */
function stampTail(after: string): boolean {
  const cut = after.search(/[|•·]|\s[–—-]\s/);
  return cut > -1 && STAMP_REST.test(after.slice(0, cut)) && STAMP_TAIL.test(after.slice(cut));
}

function dateline(line: string, anchor: Day | null): Day | null {
  for (const opening of [DATELINE, DASHED_DATELINE]) {
    const m = opening.exec(line);
    const hit = m && dayIn(line, anchor, m[0].length);
    if (hit && hit.start === m[0].length && DATELINE_END.test(line.slice(hit.end))) return hit.date;
  }
  // "KHARKIV (Example Wire / Agency - 3rd March, 2022) The …": the agency and the date in brackets; a video
  // script's "(3 Mar 2022) The …" gives the date alone.
  const bracket = BRACKET_DATELINE.exec(line);
  const inside = bracket && dayIn(bracket[1]!, anchor);
  return inside && /^\s*$/.test(bracket[1]!.slice(inside.end)) ? inside.date : null;
}

/** The date opening a stamp line before its "Updated" ("Feb 3, 2022, 7:38 AM | Updated: …"): when it was published. */
function stampedBefore(line: string, anchor: Day | null): Day | null {
  const cue = UPDATED.exec(line);
  const hit = cue && dayIn(line.slice(0, cue.index), anchor);
  if (!hit || !STAMP_LEAD.test(line.slice(0, hit.start))) return null;
  return STAMP_REST.test(line.slice(hit.end, cue.index)) ? hit.date : null;
}

/** A short line carrying a date next to a clock time: a timestamp, not prose. */
function timestamp(line: string, anchor: Day | null): Day | null {
  if (line.length > 100 || /[.!?]["”’]?$/.test(line) || !CLOCK.test(line)) return null;
  const hit = dayIn(line, anchor);
  if (!hit) return null;
  const near = line.slice(Math.max(0, hit.start - 25), hit.end + 25);
  return CLOCK.test(near) ? hit.date : null;
}

/** True when `line` is a date stamp alone on its line ("February 2, 2022 GMT", "24 Jan 2022 | Posted by Example"). */
export function isDateLine(line: string): boolean {
  const trimmed = line.trim();
  return stampHit(trimmed, null) !== null || timestamp(trimmed, null) !== null;
}

/**
 * The date a page prints as its own publication date, or null; `anchor` lends a year to year-less dates, and
 * `urlMonth` ("2021-11", the month the page's URL names) lets a weekday date line that agrees with it count.
 */
export function pageDate(text: string, anchor: Day | null, urlMonth: string | null = null): PageDate | null {
  const found = findPageDate(text, anchor, urlMonth);
  return found && { ...found, borrowedYear: dayIn(found.line, null) === null };
}

function findPageDate(
  text: string,
  anchor: Day | null,
  urlMonth: string | null,
): Omit<PageDate, 'borrowedYear'> | null {
  const lines: string[] = [];
  for (const raw of text.replace(GLUED_CUE, '$1\n').split('\n')) {
    const line = raw.trim();
    // A "Read more: …" line names another story; below a "Related" or "More stories" heading, every line
    // may be another story's, so nothing from there on is read.
    if (!line) continue;
    else if (OTHER_STORIES_HEADING.test(line)) break;
    else if (OTHER_STORY.test(line)) continue;
    // "Churchman6 February 2022", "PonomarenkoDecember 22, 2021": a name glued to the date by lost markup.
    else
      lines.push(
        line
          .replace(/(\p{Ll})(\d)/gu, '$1 $2')
          .replace(GLUED_MONTH, '$1 $2')
          .replace(CAPS_MONTH, (month) => month[0] + month.slice(1).toLowerCase()),
      );
  }
  const top = lines.slice(0, TOP_LINES);
  const edges = [...top, ...lines.slice(Math.max(TOP_LINES, lines.length - BOTTOM_LINES))];
  const usable = (l: string) => l.length <= MAX_LINE;
  for (const [cue, kind] of [
    [PUBLISHED, 'stamp'],
    [DATE_LABEL, 'stamp'],
    [UPDATED, 'stamp'],
  ] as const) {
    for (const line of edges.filter(usable)) {
      const date = cued(line, cue, anchor);
      if (date) return { date: (cue === UPDATED && stampedBefore(line, anchor)) || date, line, kind };
    }
  }
  for (const line of top.slice(0, TOP_BARE_LINES)) {
    const alone = usable(line) ? bare(line, anchor, urlMonth) : null;
    if (alone) return { date: alone, line, kind: 'date line' };
    const byline = usable(line) && BYLINE.test(line) ? dayIn(line, anchor) : null;
    if (byline) return { date: byline.date, line, kind: 'byline' };
    const opening = dateline(line, anchor);
    if (opening) return { date: opening, line, kind: 'dateline' };
  }
  let newest: Omit<PageDate, 'borrowedYear'> | null = null;
  for (const line of lines.filter(usable)) {
    const date = timestamp(line, anchor);
    if (date && (!newest || date > newest.date)) newest = { date, line, kind: 'timestamp' };
  }
  return newest;
}
