/**
 * Dating an undated article that says "on Monday": find the dated article that reports the same event
 * (shared actors, places and lead vocabulary, rarer items weighing more) and take that weekday on or before
 * its date. Only distinctive items are indexed, so this stays fast on corpora of many thousand articles.
 */
import type { DateSource, Day } from '../../domain/schema';
import { addDays, weekdayOf } from '../extract/dates/find-dates';

/** What matching needs to know about an article. */
export interface EventInput {
  id: string;
  file: string;
  text: string;
  actorIds: string[];
  placeIds: string[];
}

/** An inferred date and its one-line reason. */
export interface Inferred {
  date: Day;
  source: DateSource;
  reason: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_PHRASE =
  /\b(?:(on|last|since|earlier on|late on)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!,?\s+(?:\d|the \d|[A-Z][a-z]+ \d))/;
const WEEKDAY_STEMS = new Set(WEEKDAYS.map((d) => d.toLowerCase().slice(0, 6)));
const LEAD_CHARS = 1500;
/** Share of an undated article's weighted lead items that a dated article must share to report the same event. */
const SAME_EVENT_SHARE = 0.25;
/** Share of the weighted words of the sentence naming the weekday that the dated article must also use. */
const EVENT_SHARE = 0.5;
/** The best match must outscore any match pointing at another day by this factor, or the date stays unknown. */
const CLEAR_LEAD = 1.2;
/** Items found in more articles than this (at least 50, or 5% of the corpus) say nothing about one event. */
const commonLimit = (n: number) => Math.max(50, Math.ceil(n / 20));
const STOP = new Set(
  'about after against also been before could from have into more said says since that their there these they this which while will with would were what when where other than them then some over'.split(
    ' ',
  ),
);

/** Content words of an article's lead by six-letter stem ("recognise"/"recognized" meet), with a display word. */
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

const itemsCache = new WeakMap<EventInput, string[]>();

/** Actor and place ids (prefixed `@`) and lead key-term stems of an article, computed once per article. */
function itemsOf(input: EventInput): string[] {
  let items = itemsCache.get(input);
  if (!items) {
    const ids = [...input.actorIds, ...input.placeIds].map((id) => `@${id}`);
    items = [...new Set([...ids, ...keyTerms(input.text).keys()])];
    itemsCache.set(input, items);
  }
  return items;
}

/** The sentence around `index` (split at ". " and line ends): the one that names the event's weekday. */
function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('\n', index)) + 1;
  const ends = ['. ', '\n'].map((e) => text.indexOf(e, index)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dated articles indexed by their distinctive items. */
export class SameEventIndex {
  private weight = new Map<string, number>();
  private postings = new Map<string, number[]>();
  private dated: { input: EventInput; date: Day }[] = [];

  /** Indexes `dated` articles; `all` (dated or not) sets how common each item is. */
  constructor(all: EventInput[], dated: { input: EventInput; date: Day }[]) {
    const df = new Map<string, number>();
    for (const input of all) for (const x of itemsOf(input)) df.set(x, (df.get(x) ?? 0) + 1);
    const limit = commonLimit(all.length);
    // Smoothed IDF: even in a two-article corpus a shared item weighs something.
    for (const [x, n] of df) if (n <= limit) this.weight.set(x, Math.log(1 + all.length / n));
    this.dated = dated;
    dated.forEach(({ input }, i) => {
      for (const x of itemsOf(input)) {
        if (!this.weight.has(x)) continue;
        const list = this.postings.get(x);
        if (list) list.push(i);
        else this.postings.set(x, [i]);
      }
    });
  }

  /** The date of an undated article from a weekday in its lead and the dated article reporting the same event. */
  infer(input: EventInput): Inferred | null {
    const m = WEEKDAY_PHRASE.exec(input.text.slice(0, LEAD_CHARS));
    if (!m) return null;
    const weekday = WEEKDAYS.indexOf(m[2]!);
    const items = itemsOf(input).filter((x) => this.weight.has(x));
    const self = items.reduce((sum, x) => sum + this.weight.get(x)!, 0);
    const scores = new Map<number, { score: number; shared: string[] }>();
    for (const x of items) {
      for (const i of this.postings.get(x) ?? []) {
        const s = scores.get(i) ?? { score: 0, shared: [] };
        s.score += this.weight.get(x)!;
        s.shared.push(x);
        scores.set(i, s);
      }
    }
    const dayFor = (i: number) => {
      const date = this.dated[i]!.date;
      return addDays(date, -((weekdayOf(date) - weekday + 7) % 7));
    };
    const matches = [...scores]
      .filter(([, s]) => s.score >= SAME_EVENT_SHARE * self && s.score > 0)
      .sort(
        ([i, a], [j, b]) => b.score - a.score || byName(this.dated[i]!.input.file, this.dated[j]!.input.file),
      );
    const best = matches[0];
    if (!best) return null;
    if (this.eventShare(sentenceAt(input.text, m.index), best[0]) < EVENT_SHARE) return null;
    const date = dayFor(best[0]);
    const rival = matches.find(([i]) => dayFor(i) !== date);
    if (rival && rival[1].score * CLEAR_LEAD > best[1].score) return null;
    const match = this.dated[best[0]]!;
    return {
      date,
      source: 'inferred',
      reason: `'${m[0].trim()}' matched to ${match.input.file} (${match.date}) reporting the same event: ${this.evidence(input, best[1].shared)}`,
    };
  }

  /**
   * How much of the event sentence ("officials held closed meetings with lawmakers on Thursday") the dated
   * article also reports, weighted by rarity: an article on the same topic but another event shares the
   * topic's words, not the event's.
   */
  private eventShare(sentence: string, dated: number): number {
    const have = new Set(itemsOf(this.dated[dated]!.input));
    const terms = [...keyTerms(sentence).keys()].filter((x) => this.weight.has(x) && !WEEKDAY_STEMS.has(x));
    const total = terms.reduce((sum, x) => sum + this.weight.get(x)!, 0);
    const shared = terms.filter((x) => have.has(x)).reduce((sum, x) => sum + this.weight.get(x)!, 0);
    return total > 0 ? shared / total : 0;
  }

  private evidence(input: EventInput, shared: string[]): string {
    const words = keyTerms(input.text);
    const ranked = [...shared].sort((a, b) => this.weight.get(b)! - this.weight.get(a)! || byName(a, b));
    const named = ranked.filter((x) => x.startsWith('@')).map((x) => x.slice(1));
    const terms = ranked.filter((x) => !x.startsWith('@')).map((x) => words.get(x) ?? x);
    return [...new Set([...named.slice(0, 4), ...terms.slice(0, 4)])].join(', ');
  }
}
