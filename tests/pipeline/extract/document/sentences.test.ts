import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/pipeline/extract/document/sentences';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  const cases: [string, string, string[]][] = [
    ['plain sentences', 'Tanks moved. Jets flew! Why now?', ['Tanks moved.', 'Jets flew!', 'Why now?']],
    [
      'titles',
      'Mr Smith met Dr. Jones. Gen. Ivanov spoke.',
      ['Mr Smith met Dr. Jones.', 'Gen. Ivanov spoke.'],
    ],
    ['initials inside', 'The U.S. Army sent aid. It arrived.', ['The U.S. Army sent aid.', 'It arrived.']],
    [
      'initials at the end',
      'Aid came from the U.S. The rest waited.',
      ['Aid came from the U.S.', 'The rest waited.'],
    ],
    ['house numbers', 'No. 10 said so. No10 agreed.', ['No. 10 said so.', 'No10 agreed.']],
    ['curly quotes', '“We are ready.” She left.', ['“We are ready.”', 'She left.']],
    ['straight quotes', '"We are ready." He left.', ['"We are ready."', 'He left.']],
    [
      'quote opening after a stop',
      'He said so. "Not yet," she said.',
      ['He said so.', '"Not yet," she said.'],
    ],
    [
      'ellipsis mid-sentence',
      'No relief here… yet. Caution rules.',
      ['No relief here… yet.', 'Caution rules.'],
    ],
    ['decimals', 'About 1.5 million men. Fine.', ['About 1.5 million men.', 'Fine.']],
    [
      'a stop with no space before a capitalised word',
      'The ships sailed at dawn.Nobody saw them go. Gen.Petrov and the U.S.Navy stayed.',
      ['The ships sailed at dawn.', 'Nobody saw them go.', 'Gen.Petrov and the U.S.Navy stayed.'],
    ],
    [
      'blank line ends a heading',
      'A heading without a stop\n\nThe text starts.',
      ['A heading without a stop', 'The text starts.'],
    ],
    ['never across a blank line', 'one unfinished\n\nline and more.', ['one unfinished', 'line and more.']],
    ['bullets', '  • First point\n\n  • Second point', ['First point', 'Second point']],
    ['numbered entries', '  11. Troops withdraw\n\n    Body text.', ['Troops withdraw', 'Body text.']],
    [
      'heading lines without a blank line',
      'Breaking\nRussia says troops leave.',
      ['Breaking', 'Russia says troops leave.'],
    ],
    [
      'hard-wrapped line',
      'Troops are massing near\nthe border today.',
      ['Troops are massing near\nthe border today.'],
    ],
    ['stray stop after a quote', 'He said “stop.” .\n\nNext.', ['He said “stop.”', 'Next.']],
    [
      'run-on live heading',
      'Where are troops?published at 19:39 GMT',
      ['Where are troops?published at 19:39 GMT'],
    ],
    ['trailing no-break spaces', 'It ended.\u00a0\u00a0\n\nNext one.', ['It ended.', 'Next one.']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('cuts text without stops at spaces so no sentence grows unbounded', () => {
    const text = 'word '.repeat(2_000).trim();
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(1_500);
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });

  it('returns spans into the original text', () => {
    const text = ' date 2022-02-21 Title line\n\n  • A bullet.';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['date 2022-02-21 Title line', 'A bullet.']);
    expect(spans[1]!.start).toBe(text.indexOf('A bullet'));
  });
});

describe('splitSentences: lines from a ninth round of pages read by eye', () => {
  it.each([
    [
      'a line cut after a word no heading ends on goes on with a figure or a name',
      'Kyiv says Moscow has moved over\n80,000 soldiers to a border with\nUkraine, officials add.',
      ['Kyiv says Moscow has moved over\n80,000 soldiers to a border with\nUkraine, officials add.'],
    ],
    [
      'a heading that ends on a noun still stands alone before a figure',
      'Troops in numbers\n80,000 soldiers stand near the border.',
      ['Troops in numbers', '80,000 soldiers stand near the border.'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('splitSentences: lines from a twenty-third round of pages read by eye', () => {
  it.each([
    // Rule (twenty-third round): a full stop glued to a capitalised word after a figure ends the sentence; a
    // decimal point has a digit after it.
    [
      'a stop glued after a bare figure',
      'The garrison numbered 2,300.Reinforcements came later.',
      ['The garrison numbered 2,300.', 'Reinforcements came later.'],
    ],
    [
      'guard: a decimal figure stays whole',
      'The battalion grew by 2.5 times. Reinforcements came later.',
      ['The battalion grew by 2.5 times.', 'Reinforcements came later.'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
