/**
 * The typo pass: capitalised words left free after exact matching are compared with registry names
 * (two-word person names first, then surnames and one-word country and city names).
 */
import { isHead } from '../actors/titles';
import { fuzzyLookup } from './fuzzy';
import { COMMON_WORDS } from './common-words';
import type { NameIndex } from './name-index';
import type { SpanSet } from './spans';

/** Punctuation that may sit inside a sentence before a name; any other mark opens a new unit. */
const INSIDE = new Set([',', ';', '&', '/']);
const SPOKE = /^(said|says|told|tells|added|adds|warned|warns|wrote|insisted|replied|stated)$/;

/** True at the start of a sentence, line, quote or table cell, where a capital says nothing about a name. */
function opensSentence(set: SpanSet, k: number): boolean {
  const t = set.tokens[k]!;
  const prev = set.tokens[k - 1];
  return !prev || t.nl || (!prev.word && !INSIDE.has(prev.norm));
}

/** A plural or other inflection of the name ("Stores" of Store), not a typo. */
function inflected(written: string, key: string): boolean {
  return written === `${key}s` || written === `${key}es` || written.slice(0, -1) === key;
}

function candidate(index: NameIndex, set: SpanSet, k: number): boolean {
  const t = set.tokens[k];
  if (!t || !set.free(k) || !t.word || !t.cap || t.upper || t.norm.length < 5) return false;
  return !COMMON_WORDS.has(t.norm) && !index.data.demonyms.has(t.norm) && !index.names.has(t.norm);
}

/** Marks typos of registry names ("Olaf Sholz", "Valdimir Putin", "Georgie") as fuzzy hits. */
export function findTypos(index: NameIndex, set: SpanSet): void {
  const { tokens } = set;
  const persons = index.fuzzy.filter((f) => f.kind === 'actor');
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    // A two-word name: the first word may be spelt right ("Emanuel Macron" has a known surname).
    const pairFree =
      next &&
      !next.nl &&
      next.cap &&
      next.word &&
      set.free(k) &&
      set.free(k + 1) &&
      t.cap &&
      t.word &&
      !COMMON_WORDS.has(t.norm) &&
      !COMMON_WORDS.has(next.norm);
    const nextSpan = set.at(k + 1);
    const surnameHit =
      !!nextSpan && nextSpan.from === k + 1 && nextSpan.to === k + 2 && nextSpan.actor !== null;
    if (pairFree || (surnameHit && candidate(index, set, k))) {
      const pair = fuzzyLookup(`${t.norm} ${next!.norm}`, 2, persons);
      if (pair && (pairFree || pair.id === nextSpan?.actor?.id)) {
        if (nextSpan) set.remove(nextSpan);
        set.add({ from: k, to: k + 2, actor: { id: pair.id, via: 'fuzzy' }, place: null });
        k += 1;
        continue;
      }
    }
    if (!candidate(index, set, k)) continue;
    // A lone word next to another capitalised word is likely part of an unknown name ("Georgie Smith").
    if (next && !next.nl && next.cap && next.word && set.free(k + 1)) continue;
    const prev = tokens[k - 1];
    const prevName = prev && prev.cap && prev.word && !COMMON_WORDS.has(prev.norm) && !isHead(prev);
    if (prevName && !t.nl && set.free(k - 1)) continue;
    // At a sentence opening only a speaker is taken ("Sholz said ..."): headings and openers are words.
    if (opensSentence(set, k) && !SPOKE.test(next?.norm ?? '')) continue;
    const single = fuzzyLookup(t.norm, 1, index.fuzzy);
    if (!single || inflected(t.norm, single.key)) continue;
    const isCountryActor = single.kind === 'place' && index.data.actors.get(single.id)?.kind === 'country';
    set.add({
      from: k,
      to: k + 1,
      actor: single.kind === 'actor' || isCountryActor ? { id: single.id, via: 'fuzzy' } : null,
      place: single.kind === 'place' ? { id: single.id } : null,
    });
  }
}
