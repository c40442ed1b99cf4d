import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../../src/pipeline/extract/claims/numbers';

/** [text, phrase as written, min, max, approx, qualifier, vague] for the first phrase in the text. */
type Row = [string, string, number, number, boolean, string | null, boolean];

const first = (text: string) => {
  const p = findNumbers(text)[0];
  return p && [text.slice(p.start, p.end), p.min, p.max, p.approx, p.qualifier, p.vague];
};

describe('findNumbers', () => {
  const rows: Row[] = [
    ['sent 130,000 men', '130,000', 130_000, 130_000, false, null, false],
    ['sent 130 000 men', '130 000', 130_000, 130_000, false, null, false],
    // A comma and a space before "000" is a typo in one figure: no list holds the number 000.
    ['sent 85, 000 men', '85, 000', 85_000, 85_000, false, null, false],
    ['sent a dozen groups', 'a dozen', 12, 12, false, null, false],
    ['sent two dozen groups', 'two dozen', 24, 24, false, null, false],
    ['moved half a dozen groups', 'half a dozen', 6, 6, false, null, false],
    ['sent 130.000 men', '130.000', 130_000, 130_000, false, null, false],
    ['sent 1.500 million men', '1.500 million', 1_500_000, 1_500_000, false, null, false],
    ['sent 1.5 million men', '1.5 million', 1_500_000, 1_500_000, false, null, false],
    ['sent 90 thousand men', '90 thousand', 90_000, 90_000, false, null, false],
    ['sent 100k men', '100k', 100_000, 100_000, false, null, false],
    ['sent ten thousand men', 'ten thousand', 10_000, 10_000, false, null, false],
    ['sent two hundred men', 'two hundred', 200, 200, false, null, false],
    ['sent a hundred thousand men', 'a hundred thousand', 100_000, 100_000, false, null, false],
    [
      'sent one hundred and fifty thousand men',
      'one hundred and fifty thousand',
      150_000,
      150_000,
      false,
      null,
      false,
    ],
    ['sent twenty-five thousand men', 'twenty-five thousand', 25_000, 25_000, false, null, false],
    ['sent 100,000 to 120,000 men', '100,000 to 120,000', 100_000, 120_000, false, null, false],
    ['sent 100,000-120,000 men', '100,000-120,000', 100_000, 120_000, false, null, false],
    ['sent 100,000 – 120,000 men', '100,000 – 120,000', 100_000, 120_000, false, null, false],
    ['of between 700 and 800 men', 'between 700 and 800', 700, 800, false, null, false],
    ['of 700 to 800 men', '700 to 800', 700, 800, false, null, false],
    ['anywhere from 700 to 800 men', 'anywhere from 700 to 800', 700, 800, true, 'anywhere', false],
    ['anywhere between 70 and 80 groups', 'anywhere between 70 and 80', 70, 80, true, 'anywhere', false],
    ['of 1.5 to 2 million men', '1.5 to 2 million', 1_500_000, 2_000_000, false, null, false],
    ['of about 130,000 men', 'about 130,000', 130_000, 130_000, true, 'about', false],
    ['of around 130,000 men', 'around 130,000', 130_000, 130_000, true, 'around', false],
    ['of some 100,000 men', 'some 100,000', 100_000, 100_000, true, 'some', false],
    ['of roughly 100,000 men', 'roughly 100,000', 100_000, 100_000, true, 'roughly', false],
    ['of approximately 100,000 men', 'approximately 100,000', 100_000, 100_000, true, 'approximately', false],
    ['of nearly 200,000 men', 'nearly 200,000', 200_000, 200_000, true, 'nearly', false],
    ['of almost 200,000 men', 'almost 200,000', 200_000, 200_000, true, 'almost', false],
    ['of more than 100,000 men', 'more than 100,000', 100_000, 100_000, true, 'more than', false],
    ['of over 100,000 men', 'over 100,000', 100_000, 100_000, true, 'over', false],
    ['of at least 100,000 men', 'at least 100,000', 100_000, 100_000, true, 'at least', false],
    ['of up to 175,000 men', 'up to 175,000', 175_000, 175_000, true, 'up to', false],
    ['of as many as 175,000 men', 'as many as 175,000', 175_000, 175_000, true, 'as many as', false],
    ['of fewer than 5,000 men', 'fewer than 5,000', 5_000, 5_000, true, 'fewer than', false],
    ['An estimated 100,000 men', 'An estimated 100,000', 100_000, 100_000, true, 'estimated', false],
    ['has estimated 100,000 men', 'estimated 100,000', 100_000, 100_000, true, 'estimated', false],
    ['and a reported 30,000 more', 'a reported 30,000', 30_000, 30_000, false, null, false],
    ['of 100,000 or more men', '100,000 or more', 100_000, 100_000, true, 'or more', false],
    ['the 80,000 and more guards', '80,000 and more', 80_000, 80_000, true, 'or more', false],
    ['of tens of thousands of men', 'tens of thousands', 20_000, 90_000, true, null, true],
    ['of thousands of men', 'thousands', 2_000, 9_000, true, null, true],
    ['of hundreds of thousands of men', 'hundreds of thousands', 200_000, 900_000, true, null, true],
    ['of several thousand men', 'several thousand', 3_000, 9_000, true, null, true],
    ['dozens of groups', 'dozens', 24, 108, true, null, true],
    // Seventeenth round: "estimated the number of X at N" hedges the figure its "at" gives.
    [
      'has estimated the strength of the Belarusian units by the lake at 30,000 soldiers',
      '30,000',
      30_000,
      30_000,
      true,
      'estimated',
      false,
    ],
    ['we estimate the size of their force at 45,000', '45,000', 45_000, 45_000, true, 'estimated', false],
    // Guard: a count "at" a figure with no verb of estimating is plain.
    ['the count of their force at the lake stood at 45,000', '45,000', 45_000, 45_000, false, null, false],
  ];
  it.each(rows)('%s', (text, phrase, min, max, approx, qualifier, vague) => {
    expect(first(text)).toEqual([phrase, min, max, approx, qualifier, vague]);
  });

  const never: [string, string][] = [
    ['a model designation', 'a Sukhoi SU-30 jet'],
    ['an aircraft designation', 'a Boeing RC-135 plane'],
    ['a name with digits', 'No10 said'],
    ['a distance glued to its unit', 'its 1,084km border'],
    ['a negative figure', 'a -5 change'],
    ['scientific notation', 'with 1e9 men'],
    ['a time', 'at 10:35 GMT'],
    ['a percentage', 'a 30% rise'],
    ['money', 'a $100 fee'],
    ['an ordinal', 'the 1st Guards'],
    ['a fraction', 'two thirds of them'],
  ];
  it.each(never)('finds no count in %s', (_name, text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it('marks bare four-digit figures as year-like and keeps ranges of years apart', () => {
    const phrases = findNumbers('from 2014 to 2022');
    expect(phrases.map((p) => [p.min, p.yearLike])).toEqual([
      [2014, true],
      [2022, true],
    ]);
  });

  it('gives spans of hedge, figures and range', () => {
    const text = 'Officials count around 700 to 800 each.';
    const [p] = findNumbers(text);
    expect(text.slice(p!.start, p!.end)).toBe('around 700 to 800');
    expect(text.slice(p!.coreStart, p!.coreEnd)).toBe('700 to 800');
  });
});
