/**
 * Actor and place recognition: registry names, aliases and date-aware titles, longest match first, on folded
 * text (accents, curly apostrophes, no-break spaces) with spans reported in the original text.
 */
import type { Day } from '../../domain/schema';
import type { ActorHit, ParsedDoc, PlaceHit, Recognised, Reference } from '../types';
import { nameIndex, type NameEntry, type NameIndex } from './gazetteer-index';
import { casesAgree, keyAt, tokenize, type Token } from './gazetteer-text';

interface Match {
  from: number;
  length: number;
  entries: NameEntry[];
}

function inTerm(entry: NameEntry, day: Day | null): boolean {
  if (entry.via !== 'title') return true;
  if (day === null) return false;
  return (entry.from === null || entry.from <= day) && (entry.to === null || day < entry.to);
}

/** Entries of a key that hold on `day`; a title held by several people at once names nobody. */
function resolve(entries: NameEntry[], day: Day | null): NameEntry[] {
  const titles = entries.filter((e) => e.via === 'title');
  const current = titles.filter((e) => inTerm(e, day));
  const undated = titles.length > 0 && day === null && new Set(titles.map((e) => e.id)).size === 1;
  const people = undated ? titles.slice(0, 1) : current;
  const holders = new Set(people.map((e) => e.id));
  const named = entries.filter((e) => e.via !== 'title');
  return holders.size === 1 ? [...named, ...people.slice(0, 1)] : named;
}

function longestAt(index: NameIndex, tokens: Token[], i: number, day: Day | null): Match | null {
  for (let length = Math.min(index.maxLength, tokens.length - i); length >= 1; length -= 1) {
    const entries = index.names.get(keyAt(tokens, i, length));
    if (!entries) continue;
    const fitting = resolve(
      entries.filter((e) => casesAgree(tokens, i, e.rules)),
      day,
    );
    if (fitting.length > 0) return { from: i, length, entries: fitting };
  }
  return null;
}

/** Finds registry actors and places in a document. */
export function recognise(doc: ParsedDoc, reference: Reference, day: Day | null): Recognised {
  const index = nameIndex(reference);
  const tokens = tokenize(doc.text);
  const actors: ActorHit[] = [];
  const places: PlaceHit[] = [];
  for (let i = 0; i < tokens.length;) {
    const match = longestAt(index, tokens, i, day);
    if (!match) {
      i += 1;
      continue;
    }
    const start = tokens[i]!.start;
    const end = tokens[i + match.length - 1]!.end;
    const text = doc.text.slice(start, end);
    const actor = match.entries.find((e) => e.kind === 'actor');
    const place = match.entries.find((e) => e.kind === 'place');
    if (actor) actors.push({ actorId: actor.id, start, end, text, via: actor.via });
    if (place) places.push({ placeId: place.id, start, end, text });
    i += match.length;
  }
  return { actors, places, newActors: [], newPlaces: [] };
}
