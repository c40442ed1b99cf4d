/** Where a claim's troops are: place names after locative words near its number. */
import type { PlaceHit } from '../../types';
import type { BorderOf } from './borders';
import { LOCATIVE_BEFORE, TARGET_BEFORE } from './cues';

/** "on its borders", "along their eastern frontier": a border whose owner is named earlier. */
const POSSESSIVE_BORDER =
  /\b(?:on|along|near|at|to|close\s+to|around|by)\s+(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:borders?|frontiers?)\b(?!\s+with\b)/iu;

/** Words that put troops next to a country rather than in it ("surrounding Ukraine", "near Ukraine"). */
const AROUND_BEFORE =
  /\b(?:surround(?:s|ed|ing)?|encircl(?:e|es|ed|ing)|ring(?:s|ed|ing)|around|near|close\s+to|along|next\s+to|not\s+far\s+from|on\s+the\s+edge\s+of)\s+(?:the\s+)?$/i;

/** Places the troops are at: names after the number (up to `scopeEnd`) that follow a locative word,
 *  or the place a "where" clause refers back to; failing that, a locative name before the number; failing
 *  that, the border area facing the country they are to invade. A country the troops are around or near
 *  becomes its border area with their own country (`borderOf`). */
export function placesOf(
  text: string,
  sentenceStart: number,
  scopeStart: number,
  phraseStart: number,
  phraseEnd: number,
  scopeEnd: number,
  hits: PlaceHit[],
  cues: { start: number; end: number }[],
  borderOf: BorderOf,
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
    return (LOCATIVE_BEFORE.test(lead) || AROUND_BEFORE.test(lead)) && !TARGET_BEFORE.test(lead);
  };
  const lead = (p: PlaceHit, from: number): string => text.slice(Math.max(from, p.start - 20), p.start);
  const placeOf = (p: PlaceHit, from: number): string =>
    (AROUND_BEFORE.test(lead(p, from)) && borderOf(p.placeId)) || p.placeId;
  const after = outer.filter((p) => p.start >= phraseEnd && p.end <= end && located(p, phraseEnd));
  // "moved 10,000 troops from Crimea to Belarus": where they went, not where they came from.
  const origin = (p: PlaceHit): boolean =>
    /(?<!\b(?:far|away)\s)\bfrom\s+(?:the\s+)?$/i.test(lead(p, phraseEnd));
  const destination = (p: PlaceHit): boolean =>
    /\b(?:to|into|towards?)\s+(?:the\s+)?$/i.test(lead(p, phraseEnd));
  const moved = after.some(destination) ? after.filter((p) => !origin(p)) : after;
  ids.push(...moved.map((p) => placeOf(p, phraseEnd)));
  if (ids.length === 0) {
    const before = outer.filter(
      (p) => p.start >= scopeStart && p.end <= phraseStart && located(p, scopeStart),
    );
    ids.push(...before.map((p) => placeOf(p, scopeStart)));
  }
  const possessive =
    POSSESSIVE_BORDER.test(text.slice(phraseEnd, end)) ||
    POSSESSIVE_BORDER.test(text.slice(scopeStart, phraseStart));
  if (ids.length === 0 && possessive) {
    // "Ukraine says Russia has massed 100,000 troops on its borders": the nearest other country named before.
    // The speaker counts here ("Ukraine says ... its borders"), unlike for where troops are.
    const owner = hits
      .filter((p) => p.start >= sentenceStart && p.end <= phraseStart && borderOf(p.placeId))
      .pop();
    const border = owner && borderOf(owner.placeId);
    if (border) ids.push(border);
  }
  if (ids.length === 0) {
    // "to invade Ukraine and would launch an invasion with 200,000 troops": massed on the border facing it.
    const target = outer.find(
      (p) => p.start >= scopeStart && p.end <= end && TARGET_BEFORE.test(lead(p, scopeStart)),
    );
    const border = target && borderOf(target.placeId);
    if (border) ids.push(border);
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
