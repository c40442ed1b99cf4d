import { describe, expect, it } from 'vitest';
import { DODGE_SPACING, dodgeX } from '../../../src/features/chart/dodge';

describe('dodgeX', () => {
  it('spreads two claims at one point apart, centred on their day', () => {
    expect(
      dodgeX([
        { x: 100, y: 50 },
        { x: 100, y: 50 },
      ]),
    ).toEqual([100 - DODGE_SPACING / 2, 100 + DODGE_SPACING / 2]);
  });

  it('chains close values of one day into one run and leaves other days alone', () => {
    const xs = dodgeX([
      { x: 10, y: 50 },
      { x: 10, y: 60 },
      { x: 10, y: 70 },
      { x: 40, y: 50 },
      { x: 10, y: 200 },
    ]);
    expect(xs).toEqual([10 - DODGE_SPACING, 10, 10 + DODGE_SPACING, 40, 10]);
  });

  it('leaves marks that do not touch where they are', () => {
    const items = [
      { x: 0, y: 0 },
      { x: 0, y: DODGE_SPACING },
      { x: 30, y: 0 },
    ];
    expect(dodgeX(items)).toEqual([0, 0, 30]);
  });
});
