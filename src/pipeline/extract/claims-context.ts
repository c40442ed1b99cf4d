/** A claim's kind, whose forces it counts, and where they are, read from the words around its number. */
import type { ClaimKind } from '../../domain/schema';
import type { ActorHit, PlaceHit, Reference } from '../types';
import {
  DEMONYMS,
  FORECAST_AFTER,
  FORECAST_BEFORE,
  INCREMENT_AFTER,
  INCREMENT_BEFORE,
  INCREMENT_MODIFIERS,
  LOCATIVE_BEFORE,
  PAST_TIME,
  TARGET_BEFORE,
  TROOP_NOUN,
} from './claims-cues';

/** Drops the text of relative clauses set off by commas (", which could invade at any time,"). */
function withoutAsides(window: string): string {
  return window.replace(/,\s*(?:which|who)\b[^,]*,/gi, ',');
}

/** The words around a figure that decide its kind. */
export interface KindContext {
  /** Up to 80 characters before the number, from the previous figure on. */
  before: string;
  /** Up to 60 characters after the unit noun. */
  after: string;
  modifiers: string[];
  articleYear: number | null;
  /** The figure is part of or added to another in its sentence. */
  related: boolean;
}

/** historical (a past year), forecast (a projected force), increment (a change), else estimate. */
export function claimKind(k: KindContext): ClaimKind {
  const ownClause = /^[^,;]*/.exec(k.after)?.[0] ?? '';
  if (isPast(withoutAsides(k.before), k.articleYear, true) || isPast(ownClause, k.articleYear, false)) {
    return 'historical';
  }
  const clause = withoutAsides(k.before);
  if (FORECAST_BEFORE.test(clause) || FORECAST_AFTER.test(k.after)) return 'forecast';
  if (k.related) return 'estimate';
  const changed = INCREMENT_BEFORE.test(clause) || INCREMENT_AFTER.test(k.after);
  if (k.modifiers.some((m) => INCREMENT_MODIFIERS.has(m.toLowerCase())) || changed) return 'increment';
  return 'estimate';
}

/** A past year or season in `text`; before the number, "has since" or "now" after it means the figure is
 *  current ("annexed Crimea in 2014 and has since stationed 30,000 troops there"). */
function isPast(text: string, articleYear: number | null, before: boolean): boolean {
  const past = PAST_TIME.exec(text);
  if (!past) return false;
  if (before && /\b(?:since|now|currently|today|still)\b/i.test(text.slice(past.index + past[0].length))) {
    return false;
  }
  const year = past[1] ? Number(past[1]) : null;
  return year === null || articleYear === null || year < articleYear;
}

/** Whose forces: a nationality word before the noun, else a possessive name before the number. */
export function ownSubject(
  text: string,
  modifiers: string[],
  phraseStart: number,
  actors: ActorHit[],
  reference: Reference,
): string | null {
  for (const word of modifiers) {
    const id = DEMONYMS[word.toLowerCase()] ?? countryNamed(word, reference);
    if (id && reference.actors.has(id)) return id;
  }
  const owner = actors.find(
    (a) => a.end <= phraseStart && /^['’]s\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(a.end, phraseStart)),
  );
  return owner ? forceOf(owner.actorId, reference) : null;
}

const countryNames = new WeakMap<Reference, Map<string, string>>();

/** The country actor a word names ("Russia" as an adjective in "Russia troops"), from a per-registry index. */
function countryNamed(word: string, reference: Reference): string | null {
  let names = countryNames.get(reference);
  if (!names) {
    names = new Map();
    for (const actor of reference.actors.values()) {
      if (actor.kind !== 'country') continue;
      for (const name of [actor.name, ...actor.aliases]) names.set(name.toLowerCase(), actor.id);
    }
    countryNames.set(reference, names);
  }
  return names.get(word.toLowerCase()) ?? null;
}

/** The country or body an actor's forces belong to. */
export function forceOf(actorId: string, reference: Reference): string | null {
  let actor = reference.actors.get(actorId);
  // A spokesman speaks for a ministry that speaks for a country: follow the chain up to the country.
  for (let hop = 0; actor && hop < 4; hop += 1) {
    const up = actor.affiliation ? reference.actors.get(actor.affiliation) : undefined;
    if (actor.kind === 'country' || !up || up.id === actor.id) return actor.id;
    actor = up;
  }
  return actor?.id ?? null;
}

/** The nearest actor before the number that acts in the clause (not a claimant, not a target or place). */
export function actingSubject(
  text: string,
  sentenceStart: number,
  phraseStart: number,
  actors: ActorHit[],
  claimants: string[],
  cues: { start: number; end: number }[],
  reference: Reference,
): string | null {
  const speaking = (a: ActorHit): boolean => cues.some((c) => a.start >= c.start && a.end <= c.end);
  const before = actors
    .filter((a) => a.start >= sentenceStart && a.end <= phraseStart && !speaking(a))
    .reverse();
  for (const hit of before) {
    const lead = text.slice(Math.max(sentenceStart, hit.start - 30), hit.start);
    if (
      /\b(?:to|for|with|from|into|in|on|at|near|of|by|against|across|toward|towards)\s+(?:the\s+)?$/i.test(
        lead,
      )
    )
      continue;
    if (TARGET_BEFORE.test(lead)) continue;
    const force = forceOf(hit.actorId, reference);
    if (force && !claimants.includes(hit.actorId) && !claimants.includes(force)) return force;
  }
  // "Biden said he would send 3,000 troops": a first or third person singular after the cue is the speaker.
  const lastCue = cues.filter((c) => c.end <= phraseStart && c.start >= sentenceStart).at(-1);
  const speaker = claimants[0];
  if (lastCue && speaker && /\b(?:he|she|we|I)\b/.test(text.slice(lastCue.end, phraseStart))) {
    return forceOf(speaker, reference);
  }
  return null;
}

/** The force most often named with troops in a document ("Russian troops", "Russia's forces"), if any. */
export function dominantForce(text: string, actors: ActorHit[], reference: Reference): string | null {
  const score = new Map<string, number>();
  const add = (id: string | null, by: number): void => {
    if (id) score.set(id, (score.get(id) ?? 0) + by);
  };
  const adjective = new RegExp(
    `\\b([\\p{L}.]+)\\s+(?:military\\s+)?(?:${TROOP_NOUN}|military|army)\\b`,
    'giu',
  );
  for (const m of text.matchAll(adjective)) {
    const id = DEMONYMS[m[1]!.toLowerCase()];
    if (id && reference.actors.has(id)) add(id, 3);
  }
  for (const hit of actors) add(forceOf(hit.actorId, reference), 1);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] > second[1]) ? first[0] : null;
}

