/** Language tables for number phrases: hedges before and after a figure, and vague quantities. */

/** A word before a number that qualifies it; `approx` false for words that only report it ("a reported"). */
export interface Hedge {
  words: string;
  approx: boolean;
  qualifier: string | null;
}

const hedge = (words: string, qualifier: string | null = words, approx = true): Hedge => ({
  words,
  approx,
  qualifier,
});

/** Hedges before a number, longest first so "more than" wins over "over". */
export const HEDGES_BEFORE: Hedge[] = [
  hedge('as many as'),
  // "anywhere between 110 and 130", "anywhere from 400 to 650": the range itself is loose.
  hedge('anywhere from', 'anywhere'),
  hedge('as few as'),
  hedge('in excess of'),
  hedge('upwards of'),
  hedge('an estimated', 'estimated'),
  hedge('estimated at', 'estimated'),
  hedge('a reported', null, false),
  hedge('a little more than', 'more than'),
  hedge('slightly more than', 'more than'),
  hedge('no fewer than', 'at least'),
  hedge('not less than', 'at least'),
  hedge('no more than', 'at most'),
  hedge('not more than', 'at most'),
  hedge('in the region of', 'about'),
  hedge('on the order of', 'about'),
  hedge('a minimum of', 'at least'),
  hedge('a maximum of', 'up to'),
  hedge('just shy of', 'nearly'),
  hedge('north of', 'more than'),
  hedge('upward of', 'upwards of'),
  hedge('well above', 'well over'),
  hedge('more than'),
  hedge('fewer than'),
  hedge('less than'),
  hedge('at least'),
  hedge('at most'),
  hedge('just over'),
  hedge('just under'),
  hedge('well over'),
  hedge('close to'),
  // "up to 175,000" keeps the figure in both fields (it is the number the text gives); the hedge says
  // it is a ceiling, so the chart can show it as one.
  hedge('up to'),
  hedge('approximately'),
  hedge('anywhere'),
  hedge('potentially'),
  hedge('estimated'),
  hedge('possibly'),
  hedge('roughly'),
  hedge('perhaps'),
  hedge('nearly'),
  hedge('almost'),
  hedge('around'),
  hedge('approx.', 'approximately'),
  hedge('about'),
  hedge('circa'),
  hedge('maybe'),
  hedge('over'),
  hedge('under'),
  hedge('some'),
  hedge('c.', 'circa'),
];

/** Hedges after a number ("100,000 or more", "100,000 and more", "100,000-plus"). */
export const HEDGES_AFTER: Hedge[] = [
  hedge('or more'),
  hedge('and more', 'or more'),
  hedge('or so'),
  hedge('or fewer'),
  hedge('or less'),
  hedge('-plus', 'plus'),
  hedge('+', 'plus'),
  // "an estimated 100,000 plus soldiers": the same bound, a space for the hyphen.
  hedge('plus'),
];

/** A non-numeric quantity and the range it is read as: 2-9 of the unit, as "tens of thousands" -> 20k-90k. */
export interface VaguePhrase {
  pattern: string;
  min: number;
  max: number;
}

/** Vague quantities, longest first. */
export const VAGUE_PHRASES: VaguePhrase[] = [
  { pattern: 'hundreds of thousands', min: 200_000, max: 900_000 },
  { pattern: 'tens of thousands', min: 20_000, max: 90_000 },
  { pattern: 'several hundred thousand', min: 300_000, max: 900_000 },
  { pattern: 'a few hundred thousand', min: 200_000, max: 500_000 },
  { pattern: 'several tens of thousands', min: 30_000, max: 90_000 },
  { pattern: 'many thousands', min: 2_000, max: 9_000 },
  { pattern: 'several thousand', min: 3_000, max: 9_000 },
  { pattern: 'a few thousand', min: 2_000, max: 5_000 },
  { pattern: 'thousands', min: 2_000, max: 9_000 },
  { pattern: 'several hundred', min: 300, max: 900 },
  { pattern: 'a few hundred', min: 200, max: 500 },
  { pattern: 'hundreds', min: 200, max: 900 },
  { pattern: 'several dozen', min: 36, max: 108 },
  { pattern: 'a few dozen', min: 24, max: 60 },
  // Dozens as 2-9 twelves, like "thousands" as 2-9 thousands.
  { pattern: 'dozens', min: 24, max: 108 },
];
