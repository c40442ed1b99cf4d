/** Who says so: attribution cues in a sentence ("according to X", "X said", "They believe") and their actors. */
import type { ActorHit, PlaceHit, Reference, Sentence } from '../../types';
import { CLAUSE_OPENERS, DEMONYMS, PRONOUN_SUBJECT, SAY_AUX, SAY_VERB, SOURCE_NOUN_FROM } from './cues';

type Span = { start: number; end: number };

/** An attribution in a sentence: `forward` governs numbers after it, `backward` numbers before it. */
export interface Cue {
  start: number;
  end: number;
  forward: boolean;
  backward: boolean;
  claimantIds: string[];
  /** The claimants came from the previous sentence ("They believe ..."). */
  inherited: boolean;
}

/** The recognised names a cue may draw on. */
export interface Names {
  text: string;
  actors: ActorHit[];
  places: PlaceHit[];
  reference: Reference;
}

const SOURCE_RE = new RegExp(`(?<![\\p{L}])${SOURCE_NOUN_FROM}\\s+`, 'giu');
const VERB_RE = new RegExp(`(?<![\\p{L}])(${SAY_AUX})(${SAY_VERB})(?![\\p{L}])`, 'giu');
const CLAUSE_VERBS = /^(?:that|is|are|was|were|has|have|had|will|would|could|can|may|might)$/i;
const SPAN_END_RE = /[,;:]|\b(?:although|though|but|while|whereas|that|which|who|as)\b/iu;

/** The attribution cues of a sentence, in order; `previous` are the claimants a pronoun refers back to. */
export function findCues(text: string, sentence: Sentence, names: Names, previous: string[]): Cue[] {
  const body = text.slice(sentence.start, sentence.end);
  const cues: Cue[] = [];
  for (const m of body.matchAll(SOURCE_RE)) {
    const from = sentence.start + m.index + m[0].length;
    const stop = SPAN_END_RE.exec(text.slice(from, sentence.end));
    const to = stop ? from + stop.index : sentence.end;
    const source = text.slice(from, to).trim();
    const inherited = PRONOUN_SUBJECT.test(source);
    const ids = inherited ? previous : claimantsIn(names, from, to);
    // "according to reports" names nobody: the figure stays the outlet's own.
    if (ids.length > 0) {
      const start = sentence.start + m.index;
      cues.push({ start, end: to, forward: true, backward: true, claimantIds: ids, inherited });
    }
  }
  for (const m of body.matchAll(VERB_RE)) {
    const cue = verbCue(text, sentence, names, previous, sentence.start + m.index, m[0].length);
    if (cue) cues.push(cue);
  }
  return cues.sort((a, b) => a.start - b.start);
}

function verbCue(
  text: string,
  sentence: Sentence,
  names: Names,
  previous: string[],
  at: number,
  length: number,
): Cue | null {
  const before = text.slice(sentence.start, at);
  if (/(?:^|\s)(?:a|an|the|are|were|is|was|be|been|being)\s+$/i.test(before)) return null;
  const end = at + length;
  const clause = /^[^,.;:]*/.exec(text.slice(end, sentence.end))?.[0] ?? '';
  const forward = /\S/.test(clause) || /^\s*:/.test(text.slice(end, sentence.end));
  // "..., Nato said on Monday." looks back; "which Nato says is a threat" starts a clause of its own.
  const words = clause.trim().split(/\s+/).filter(Boolean);
  const backward = !/\d/.test(clause) && words.length <= 4 && !words.some((w) => CLAUSE_VERBS.test(w));
  const opener = clauseStart(text, names, sentence.start, at);
  const subject = text.slice(opener, at).trim();
  let ids = claimantsIn(names, opener, at);
  let inherited = false;
  if (PRONOUN_SUBJECT.test(subject)) {
    ids = previous;
    inherited = true;
  } else if (ids.length === 0 && subject === '') {
    const inverted =
      clause.trim().split(/\s+/).length <= 6 ? claimantsIn(names, end, end + clause.length) : [];
    ids = inverted.length > 0 ? inverted : appositiveSubject(text, names, sentence.start, opener);
  }
  // "Analysts say" or "It comes amid reports" name nobody a reader could filter by.
  return ids.length > 0 ? { start: opener, end, forward, backward, claimantIds: ids, inherited } : null;
}

