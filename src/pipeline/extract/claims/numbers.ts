/**
 * Numeric phrases with positions: figures ("130,000", "1.5 million", "100k"), words ("ten thousand"),
 * ranges ("between 700 and 800"), hedges ("about", "more than") and vague phrases ("tens of thousands").
 */
import { COUNT_CHANGED } from './cues';
import { HEDGES_AFTER, HEDGES_BEFORE, VAGUE_PHRASES, type Hedge } from './quantity-cues';
import { MULTIPLIERS, NUMBER_WORDS_RE, wordsValue } from './number-words';

/** A number phrase found in a text; `start`/`end` cover hedge, figures and range. */
export interface NumberPhrase {
  start: number;
  end: number;
  /** Where the figures themselves start and end (without hedges). */
  coreStart: number;
  coreEnd: number;
  min: number;
  max: number;
  approx: boolean;
  vague: boolean;
  /** The hedge as written, lower-case ("about", "more than"), or null. */
  qualifier: string | null;
  range: boolean;
  /** A bare four-digit figure that reads as a year ("in 2014"). */
  yearLike: boolean;
}

interface Core {
  start: number;
  end: number;
  value: number;
  /** Whether a multiplier word was written ("2 million"), so a range's first figure may borrow it. */
  multiplier: number | null;
  yearLike: boolean;
  vague: { min: number; max: number } | null;
}

