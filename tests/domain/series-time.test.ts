import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/schema';
import { binCentre, claimDayExtent, dayToX, niceCeil, timeTicks, xToDay } from '../../src/domain/series-time';
import { miniDataset } from '../fixtures/mini-dataset';

describe('dates and scale', () => {
  it('maps days to UTC instants and back', () => {
    expect(dayToX('2022-02-15')).toBe(Date.UTC(2022, 1, 15));
    expect(xToDay(dayToX('2021-11-30'))).toBe('2021-11-30');
  });
  it.each([
    [0, 1],
    [94000, 100000],
    [130000, 150000],
    [175000, 200000],
    [1, 1],
  ])('niceCeil %d -> %d', (n, nice) => expect(niceCeil(n)).toBe(nice));
});

describe('timeTicks', () => {
  const days = (ticks: number[]) => ticks.map(xToDay);
  it.each([
    ['2022-02-10', '2022-02-14', 8, ['2022-02-10', '2022-02-11', '2022-02-12', '2022-02-13', '2022-02-14']],
    ['2022-02-01', '2022-02-28', 6, ['2022-02-07', '2022-02-14', '2022-02-21', '2022-02-28']],
    ['2021-11-15', '2022-02-20', 6, ['2021-12-01', '2022-01-01', '2022-02-01']],
    ['2021-01-15', '2022-02-20', 6, ['2021-04-01', '2021-07-01', '2021-10-01', '2022-01-01']],
  ] as const)('%s..%s, about %d', (from, to, count, expected) => {
    expect(days(timeTicks([dayToX(from), dayToX(to)], count))).toEqual(expected);
  });
});

describe('claimDayExtent', () => {
  it('spans the dated claims and ignores undated ones', () => {
    const undated = { ...(miniDataset.claims[0] as Claim), reportedOn: null };
    expect(claimDayExtent([...miniDataset.claims, undated])).toEqual({
      min: '2021-11-28',
      max: '2022-02-11',
    });
    expect(claimDayExtent([undated])).toBeNull();
  });
});

describe('binCentre', () => {
  it.each([
    ['2022-02-07', 'day', '2022-02-07'],
    ['2022-02-07', 'week', '2022-02-10'],
    ['2022-02-01', 'month', '2022-02-15'],
    ['2022-01-01', 'month', '2022-01-16'],
  ] as const)('%s as a %s bin is drawn on %s', (start, binning, drawn) => {
    expect(binCentre(start, binning)).toBe(dayToX(drawn));
  });
});
