import { describe, expect, it, vi } from 'vitest';
import { perList } from '../../src/domain/per-list';

describe('perList', () => {
  it('computes once per list and arguments, and finds an earlier list again after another', () => {
    const sum = vi.fn((list: readonly number[], scale: number) => list.reduce((a, b) => a + b, 0) * scale);
    const remembered = perList(sum);
    const all = [1, 2, 3];
    const some = [1];
    expect(remembered(all, 2)).toBe(12);
    expect(remembered(some, 2)).toBe(2);
    expect(remembered(all, 2)).toBe(12);
    expect(sum).toHaveBeenCalledTimes(2);
    // Other arguments, or a list with the same rows but another object, are computed anew.
    expect(remembered(all, 3)).toBe(18);
    expect(remembered([1, 2, 3], 3)).toBe(18);
    expect(sum).toHaveBeenCalledTimes(4);
  });
});
