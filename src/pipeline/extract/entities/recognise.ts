/**
 * Actor and place recognition, in ordered passes over tokens of folded text (accents, curly apostrophes and
 * no-break spaces normalised; spans reported in the original): registry names, aliases and date-aware titles
 * (longest match first, capitals as metonyms where they act), typos, titles around names, new names, the
 * bare "the border", and GeoNames cities.
 */
import type { Day } from '../../../domain/schema';
import type { ParsedDoc, Recognised, Reference } from '../../types';
import { apposed, isPastTitle, titleStart } from '../actors/titles';
import { actsAsGovernment } from '../actors/metonyms';
import { nameIndex, type NameEntry, type NameIndex } from './name-index';
import { SpanSet, type NameSpan } from './spans';
import { casesAgree, keyAt, tokenize, type Token } from './tokens';
import { findTypos } from './fuzzy-pass';
import { findNewPeople } from '../actors/new-people';
import { findCities } from '../places/cities';
import { bareBorders, RUSSIA_UKRAINE_BORDER } from '../places/borders';
import { bordersPass, countryAt, nestedCountriesPass } from '../places/passes';

function inTerm(entry: NameEntry, day: Day | null): boolean {
  return (
    (entry.from === null || day === null || entry.from <= day) &&
    (entry.to === null || day === null || day < entry.to)
  );
}

/** Entries of a key that hold on `day`; a title that fits several people at once names nobody. */
function resolve(entries: NameEntry[], day: Day | null, past: boolean): NameEntry[] {
  const named = entries.filter((e) => e.via !== 'title');
  if (past) return named;
  const titles = entries.filter((e) => e.via === 'title' && inTerm(e, day));
  const holders = new Set(titles.map((e) => e.id));
  return holders.size === 1 ? [...named, titles[0]!] : named;
}

function longestAt(
  index: NameIndex,
  tokens: readonly Token[],
  i: number,
  day: Day | null,
): [number, NameEntry[]] | null {
  const past = isPastTitle(tokens, i);
  const lengths: number[] = [];
  let key = '';
  for (let length = 1; length <= index.maxLength && i + length <= tokens.length; length += 1) {
    key += (length > 1 ? ' ' : '') + tokens[i + length - 1]!.norm;
    if (!index.prefixes.has(key)) break;
    if (index.names.has(key)) lengths.unshift(length);
  }
  for (const length of lengths) {
    const entries = index.names.get(keyAt(tokens, i, length))!;
    const fitting = resolve(
      entries.filter((e) => casesAgree(tokens, i, e.rules)),
      day,
      past,
    );
    if (fitting.length > 0) return [length, fitting];
  }
  return null;
}

function registryPass(index: NameIndex, set: SpanSet, day: Day | null): void {
  const { tokens } = set;
  for (let i = 0; i < tokens.length;) {
    let found = longestAt(index, tokens, i, day);
    // "the Elysee Palace": the registry may list a name without its article; the longer reading wins.
    if (tokens[i]!.norm === 'the') {
      const bare = longestAt(index, tokens, i + 1, day);
      if (bare && bare[0] >= (found?.[0] ?? 0)) {
        i += 1;
        found = bare;
      }
    }
    if (!found) {
      i += 1;
      continue;
    }
    const [length, entries] = found;
    const actor = entries.find((e) => e.kind === 'actor') ?? null;
    const place = entries.find((e) => e.kind === 'place') ?? null;
    const span: NameSpan = {
      from: i,
      to: i + length,
      actor: actor && { id: actor.id, via: actor.via, derived: actor.derived === true },
      place: place && { id: place.id },
    };
    if (actor?.via === 'title' && tokens[i - 1]?.norm === 'the' && set.free(i - 1)) span.from = i - 1;
    set.add(span);
    i += length;
  }
}

