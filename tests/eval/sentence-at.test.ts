/** The sentence around a gold anchor, found despite changed spaces and quote marks. */
import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../src/eval/sentence-at';

const text =
  'Talks ended early.\n\nThe minister said \u201cabout 40,000\u201d  reservists were called up. ' +
  'A second wave of 12,000 followed.\nOfficials in Gen. Smith\u2019s staff counted 7,000 more. Nothing else.';

describe('sentenceAt', () => {
  it.each([
    [
      'The minister said "about 40,000" reservists',
      '40,000',
      'The minister said \u201cabout 40,000\u201d  reservists were called up.',
    ],
    ['A second wave of', undefined, 'A second wave of 12,000 followed.'],
    ["Officials in Gen. Smith's staff", '7,000', 'Officials in Gen. Smith\u2019s staff counted 7,000 more.'],
  ])('%s', (anchor, surface, sentence) => expect(sentenceAt(text, anchor, surface)).toBe(sentence));

  it('reaches over the next sentence when the splitter cut before the number', () => {
    expect(
      sentenceAt('Officials said so. U.S. estimates grew. To 9,000 troops.', 'U.S. estimates', '9,000'),
    ).toBe('U.S. estimates grew. To 9,000 troops.');
  });

  it('gives null when the anchor is not in the text', () => {
    expect(sentenceAt(text, 'A third wave', '5,000')).toBeNull();
    expect(sentenceAt(text, '   ')).toBeNull();
  });
});