/** Places the troops are at: names after the number (up to `scopeEnd`) that follow a locative word,
 *  or the place a "where" clause refers back to; failing that, a locative name before the number. */
export function placesOf(
  text: string,
  sentenceStart: number,
  scopeStart: number,
  phraseStart: number,
  phraseEnd: number,
  scopeEnd: number,
  hits: PlaceHit[],
  cues: { start: number; end: number }[],
): string[] {
  // A place inside an attribution ("according to Kiev estimates") is a source, not where troops are.
  const places = hits.filter((p) => !cues.some((c) => p.start >= c.start && p.end <= c.end));
  const outer = places.filter(
    (p) =>
      !places.some(
        (q) => q !== p && q.start <= p.start && q.end >= p.end && q.end - q.start > p.end - p.start,
      ),
  );
  const ids: string[] = [];
  const where = /,?\s*\bwhere\s+(?:[\p{L}]+\s+){0,2}$/iu.exec(text.slice(scopeStart, phraseStart));
  if (where) {
    const at = scopeStart + where.index;
    const referent = outer.filter((p) => p.end <= at && p.start >= sentenceStart).pop();
    if (referent) ids.push(referent.placeId);
  }
  // After "in Belarus, where thousands ... drills, from Russia ...", the next comma starts a new list item.
  const end =
    where && ids.length > 0 ? cutAtComma(text, phraseEnd, scopeEnd) : cutScope(text, phraseEnd, scopeEnd);
  const located = (p: PlaceHit, from: number): boolean => {
    const lead = text.slice(Math.max(from, p.start - 40), p.start);
    return LOCATIVE_BEFORE.test(lead) && !TARGET_BEFORE.test(lead);
  };
  const after = outer.filter((p) => p.start >= phraseEnd && p.end <= end && located(p, phraseEnd));
  // "moved 10,000 troops from Crimea to Belarus": where they went, not where they came from.
  const lead = (p: PlaceHit): string => text.slice(Math.max(phraseEnd, p.start - 20), p.start);
  const origin = (p: PlaceHit): boolean => /(?<!\b(?:far|away)\s)\bfrom\s+(?:the\s+)?$/i.test(lead(p));
  const destination = (p: PlaceHit): boolean => /\b(?:to|into|towards?)\s+(?:the\s+)?$/i.test(lead(p));
  const moved = after.some(destination) ? after.filter((p) => !origin(p)) : after;
  ids.push(...moved.map((p) => p.placeId));
  if (ids.length === 0) {
    const before = outer.filter(
      (p) => p.start >= scopeStart && p.end <= phraseStart && located(p, scopeStart),
    );
    ids.push(...before.map((p) => p.placeId));
  }
  return [...new Set(ids)];
}

/** A relative clause about something else ("troops that includes removing the government in Kyiv") ends
 *  the stretch where the troops' place is named. */
function cutScope(text: string, from: number, to: number): number {
  const m = /\b(?:that|which)\s+(?!are\b|were\b|is\b|was\b|have\b|had\b|has\b)|;/i.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

function cutAtComma(text: string, from: number, to: number): number {
  const comma = text.slice(from, to).indexOf(',');
  return comma < 0 ? to : from + comma;
}
