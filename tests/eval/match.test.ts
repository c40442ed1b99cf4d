/** When a predicted value matches a gold claim, and when it states the value exactly. */
import { describe, expect, it } from 'vitest';
import type { GoldClaim } from '../../src/eval/gold-schema';
import { fileKey, valueExact, valuesMatch } from '../../src/eval/match';

const gold = (min: number | null, max: number | null, vague = false): GoldClaim => ({
  value_min: min,
  value_max: max,
  vague,
  unit: 'troops',
});
const pred = (min: number, max = min, flags: { approx?: boolean; vague?: boolean } = {}) => ({
  valueMin: min,
  valueMax: max,
  ...flags,
});

describe('valuesMatch', () => {
  it.each([
    ['a point', gold(100_000, 100_000), pred(100_000), true],
    ['another point', gold(100_000, 100_000), pred(90_000), false],
    ['a range by its lower end', gold(80_000, 90_000), pred(80_000, 85_000), true],
    ['a range, not by its upper end', gold(80_000, 90_000), pred(90_000), false],
    ['a lower bound ("more than")', gold(50, null), pred(50), true],
    ['an upper bound ("up to") by its value', gold(null, 175_000), pred(175_000), true],
    ['an upper bound, by the upper end of a range', gold(null, 175_000), pred(150_000, 175_000), true],
    ['a point found as the upper end of a range', gold(175_000, 175_000), pred(150_000, 175_000), true],
    [
      'vague, overlapping and hedged',
      gold(10_000, 99_999, true),
      pred(20_000, 90_000, { approx: true }),
      true,
    ],
    ['vague, overlapping and vague', gold(1000, 9999, true), pred(5000, 5000, { vague: true }), true],
    ['vague, overlapping but stated exactly', gold(10_000, 99_999, true), pred(20_000, 90_000), false],
    ['vague, not overlapping', gold(1000, 9999, true), pred(20_000, 90_000, { vague: true }), false],
    ['vague with an open end', gold(100, null, true), pred(5000, 5000, { approx: true }), true],
  ])('%s: %s', (_, g, p, ok) => expect(valuesMatch(g, p)).toBe(ok));
});

describe('valueExact', () => {
  it.each([
    ['a point as a point', gold(100, 100), pred(100), true],
    ['a point as a range', gold(100, 100), pred(100, 120), false],
    ['a range as the range', gold(80, 90), pred(80, 90), true],
    ['a lower bound by its value', gold(50, null), pred(50), true],
    ['an upper bound by its value', gold(null, 175), pred(175), true],
    ['vague, predicted vague', gold(10_000, 99_999, true), pred(20_000, 90_000, { vague: true }), true],
    [
      'vague, predicted only hedged',
      gold(10_000, 99_999, true),
      pred(20_000, 90_000, { approx: true }),
      false,
    ],
  ])('%s: %s', (_, g, p, ok) => expect(valueExact(g, p)).toBe(ok));
});

describe('fileKey', () => {
  it('joins a gold id to its file whatever the folder or text extension', () => {
    expect(fileKey('a01.txt')).toBe('a01');
    expect(fileKey('corpus/a01.md')).toBe('a01');
    expect(fileKey('a01.HTML')).toBe('a01');
    expect(fileKey('a01.pdf')).toBe('a01.pdf');
    expect(fileKey(null)).toBe('');
  });
});
