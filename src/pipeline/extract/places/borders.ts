/**
 * The contextual rule for a bare "the border": in a sentence about Russia (its troops, its government) in a
 * document that mentions Ukraine, it is the Russia–Ukraine border area. Anywhere else it stays unplaced.
 */
import type { Token } from '../entities/tokens';

/** The place id a bare border phrase resolves to. */
export const RUSSIA_UKRAINE_BORDER = 'russia-ukraine-border';

const BORDER_WORDS = new Set(['border', 'borders', 'frontier']);
const SENTENCE_END = new Set(['.', '!', '?']);
const SHARED = new Set([
  'shared',
  'common',
  'countries',
  'two',
  'nations',
  "'",
  's',
  'long',
  'eastern',
  'northern',
]);
const POSSESSIVE = new Set(['its', 'their']);

/**
 * "Belarus ... near its 1,084km border with Ukraine": a possessive border takes its owner from the nearest
 * country named before it in the sentence. Returns [from, to, first country, second country] token spans
 * where `countryAt(k)` (the ISO alpha-3 code of a country name at token k, or null) finds both.
 */
export function possessiveBorders(
  tokens: readonly Token[],
  countryAt: (k: number) => string | null,
): [number, number, string, string][] {
  const found: [number, number, string, string][] = [];
  tokens.forEach((t, k) => {
    if (!POSSESSIVE.has(t.norm)) return;
    const [start] = sentenceAround(tokens, k);
    let border = k + 1;
    while (border < k + 12 && tokens[border] && !BORDER_WORDS.has(tokens[border]!.norm)) border += 1;
    if (!BORDER_WORDS.has(tokens[border]?.norm ?? '') || tokens[border + 1]?.norm !== 'with') return;
    const other = countryAt(border + 2);
    let owner: string | null = null;
    for (let j = k - 1; j >= start && !owner; j -= 1) owner = countryAt(j);
    if (!owner || !other || owner === other) return;
    let end = border + 3;
    while (countryAt(end) === other) end += 1;
    found.push([k, end, owner, other]);
  });
  return found;
}

/** A sentence is read at most this many tokens either side (text without stops stays cheap). */
const REACH = 80;

function sentenceAround(tokens: readonly Token[], k: number): [number, number] {
  let from = k;
  while (from > Math.max(0, k - REACH) && !SENTENCE_END.has(tokens[from - 1]!.norm) && !tokens[from]!.nl) {
    from -= 1;
  }
  let to = k + 1;
  while (
    to < Math.min(tokens.length, k + REACH) &&
    !SENTENCE_END.has(tokens[to - 1]!.norm) &&
    !tokens[to]!.nl
  ) {
    to += 1;
  }
  return [from, to];
}

/**
 * Token spans [from, to) of bare "the border(s)" that the rule places. `free(k)` says whether token k is
 * not part of another name; `russian(k)` whether token k belongs to Russia or a Russian actor.
 */
export function bareBorders(
  tokens: readonly Token[],
  free: (k: number) => boolean,
  russian: (k: number) => boolean,
  mentionsUkraine: boolean,
): [number, number][] {
  if (!mentionsUkraine) return [];
  const found: [number, number][] = [];
  tokens.forEach((t, k) => {
    if (!BORDER_WORDS.has(t.norm) || !free(k)) return;
    // "the border", "the shared frontier", "the countries' common border".
    let the = k - 1;
    while (the >= k - 5 && free(the) && SHARED.has(tokens[the]?.norm ?? '')) the -= 1;
    if (tokens[the]?.norm !== 'the' || !free(the)) return;
    // "the border with Poland", "the border between ..." name another border: not this rule's.
    if (['with', 'between', 'of'].includes(tokens[k + 1]?.norm ?? '')) return;
    const [from, to] = sentenceAround(tokens, k);
    for (let j = from; j < to; j += 1) {
      if (russian(j)) {
        found.push([the, k + 1]);
        return;
      }
    }
  });
  return found;
}