/** Where the clause holding the verb at `at` starts; "and" joining two names ("US and UK") does not open one. */
function clauseStart(text: string, names: Names, from: number, at: number): number {
  let start = from;
  for (const m of text.slice(from, at).matchAll(CLAUSE_OPENERS)) {
    const here = from + m.index;
    const joinsNames =
      /^and\b/i.test(m[0]) &&
      names.actors.some((a) => a.end <= here && /^\s*$/.test(text.slice(a.end, here))) &&
      names.actors.some(
        (a) =>
          a.start >= here + m[0].length && /^(?:the\s+)?$/i.test(text.slice(here + m[0].length, a.start)),
      );
    if (!joinsNames) start = here + m[0].length;
  }
  return start;
}

/** "Dmytro Kuleba, Ukraine's foreign minister who met X, said": the speaker is named before the commas. */
function appositiveSubject(text: string, names: Names, from: number, opener: number): string[] {
  const segments = text.slice(from, opener).split(',');
  let end = opener;
  for (let back = 0; back < 3 && segments.length > 0; back += 1) {
    const segment = segments.pop()!;
    const start = end - segment.length - (back === 0 ? 0 : 1);
    // "who met Nato leaders" describes the speaker; the names in it are not the speaker.
    const ids = /^\s*(?:who|whom|whose|which)\b/i.test(segment)
      ? []
      : claimantsIn(names, Math.max(from, start), end);
    if (ids.length > 0) return ids;
    end = start;
  }
  return [];
}

/** Actor ids named in [from, to), outermost names only; failing that, places read as their country's
 *  government ("according to Kiev estimates"). */
export function claimantsIn(names: Names, from: number, to: number): string[] {
  const inside = names.actors.filter((a) => a.start >= from && a.end <= to);
  const outer = inside.filter(
    (a) =>
      !inside.some(
        (b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start,
      ),
  );
  const ids = outer.map((a) => a.actorId);
  if (ids.length === 0) {
    // "according to Ukrainian intelligence": a nationality word names the country as the source.
    for (const word of names.text.slice(from, to).match(/[\p{L}.]+/gu) ?? []) {
      const id = DEMONYMS[word.toLowerCase()];
      if (id && names.reference.actors.has(id) && /^\p{Lu}/u.test(word)) ids.push(id);
    }
  }
  if (ids.length === 0) {
    for (const p of names.places.filter((h) => h.start >= from && h.end <= to)) {
      const country = countryActor(names.reference, p.placeId);
      if (country) ids.push(country);
    }
  }
  return [...new Set(ids)];
}

/** The actor of the country a place lies in, if the registry has one. */
export function countryActor(reference: Reference, placeId: string): string | null {
  const place = reference.places.get(placeId);
  if (!place) return null;
  if (place.kind === 'country') return reference.actors.has(place.id) ? place.id : null;
  if (place.kind === 'border' || place.country === null) return null;
  return countriesByCode(reference).get(place.country) ?? null;
}

const byCode = new WeakMap<Reference, Map<string, string>>();

/** ISO alpha-3 code to the id of that country's actor, built once per registry. */
function countriesByCode(reference: Reference): Map<string, string> {
  let codes = byCode.get(reference);
  if (!codes) {
    codes = new Map();
    for (const p of reference.places.values()) {
      if (p.kind === 'country' && p.country && reference.actors.has(p.id)) codes.set(p.country, p.id);
    }
    byCode.set(reference, codes);
  }
  return codes;
}

/** The claimants of figure `i` of a sentence: the cue just before it, else one just after it (before the
 *  next figure), else the previous figure's, else a clause-final one later ("..., officials said"). */
export function governingClaimants(figures: Span[], i: number, cues: Cue[], sentence: Sentence): string[] {
  const c = figures[i]!;
  const from = i > 0 ? figures[i - 1]!.end : sentence.start;
  const to = figures[i + 1]?.start ?? sentence.end;
  const before = cues.filter((q) => q.forward && q.end <= c.start + 1 && q.end > from).at(-1);
  if (before) return before.claimantIds;
  const after = cues.find((q) => q.backward && q.start >= c.end && q.start < to);
  if (after) return after.claimantIds;
  const earlier = cues.filter((q) => q.forward && q.end <= c.start).at(-1);
  if (earlier) return earlier.claimantIds;
  return cues.find((q) => q.backward && q.start >= c.end)?.claimantIds ?? [];
}
