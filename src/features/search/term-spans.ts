/** Where matched search words occur in a text, for the reader's highlights; no pattern is built from user input. */
import { SEPARATOR_CLASS } from './search-words';

const WORD = new RegExp(`[^${SEPARATOR_CLASS}]+`, 'gu');

/** The spans of words in `text` whose lower-case form is one of `terms`, in text order. */
export function termSpans(text: string, terms: readonly string[]): { start: number; end: number }[] {
  if (terms.length === 0) return [];
  const wanted = new Set(terms);
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(WORD)) {
    if (wanted.has(match[0].toLowerCase()))
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
