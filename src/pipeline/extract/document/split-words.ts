/**
 * Splits a run of letters written without spaces ("timeplusnews") into English words by dynamic programming
 * over word frequencies (Zipf's law: a word of frequency rank r costs log(r · log N)), the cheapest split
 * winning. A split is trusted only when every piece is a real word a site would use: short pieces (three
 * letters or fewer) must be among the most common words, so "netzender" (net + zen + der) stays unsplit.
 */
import lexicon from '../../../../data/reference/english-words.json' with { type: 'json' };

const RANK = new Map<string, number>();
lexicon.words.split(' ').forEach((word, rank) => RANK.set(word, rank));
const LOG_N = Math.log(RANK.size);
const LONGEST = 24;
/** The rank a piece of 1 to 4 letters must beat: short rare pieces ("zen", "subs") make false splits. */
const SHORT_RANK = [0, 300, 300, 4000, 15000];
/**
 * Never pieces: articles and particles of other languages that Wikipedia counts as frequent words, and the
 * pronoun "i", which would split any name ending in an i ("bbci" is not "BBC I").
 */
const NEVER = new Set(
  'i der die das den des les los las von van del della di da le la el il de du'.split(' '),
);

function cost(word: string): number {
  const rank = RANK.get(word);
  if (rank === undefined || NEVER.has(word) || rank >= (SHORT_RANK[word.length] ?? Infinity)) return Infinity;
  return Math.log((rank + 1) * LOG_N);
}

/** True when `word` is in the lexicon. */
export function isWord(word: string): boolean {
  return RANK.has(word.toLowerCase());
}

/**
 * The cheapest split of lower-case `letters` into words, or null when no split is trusted. `extra` words
 * (clipped forms such as "ex" or "info") are allowed at a fixed cost.
 */
export function splitWords(letters: string, extra: ReadonlySet<string> = new Set()): string[] | null {
  const s = letters.toLowerCase();
  const best: { cost: number; from: number }[] = [{ cost: 0, from: 0 }];
  for (let end = 1; end <= s.length; end++) {
    best[end] = { cost: Infinity, from: -1 };
    for (let start = Math.max(0, end - LONGEST); start < end; start++) {
      const piece = s.slice(start, end);
      const c = best[start]!.cost + (extra.has(piece) ? LOG_N * 2 : cost(piece));
      if (c < best[end]!.cost) best[end] = { cost: c, from: start };
    }
  }
  if (!Number.isFinite(best[s.length]!.cost)) return null;
  const words: string[] = [];
  for (let end = s.length; end > 0; end = best[end]!.from) words.unshift(s.slice(best[end]!.from, end));
  return words;
}
