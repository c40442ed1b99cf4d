/** Numbers written in words ("ten thousand", "a hundred and fifty thousand") and their values. */

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Multipliers written as words, also after digits ("1.5 million", "90 thousand"). */
export const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  mln: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
  // South Asian English: "two lakh troops" is 200,000.
  lakh: 100_000,
  lakhs: 100_000,
  // Also spelt "lac" ("1.25 lac soldiers").
  lac: 100_000,
  lacs: 100_000,
  crore: 10_000_000,
};

/** Fractions written before a multiplier ("half a million", "a quarter of a million", "half a dozen"); "a couple
 *  of" doubles it. */
const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25, 'three quarters': 0.75 };

const WORD = `(?:${Object.keys(SMALL).join('|')}|dozen|hundred|thousand|million|billion|lakhs?|crore)`;
const FRACTION =
  '(?:a\\s+couple(?:\\s+of)?|(?:a\\s+)?half\\s+a|(?:a\\s+)?quarter\\s+of\\s+a|three[\\s-]+quarters\\s+of\\s+a)\\s+(?=(?:dozen|thousand|million|billion)\\b)';

/** A run of number words, optionally led by "a" before a multiplier ("a hundred thousand") or by a fraction
 *  ("half a million"). */
export const NUMBER_WORDS_RE = new RegExp(
  `\\b(?:${FRACTION}|a\\s+(?=(?:dozen|hundred|thousand|million|lakh)\\b))?${WORD}(?:(?:\\s+and\\s+|[\\s-]+)${WORD})*\\b`,
  'gi',
);

/** The value of a run matched by NUMBER_WORDS_RE, or null when the words do not form a number. */
export function wordsValue(run: string): number | null {
  const lower = run.toLowerCase();
  const fraction = /^(?:a\s+)?(half|quarter|three[\s-]+quarters)\s+(?:of\s+)?a\s+/.exec(lower);
  if (fraction) {
    const rest = wordsValue(lower.slice(fraction[0].length));
    const share = FRACTIONS[fraction[1]!.replace(/[\s-]+/, ' ')] ?? null;
    return rest === null || share === null ? null : rest * share;
  }
  // "a couple of million" is two million.
  const couple = /^a\s+couple\s+(?:of\s+)?/.exec(lower);
  if (couple) {
    const rest = wordsValue(lower.slice(couple[0].length));
    return rest === null ? null : rest * 2;
  }
  const words = lower.split(/[\s-]+/).filter((w) => w !== 'and');
  let total = 0;
  let group = 0;
  let seen = false;
  for (const [i, word] of words.entries()) {
    if (word === 'a' && i === 0) {
      group = 1;
      continue;
    }
    const small = SMALL[word];
    if (small !== undefined) {
      group += small;
      seen = true;
      continue;
    }
    const multiplier = word === 'dozen' ? 12 : MULTIPLIERS[word];
    if (multiplier === undefined) return null;
    if (group === 0) group = 1;
    if (multiplier < 1_000) group *= multiplier;
    else {
      total += group * multiplier;
      group = 0;
    }
    seen = true;
  }
  return seen ? total + group : null;
}
