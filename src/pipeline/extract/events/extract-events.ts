/**
 * Dated happenings: sentences with an event trigger from the cue table (data/reference/event-cues.json),
 * dated from a date in the sentence or else the live entry's or article's day, with the actors and places
 * recognised inside the sentence. Forecasts and schedules need a date written in the sentence itself, so
 * that speculation ("Russia could invade") does not fill the timeline.
 */
import cueTable from '../../../../data/reference/event-cues.json' with { type: 'json' };
import type { Day } from '../../../domain/schema';
import type { ActorHit, DateHit, EventDraft, ParsedDoc, Recognised, Sentence } from '../../types';
import { addDays, findDates } from '../dates/find-dates';
import { eventTitle } from './title';
import { splitSentences } from '../document/sentences';
import { entryAt } from '../liveblog/entry-at';

interface Family {
  id: string;
  /** Any of the family's cues: most sentences fail this one test and skip the per-cue loop. */
  any: RegExp;
  patterns: RegExp[];
  context: RegExp | null;
}

function escaped(cue: string): string {
  return cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A cue (or any of several) at the start of a word; cues are data, never trusted as patterns. */
function literal(...cues: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${cues.map(escaped).join('|')})`, 'iu');
}

const FAMILIES: Family[] = cueTable.families.map((f) => ({
  id: f.id,
  any: literal(...f.cues),
  patterns: f.cues.map((cue) => literal(cue)),
  context: f.context.length > 0 ? literal(...f.context) : null,
}));
const ANY_CUE = literal(...cueTable.families.flatMap((f) => f.cues));

const NEGATION = /\b(not|never|no|n't|hasn't|haven't|didn't|won't|denied|denies|without)\s+(\S+\s+){0,2}$/i;
const FORECAST =
  /\b(could|may|might|would|must|should|if|ready to|possible|possibly|likely|fear|fears|feared|threat|risk|imminent)\b/i;
const SCHEDULED =
  /\b(will|due to|is to|are to|set to|scheduled|expected to|plans to|planned|is planning|next week)\b/i;

function triggerIn(text: string): { family: string; at: number; cue: string } | null {
  if (!ANY_CUE.test(text)) return null;
  for (const family of FAMILIES) {
    if (!family.any.test(text) || (family.context && !family.context.test(text))) continue;
    for (const pattern of family.patterns) {
      const m = pattern.exec(text);
      if (m && !NEGATION.test(text.slice(0, m.index)))
        return { family: family.id, at: m.index, cue: m[0].toLowerCase() };
    }
  }
  return null;
}

const BARE_WEEKDAY = /^(mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** A weekday that dates what is told: "On Friday, ...", "Friday: ...", "said Monday that". */
const STATED_DAY = /(?:^\W*|\bon\s+|\b(?:said|says|announced|told\s+\S+)\s+)$/i;
/** Questions in reported form ("Asked if ...") and fragments opening on an auxiliary are not happenings. */
const NOT_A_STATEMENT =
  /^[\s"\u201c\u2018']*(?:asked\s+(?:if|whether|about|what|why|how|when)|(?:is|are|was|were|has|have|had|does|do|did)\s)\b/i;
/** A sentence that goes on about the happening of the sentence before ("It said the jet ..."). */
const CONTINUATION_REACH = 6;
const CONTINUES = /^[\s"\u201c\u2018']*(?:it|he|she|they)\s/i;

function anchorFor(
  doc: ParsedDoc,
  offset: number,
  day: Day | null,
): { day: Day | null; entryId: string | null } {
  const entry = entryAt(doc.entries, offset);
  return entry ? { day: entry.publishedAt.slice(0, 10), entryId: entry.id } : { day, entryId: null };
}

/**
 * The date a sentence gives its event. A bare weekday ("as soon as Wednesday", "declared Wednesday a day
 * of unity") names the event's date only when the sentence looks ahead, and then the next such day, or
 * when it opens the sentence or follows "on" or a saying verb.
 */
function eventDate(hits: DateHit[], text: string, anchor: Day | null, ahead: boolean): DateHit | null {
  for (const hit of hits) {
    if (
      !hit.relative ||
      !BARE_WEEKDAY.test(text.slice(hit.start, hit.end)) ||
      STATED_DAY.test(text.slice(0, hit.start).slice(-40))
    )
      return hit;
    if (!ahead || !anchor) continue;
    return hit.date > anchor ? hit : { ...hit, date: addDays(hit.date, 7) };
  }
  return null;
}

/** Status from modality near the trigger. A forecast dated before its report ("officials told reporters
 *  last week that an invasion could come") is a warning that was made then: it occurred. */
function statusOf(text: string, date: DateHit | null, anchor: Day | null): EventDraft['status'] | null {
  const future = date !== null && anchor !== null && date.date > anchor;
  const past = date !== null && anchor !== null && date.date < anchor;
  if (FORECAST.test(text)) return date ? (past ? 'occurred' : 'forecast') : null;
  if (SCHEDULED.test(text) || future) return date ? 'scheduled' : null;
  return 'occurred';
}

/** "according to The New York Times", "(Reuters)", "The Hill reported": who reports it, not who acts. */
function isSourceCredit(text: string, hit: ActorHit): boolean {
  const before = text.slice(Math.max(0, hit.start - 16), hit.start);
  const after = text.slice(hit.end, hit.end + 12);
  return /(according to|reported by|told|\()\s*$/i.test(before) || /^\s*(reported|reports|\))/i.test(after);
}

/** Hits inside a sentence; `hits` is sorted by start, so a binary search finds the first. */
function inside<T extends { start: number; end: number }>(hits: readonly T[], s: Sentence): T[] {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < hits.length && hits[k]!.start < s.end; k += 1)
    if (hits[k]!.end <= s.end) out.push(hits[k]!);
  return out;
}

function byStart<T extends { start: number }>(hits: readonly T[]): T[] {
  return [...hits].sort((a, b) => a.start - b.start);
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)].sort();
}

/** Finds events reported in a document, one draft per happening (a sentence and those going on about it). */
export function extractEvents(doc: ParsedDoc, found: Recognised, day: Day | null): EventDraft[] {
  const drafts: EventDraft[] = [];
  const actorHits = byStart(found.actors);
  const placeHits = byStart(found.places);
  const lastOf = new Map<string, { draft: EventDraft; sentence: number; cue: string }>();
  for (const [k, sentence] of splitSentences(doc.text).entries()) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (text.trim().endsWith('?') || text.length > 600 || NOT_A_STATEMENT.test(text)) continue;
    const trigger = triggerIn(text);
    if (!trigger) continue;
    const actors = inside(actorHits, sentence).filter((a) => !isSourceCredit(doc.text, a));
    const places = inside(placeHits, sentence);
    const anchor = anchorFor(doc, sentence.start, day);
    const dates = findDates(text, anchor.day);
    // A happening with nobody named in it is kept only when its date is written out ("due to end on 20 May").
    if (actors.length + places.length === 0 && !dates.some((d) => /\d/.test(text.slice(d.start, d.end))))
      continue;
    const source = { articleId: doc.id, entryId: anchor.entryId, start: sentence.start, end: sentence.end };
    // "Yesterday the Kremlin claimed it had scrambled a jet. [...] It said the jet ...": one happening, one
    // date: an undated sentence going on about the family's last happening a few sentences before joins it.
    const last = lastOf.get(trigger.family);
    if (
      last &&
      (k - last.sentence <= CONTINUATION_REACH || last.cue === trigger.cue) &&
      last.draft.sources[0]!.entryId === anchor.entryId &&
      dates.length === 0 &&
      CONTINUES.test(text)
    ) {
      const draft: EventDraft = last.draft;
      draft.sources.push(source);
      draft.actorIds = unique([...draft.actorIds, ...actors.map((a) => a.actorId)]);
      draft.placeIds = unique([...draft.placeIds, ...places.map((p) => p.placeId)]);
      lastOf.set(trigger.family, { draft, sentence: k, cue: trigger.cue });
      continue;
    }
    // Tense and modality are read near the trigger: "met ... and warned of sanctions if it invades" occurred.
    const near = text.slice(Math.max(0, trigger.at - 50), trigger.at + 40);
    const date = eventDate(dates, text, anchor.day, SCHEDULED.test(near) || FORECAST.test(near));
    const status = statusOf(near, date, anchor.day);
    const when = date?.date ?? anchor.day;
    if (!status || !when) continue;
    const draft: EventDraft = {
      date: when,
      datePrecision: date?.precision ?? 'day',
      title: eventTitle(text, trigger.at, dates),
      status,
      actorIds: unique(actors.map((a) => a.actorId)),
      placeIds: unique(places.map((p) => p.placeId)),
      sources: [source],
      trigger: trigger.family,
    };
    drafts.push(draft);
    lastOf.set(trigger.family, { draft, sentence: k, cue: trigger.cue });
  }
  return drafts;
}
