/**
 * Border areas for claim places: troops "surrounding Ukraine" or massed for "an invasion of Ukraine" stand
 * on the border their own country shares with it, not inside it. Pairs come from the gazetteer's border
 * places (data/reference/places.json `border`), so any pair listed there works.
 */
import type { Reference } from '../../types';
import { forceOf } from './context';

/** Maps a country place id to the border area it shares with a force's country, or null. */
export type BorderOf = (placeId: string) => string | null;

const pairIndex = new WeakMap<Reference, Map<string, string>>();

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function bordersOf(reference: Reference): Map<string, string> {
  let pairs = pairIndex.get(reference);
  if (!pairs) {
    pairs = new Map();
    for (const place of reference.places.values()) {
      if (place.kind === 'border' && place.border && !pairs.has(pairKey(...place.border))) {
        pairs.set(pairKey(...place.border), place.id);
      }
    }
    pairIndex.set(reference, pairs);
  }
  return pairs;
}

/** The ISO code of the country whose forces `subjectId` commands (an actor whose id is a country place). */
function countryOf(subjectId: string | null, reference: Reference): string | null {
  const force = subjectId ? forceOf(subjectId, reference) : null;
  const place = force ? reference.places.get(force) : undefined;
  return place?.kind === 'country' ? place.country : null;
}

/** A resolver from a country named around or aimed at to its border area with the subject's country. */
export function borderResolver(reference: Reference, subjectId: string | null): BorderOf {
  const own = countryOf(subjectId, reference);
  return (placeId) => {
    const place = reference.places.get(placeId);
    if (!own || place?.kind !== 'country' || !place.country || place.country === own) return null;
    return bordersOf(reference).get(pairKey(own, place.country)) ?? null;
  };
}
