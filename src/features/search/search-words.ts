/** How texts are split into words, the same for the index, the query and the reader's highlights. */

/** What separates words: white space, punctuation and symbols (a character class, never built from user input). */
export const SEPARATOR_CLASS = '\\n\\r\\p{Z}\\p{P}\\p{S}';
const SEPARATOR = new RegExp(`[${SEPARATOR_CLASS}]+`, 'u');

/** Words of `text` as the index stores them (before lower-casing). */
export function tokenize(text: string): string[] {
  return text.split(SEPARATOR).filter((t) => t !== '');
}
