import { describe, expect, it } from 'vitest';
import { sameItems } from '../../src/domain/same-items';

describe('sameItems', () => {
  const row = { id: 'a' };
  it.each([
    [[], [], true],
    [['a', 'b'], ['a', 'b'], true],
    [[row], [row], true],
    [[row], [{ id: 'a' }], false],
    [['a', 'b'], ['b', 'a'], false],
    [['a'], ['a', 'b'], false],
    [Int32Array.of(3, 1), Int32Array.of(3, 1), true],
    [Int32Array.of(3, 1), Int32Array.of(3, 2), false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameItems(a, b)).toBe(same);
  });
});
