/** Normalisation and rounding as the reference scorer's Python does them. */
import { describe, expect, it } from 'vitest';
import { norm, pyFixed, pyFloat, pyRound, removeAll } from '../../src/eval/text';

describe('norm', () => {
  it.each([
    ['  The  Kyiv\u00a0Post ', 'the kyiv post'],
    ['Reuters\u2019 desk', "reuters' desk"],
    ['\uff2e\uff21\uff34\uff2f', 'nato'], // full-width letters fold under NFKC
    ['a\x1cb\u3000c', 'a b c'], // Python's whitespace
    ['a\ufeffb', 'a\ufeffb'], // a BOM is no space to Python
    [null, ''],
  ])('%j -> %j', (input, expected) => expect(norm(input)).toBe(expected));
});

describe('pyFixed and pyRound', () => {
  it.each([
    [0.125, 2, '0.12'], // exact tie: half to even
    [0.375, 2, '0.38'],
    [0.625, 2, '0.62'],
    [0.105, 2, '0.10'], // not a tie in binary: below the half
    [2 / 3, 2, '0.67'],
    [0.0625, 3, '0.062'],
    [0.5, 0, '0'],
    [1, 2, '1.00'],
    [0, 2, '0.00'],
  ])('%d with %d decimals is %s', (x, digits, expected) => expect(pyFixed(x, digits)).toBe(expected));

  it('writes floats as Python does', () => {
    expect(pyFloat(pyRound(2 / 3, 3))).toBe('0.667');
    expect(pyFloat(pyRound(0.7, 3))).toBe('0.7');
    expect(pyFloat(1)).toBe('1.0');
    expect(pyFloat(0)).toBe('0.0');
  });
});

describe('removeAll', () => {
  it('removes every occurrence, as str.replace does', () => {
    expect(removeAll('the times of the north', 'the ')).toBe('times of north');
    expect(removeAll('bathe news', 'the ')).toBe('banews');
  });
});
