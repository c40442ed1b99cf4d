/** Span helpers for claim extraction: moving phrases to document offsets, picking the names in a sentence. */
import type { Sentence } from '../../types';
import type { NumberPhrase } from './numbers';

/** A phrase found in a sentence, moved to document offsets. */
export function shift(phrase: NumberPhrase, by: number): NumberPhrase {
  return {
    ...phrase,
    start: phrase.start + by,
    end: phrase.end + by,
    coreStart: phrase.coreStart + by,
    coreEnd: phrase.coreEnd + by,
  };
}

/** The hits (sorted by start) that lie within a sentence, found by binary search. */
export function inside<T extends { start: number; end: number }>(hits: T[], sentence: Sentence): T[] {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (hits[mid]!.start < sentence.start) low = mid + 1;
    else high = mid;
  }
  const out: T[] = [];
  for (let i = low; i < hits.length && hits[i]!.start < sentence.end; i += 1) {
    if (hits[i]!.end <= sentence.end) out.push(hits[i]!);
  }
  return out;
}