/** Derived surnames stay only for people the document names in another way too. */
function loneSurnamePass(set: SpanSet): void {
  const spans = set.list();
  const named = new Set(spans.filter((s) => s.actor && !s.actor.derived).map((s) => s.actor!.id));
  for (const span of spans) if (span.actor?.derived && !named.has(span.actor.id)) set.remove(span);
}

/** Capitals named as places become their government where they act ("Moscow denies"). */
function metonymPass(index: NameIndex, set: SpanSet): void {
  const { tokens } = set;
  const around = {
    nameEnd: (k: number): number => (set.at(k)?.from === k ? set.at(k)!.to : -1),
    isActor: (k: number): boolean => set.at(k)?.actor?.via === 'metonym',
  };
  for (const span of set.list()) {
    if (!span.place || span.actor) continue;
    const government = index.data.metonyms.get(keyAt(tokens, span.from, span.to - span.from));
    if (government && actsAsGovernment(tokens, span.from, span.to, around)) {
      span.actor = { id: government, via: 'metonym' };
      span.place = null;
    }
  }
}

function isPerson(index: NameIndex, span: NameSpan | null): boolean {
  return (
    !!span?.actor &&
    (span.actor.id.startsWith('x-') || index.data.actors.get(span.actor.id)?.kind === 'person')
  );
}

/** Office words before a person's name join the name's span; a title next to its holder's name merges. */
function titlePass(index: NameIndex, set: SpanSet): void {
  const { tokens } = set;
  const qualifier = (k: number): boolean => {
    const span = set.at(k);
    if (!span) return index.data.demonyms.has(tokens[k]?.norm ?? '');
    const id = span.place?.id ?? span.actor?.id ?? '';
    return index.data.places.get(id)?.kind === 'country' && span.to - span.from <= 3;
  };
  for (const span of set.list()) {
    if (!isPerson(index, span)) continue;
    const from = titleStart(tokens, span.from, (k) => set.free(k), qualifier);
    if (from < span.from) set.stretch(span, from, span.to);
  }
  const spans = set.list();
  spans.forEach((span, n) => {
    const next = spans[n + 1];
    if (!next || !isPerson(index, span) || !isPerson(index, next)) return;
    if (!apposed(tokens, span.to, next.from)) return;
    const sameActor = span.actor!.id === next.actor!.id;
    if (sameActor || span.actor!.via === 'title') {
      const keep = span.actor!.via === 'title' ? next : span;
      set.stretch(keep, span.from, next.to);
    }
  });
}

/** Finds registry actors and places, typos of them, unregistered people and GeoNames cities in a document. */
export function recognise(doc: ParsedDoc, reference: Reference, day: Day | null): Recognised {
  const index = nameIndex(reference);
  const set = new SpanSet(tokenize(doc.text));
  registryPass(index, set, day);
  metonymPass(index, set);
  findTypos(index, set);
  loneSurnamePass(set);
  const newActors = findNewPeople(doc.text, index, set);
  titlePass(index, set);
  const ukraine = set.tokens.some(
    (t, k) => t.cap && (index.data.demonyms.get(t.norm) === 'UKR' || countryAt(index, set, k) === 'UKR'),
  );
  const russian = (k: number): boolean => {
    const id = set.at(k)?.actor?.id ?? set.at(k)?.place?.id;
    if (id) return id === 'russia' || index.data.actors.get(id)?.affiliation === 'russia';
    return index.data.demonyms.get(set.tokens[k]?.norm ?? '') === 'RUS';
  };
  if (index.data.places.has(RUSSIA_UKRAINE_BORDER)) {
    for (const [from, to] of bareBorders(set.tokens, (k) => set.free(k), russian, ukraine)) {
      set.add({ from, to, actor: null, place: { id: RUSSIA_UKRAINE_BORDER } });
    }
  }
  bordersPass(index, set);
  nestedCountriesPass(index, set, (span) => isPerson(index, span));
  const newPlaces = findCities(index, set);
  return { ...set.hits(doc.text), newActors, newPlaces };
}
