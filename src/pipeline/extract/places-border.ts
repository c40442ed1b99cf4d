/**
 * The contextual rule for a bare "the border": in a sentence about Russia (its troops, its government) in a
 * document that mentions Ukraine, it is the Russia–Ukraine border area. Anywhere else it stays unplaced.
 */
import type { Token } from './gazetteer-text';

/** The place id a bare border phrase resolves to. */
export const RUSSIA_UKRAINE_BORDER = 'russia-ukraine-border';

const BORDER_WORDS = new Set(['border', 'borders', 'frontier']);
const SENTENCE_END = new Set(['.', '!', '?']);

function sentenceAround(tokens: readonly Token[], k: number): [number, number] {
  let from = k;
  while (from > 0 && !SENTENCE_END.has(tokens[from - 1]!.norm) && !tokens[from]!.nl) from -= 1;
  let to = k + 1;
  while (to < tokens.length && !SENTENCE_END.has(tokens[to - 1]!.norm) && !tokens[to]!.nl) to += 1;
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
    if (!BORDER_WORDS.has(t.norm) || !free(k) || tokens[k - 1]?.norm !== 'the' || !free(k - 1)) return;
    // "the border with Poland", "the border between ..." name another border: not this rule's.
    if (['with', 'between', 'of'].includes(tokens[k + 1]?.norm ?? '')) return;
    const [from, to] = sentenceAround(tokens, k);
    for (let j = from; j < to; j += 1) {
      if (russian(j)) {
        found.push([k - 1, k + 1]);
        return;
      }
    }
  });
  return found;
}
