import { describe, expect, it } from 'vitest';
import { foldText, tokenize } from '../../../../src/pipeline/extract/entities/tokens';

const pick = (text: string) =>
  tokenize(text).map((t) => [text.slice(t.start, t.end), t.norm, t.cap, t.upper, t.word, t.nl]);

describe('tokenize', () => {
  it('folds accents, apostrophes and dashes without moving a span', () => {
    const text = 'Kyïv’s ÉLITE—units';
    expect(foldText(text)).toHaveLength(text.length);
    expect(pick(text)).toEqual([
      ['Kyïv', 'kyiv', true, false, true, false],
      ['’', "'", false, false, false, false],
      ['s', 's', false, false, true, false],
      ['ÉLITE', 'elite', true, true, true, false],
      ['—', '-', false, false, false, false],
      ['units', 'units', false, false, true, false],
    ]);
  });

  it('marks acronyms, numbers and a token after a line break', () => {
    expect(pick('The US sent 3,000\nNATO troops')).toEqual([
      ['The', 'the', true, false, true, false],
      ['US', 'us', true, true, true, false],
      ['sent', 'sent', false, false, true, false],
      ['3', '3', false, false, true, false],
      [',', ',', false, false, false, false],
      ['000', '000', false, false, true, false],
      ['NATO', 'nato', true, true, true, true],
      ['troops', 'troops', false, false, true, false],
    ]);
  });

  it('splits a run-on after three lower-case letters but not a name like McFaul', () => {
    expect(pick('McFaul wrote PetrenkoPhoto').map((t) => t[0])).toEqual([
      'McFaul',
      'wrote',
      'Petrenko',
      'Photo',
    ]);
  });

  it('keeps a character outside the basic plane whole, and a word that starts with one is a word', () => {
    expect(pick('go 😀 𝐀b').map((t) => [t[0], t[4]])).toEqual([
      ['go', true],
      ['😀', false],
      ['𝐀b', true],
    ]);
  });
});
