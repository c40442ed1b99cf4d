/**
 * Typo matching against registry names ("Sholz" -> Scholz, "Emanuel Macron" -> Macron, "Georgie" -> Georgia),
 * with safeguards so that ordinary words and other names never match: a minimum length, a small distance,
 * the same initials, capitalised text, and no near tie between two different registry entries.
 */
import { initialsOf, type FuzzyName } from './name-index';

/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent swaps), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Largest distance allowed for a name of this many characters: short names allow one slip only. */
export function allowedDistance(key: string, words: number): number {
  if (key.length < 5) return 0;
  return words > 1 && key.length >= 10 ? 2 : 1;
}

/**
 * The registry name a written name is a typo of, or null. `words` is the number of words written;
 * only registry names of that many words are compared.
 */
export function fuzzyLookup(written: string, words: number, names: readonly FuzzyName[]): FuzzyName | null {
  const max = allowedDistance(written, words);
  if (max === 0) return null;
  let best: FuzzyName | null = null;
  let bestDistance = max + 1;
  let tie = false;
  const initials = initialsOf(written);
  for (const name of names) {
    if (name.words !== words || name.initials !== initials) continue;
    const d = editDistance(written, name.key, max);
    if (d === 0 || d > max || otherShortName(written, name.key, words)) continue;
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && best && best.id !== name.id) {
      tie = true;
    }
  }
  return tie ? null : best;
}

/** In a short single name one changed letter makes another real name ("Maran", "Marin", "Moran"); only a
 *  letter left out, added or swapped reads as a typo ("Sholz"). */
function otherShortName(written: string, key: string, words: number): boolean {
  if (words !== 1 || written.length >= 7 || written.length !== key.length) return false;
  const diff = [...written].filter((ch, i) => ch !== key[i]).length;
  return diff === 1;
}