// Indian grouping ("1,20,000") first, then thousands by commas or spaces ("150 000"), then plain digits. A comma
// and a space before "000" is a typo in one figure ("125, 000"): no list ever holds the number 000.
const DIGITS_RE =
  /\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:(?:,|,[ \u00a0](?=000(?![\d,]))|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
/** A month name or its abbreviation: "Dec. 20" and "20 December" are days, not counts. */
const MONTH =
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?|January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_BEFORE_RE = new RegExp(`\\b(?:${MONTH})\\s+$`);
const MONTH_AFTER_RE = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH})(?![\\p{L}])`, 'u');
const MULTIPLIER_AFTER_RE =
  /^(?:\s?(million|mln|billion|bn|thousand|hundred|lakhs?|lacs?|crore)\b|([kK])(?![\p{L}\d]))/u;
const VAGUE_RE = new RegExp(
  `\\b(?:${VAGUE_PHRASES.map((v) => v.pattern.replace(/ /g, '\\s+')).join('|')})\\b`,
  'gi',
);
const VAGUE_EXACT = VAGUE_PHRASES.map((phrase) => ({
  phrase,
  re: new RegExp(`^${phrase.pattern.replace(/ /g, '\\s+')}$`, 'i'),
}));
const BEFORE_RES = HEDGES_BEFORE.map((hedge) => ({
  hedge,
  re: new RegExp(`(?<![\\p{L}])${escape(hedge.words)}\\s+$`, 'iu'),
}));
const AFTER_RES = HEDGES_AFTER.map((hedge) => ({
  hedge,
  re: new RegExp(`^${/^[-+]/.test(hedge.words) ? '' : '\\s+'}${escape(hedge.words)}(?![\\p{L}\\d])`, 'u'),
}));
const DASH_JOIN_RE = /^\s*[-–—]\s*$/;
const WORD_JOIN_RE = /^\s+(?:to|or)\s+$/i;

/** Finds the number phrases in `text`; figures glued to letters, money, times, percentages and signed
 *  values are left out because they are never counts of people. */
export function findNumbers(text: string): NumberPhrase[] {
  const cores = findCores(text);
  const phrases: NumberPhrase[] = [];
  for (let i = 0; i < cores.length; i += 1) {
    const first = cores[i]!;
    let last = first;
    const next = cores[i + 1];
    const between = text.slice(first.end, next?.start ?? first.end);
    const opensBetween = /\bbetween\s+$/i.test(text.slice(Math.max(0, first.start - 10), first.start));
    const joined =
      next &&
      !first.vague &&
      !next.vague &&
      // "from 2014 to 2022" spans years, not a count.
      !(first.yearLike && next.yearLike) &&
      (DASH_JOIN_RE.test(between) ||
        (opensBetween && /^\s+and\s+$/i.test(between)) ||
        // "from 100,000 to 130,000" is a change between two figures, not a range.
        (WORD_JOIN_RE.test(between) && !isChange(text.slice(Math.max(0, first.start - 120), first.start))));
    if (joined) {
      last = next;
      i += 1;
    }
    phrases.push(makePhrase(text, first, last, Boolean(joined), opensBetween));
  }
  return phrases;
}

function makePhrase(text: string, first: Core, last: Core, range: boolean, between: boolean): NumberPhrase {
  let low = first.value;
  if (range && first.multiplier === null && last.multiplier !== null && low <= last.value / last.multiplier) {
    low *= last.multiplier;
  } else if (range && shortensThousands(text, first, last)) {
    // "80-90,000": the first figure is written without the thousands the second carries.
    low *= 1_000;
  }
  const lead = Math.max(0, first.start - 12);
  const opening = between ? lead + text.slice(lead, first.start).search(/between\s+$/i) : first.start;
  const leading = hedgeBefore(text, opening) ?? estimatedAt(text, opening);
  const trailing = hedgeAfter(text, last.end);
  const vague = first.vague;
  return {
    start: leading?.start ?? opening,
    end: last.end + (trailing?.length ?? 0),
    coreStart: first.start,
    coreEnd: last.end,
    min: vague ? vague.min : Math.min(low, last.value),
    max: vague ? vague.max : Math.max(low, last.value),
    approx: Boolean(vague) || Boolean(leading?.approx) || Boolean(trailing?.approx),
    vague: Boolean(vague),
    qualifier: leading?.qualifier ?? trailing?.qualifier ?? null,
    range,
    yearLike: !range && first.yearLike,
  };
}

/** Whether a range's first figure leaves out the thousands its second writes in digits ("80-90,000", "5-10,000"),
 *  so that with them it is of the second's order: never "500-10,000", whose first figure is whole. */
function shortensThousands(text: string, first: Core, last: Core): boolean {
  if (first.vague || last.vague || last.multiplier !== null || first.value >= 1_000) return false;
  if (!/^\d{1,3}$/.test(text.slice(first.start, first.end))) return false;
  if (!/^\d{1,3},000$/.test(text.slice(last.start, last.end))) return false;
  const scaled = first.value * 1_000;
  return scaled <= last.value && scaled * 10 >= last.value;
}

function findCores(text: string): Core[] {
  const cores: Core[] = [];
  const taken = (start: number, end: number): boolean => cores.some((c) => start < c.end && end > c.start);
  for (const m of text.matchAll(VAGUE_RE)) {
    const phrase = VAGUE_EXACT.find((v) => v.re.test(m[0]))?.phrase;
    if (!phrase) continue;
    const start = m.index;
    cores.push({
      start,
      end: start + m[0].length,
      value: phrase.min,
      multiplier: null,
      yearLike: false,
      vague: phrase,
    });
  }
  for (const m of text.matchAll(DIGITS_RE)) {
    const core = digitsCore(text, m.index, m[0]);
    if (core && !taken(core.start, core.end)) cores.push(core);
  }
  for (const m of text.matchAll(NUMBER_WORDS_RE)) {
    const value = wordsValue(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    if (
      value === null ||
      taken(start, end) ||
      /^[\s-]*(?:thirds?|quarters?|halves|fifths?)\b/i.test(text.slice(end, end + 12))
    ) {
      continue;
    }
    cores.push({ start, end, value, multiplier: null, yearLike: false, vague: null });
  }
  return cores.sort((a, b) => a.start - b.start);
}

const GLUED_PEOPLE_RE = /^(?:men|troops|soldiers|servicemen|fighters|personnel|people)\b/;

/** A figure written in digits, or null when its surroundings say it is not a count. */
function digitsCore(text: string, start: number, digits: string): Core | null {
  const dayLike = /^(?:[1-9]|[12]\d|3[01])$/.test(digits);
  if (dayLike && MONTH_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))) return null;
  if (dayLike && MONTH_AFTER_RE.test(text.slice(start + digits.length, start + digits.length + 16)))
    return null;
  const before = text.slice(Math.max(0, start - 6), start);
  if (/[\p{L}_$£€¥₽:/]$|\p{L}[-–]$|(?<![\d–-]\s*)(?:^|[\s(])[-−–]$|\d[.,]$/u.test(before)) return null;
  let end = start + digits.length;
  const after = MULTIPLIER_AFTER_RE.exec(text.slice(end, end + 12));
  const word = after?.[1]?.toLowerCase();
  const multiplier = word ? (MULTIPLIERS[word] ?? null) : after?.[2] ? 1_000 : null;
  const indian = /^\d{1,2}(?:,\d{2})+,\d{3}$/.test(digits);
  if (after) end += after[0].length;
  const rest = text.slice(end, end + 12);
  // "10,000men": scraped copy may lose the space before a noun of people, unlike "10km" or "5th".
  const glued = GLUED_PEOPLE_RE.test(rest);
  if (/^(?:[\p{L}_]|[:.,]\d|\s?%|\s?per\s?cent\b|\d)/u.test(rest) && !/^-plus\b/.test(rest) && !glued)
    return null;
  // "130.000" is how translated copy writes 130,000; with a multiplier ("1.500 million") it is a decimal.
  const dotted = multiplier === null && /^\d{1,3}(?:\.\d{3})+$/.test(digits);
  const plain = Number(digits.replace(dotted || indian ? /\D/g : /[^\d.]/g, ''));
  const yearLike = multiplier === null && /^(?:1[89]|20)\d\d$/.test(digits);
  return { start, end, value: plain * (multiplier ?? 1), multiplier, yearLike, vague: null };
}

/** "estimated the number of soldiers at the lake at 30,000": the verb hedges the figure its "at" gives, however
 *  long the count named between them (the hedge's span stays the figure's own). */
const ESTIMATED_AT_RE =
  /\bestimat(?:e|es|ed|ing)\s+(?:the|their|its)\s+(?:number|size|strength|total|count)\s+of\s+[^.;!?\d]{1,100}?\sat\s+$/i;
function estimatedAt(text: string, at: number): (Hedge & { start: number }) | null {
  return ESTIMATED_AT_RE.test(text.slice(Math.max(0, at - 160), at))
    ? { words: 'estimated', approx: true, qualifier: 'estimated', start: at }
    : null;
}

/** The hedge written just before `at`, with where it starts. */
function hedgeBefore(text: string, at: number): (Hedge & { start: number }) | null {
  const from = Math.max(0, at - 24);
  const window = text.slice(from, at);
  for (const { hedge, re } of BEFORE_RES) {
    const found = re.exec(window);
    if (found) return { ...hedge, start: from + found.index };
  }
  return null;
}

function hedgeAfter(
  text: string,
  at: number,
): { length: number; approx: boolean; qualifier: string | null } | null {
  const rest = text.slice(at, at + 12).toLowerCase();
  for (const { hedge, re } of AFTER_RES) {
    const found = re.exec(rest);
    if (found) return { length: found[0].length, approx: hedge.approx, qualifier: hedge.qualifier };
  }
  return null;
}

function escape(words: string): string {
  return words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** "rose from 100,000 to 130,000" and "raised the number of soldiers from 40 to 55" are changes between two
 *  figures; "range from 169,000 to 190,000" is a range. */
function isChange(before: string): boolean {
  return CHANGE_FROM_RE.test(before) || NUMBER_CHANGED_FROM_RE.test(before);
}

// "raised the number of soldiers at the frontier from 40 to 55", "revised its estimate of the garrison from 40 to
// 55": the count named between verb and "from".
const NUMBER_CHANGED_FROM_RE = new RegExp(
  `\\b(?:${COUNT_CHANGED}|(?:doubl(?:e|es|ed|ing)|decreas(?:e|es|ed|ing))\\s+the\\s+(?:number|size|strength|count|total)\\s+of)\\s+[^.;\\d]{0,80}?\\bfrom\\s+$`,
  'i',
);

// A verb or noun of change a few words before "from": "rose from", "has increased sharply from", "a jump from",
// "has grown steadily over the past month, from".
const CHANGE_FROM_RE =
  /\b(?:ris(?:e|es|en|ing)|rose|grow(?:s|n|ing)?|grew|increas(?:e|es|ed|ing)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|swell(?:s|ed|ing)?|swollen|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|fall(?:s|en|ing)?|fell|dropp?(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|shr(?:ink|ank|unk)(?:s|ing)?|reduc(?:e|es|ed|ing)|expand(?:s|ed|ing)?|boost(?:s|ed|ing)?|rais(?:e|es|ed|ing)|went|gone|up|down)\s+(?:[\p{L}-]+,?\s+){0,6}?from\s+$/iu;
