import { describe, expect, it } from 'vitest';
import { DODGE_SPACING, MAX_SPREAD, dodgeX } from '../../../src/features/chart/dodge';

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

  it('closes up a long run so it stays near its date, and keeps marks inside the plot', () => {
    const run = Array.from({ length: 20 }, (_, i) => ({ x: 100, y: i }));
    const xs = dodgeX(run);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(MAX_SPREAD);
    expect(new Set(xs).size).toBe(20);
    const edge = dodgeX(
      [
        { x: 0, y: 0 },
        { x: 0, y: 0 },
      ],
      DODGE_SPACING,
      [0, 50],
    );
    expect(edge).toEqual([0, DODGE_SPACING / 2]);
  });
});
