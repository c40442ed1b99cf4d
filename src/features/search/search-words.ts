/** How texts are split into words, the same for the index, the query and the reader's highlights. */

/** What separates words: white space, punctuation and symbols (a character class, never built from user input). */
export const SEPARATOR_CLASS = '\\n\\r\\p{Z}\\p{P}\\p{S}';
const SEPARATOR = new RegExp(`[${SEPARATOR_CLASS}]+`, 'u');

// An ending after an apostrophe ("Russia's", "don't", "they're") is no word of its own: left as one, "s" would be
// the commonest word of any English news text.
const CLITIC = /(?<=\p{L})['’](?:s|t|re|ll|ve|d|m)(?!\p{L})/giu;

/** Words of `text` as the index stores them (before lower-casing). */
export function tokenize(text: string): string[] {
  return text
    .replace(CLITIC, '')
    .split(SEPARATOR)
    .filter((t) => t !== '');
}

/** From this many letters, the word being typed also matches the words it begins. */
export const PREFIX_FROM = 3;
