import { describe, expect, it } from 'vitest';
import type { ClaimMark, ClaimSeries } from '../../../src/domain/series';
import { placeMarks } from '../../../src/features/chart/chart-marks';

function bin(key: string, x: number): ClaimMark {
  const id = `${key}|estimate|month|2022-02-01`;
  return {
    id,
    claimIds: [id],
    claimId: id,
    key,
    day: '2022-02-01',
    x,
    low: 1,
    high: 3,
    mid: 2,
    vague: false,
    forecast: false,
    count: 5,
  };
}

const series = (keys: string[]): ClaimSeries[] => keys.map((key) => ({ key, marks: [bin(key, 100)] }));
const place = (keys: string[], spread: number) =>
  placeMarks(
    series(keys),
    (x) => x,
    (y) => 10 * y,
    () => '#000',
    (m) => m.key,
    spread,
  ).map((p) => p.x);

describe('placeMarks', () => {
  it('draws marks on their scales with their names', () => {
    const [placed] = placeMarks(
      series(['a']),
      (x) => x + 1,
      (y) => 10 * y,
      () => '#123',
      (m) => `bin ${m.key}`,
    );
    expect(placed).toMatchObject({ x: 101, y: 20, yLow: 10, yHigh: 30, color: '#123', label: 'bin a' });
  });

  it('sets the series of one bin side by side, centred on the bin, in series order', () => {
    expect(place(['a', 'b', 'c'], 10)).toEqual([95, 100, 105]);
  });

  it('keeps them at most 8 px apart however wide the bin', () => {
    expect(place(['a', 'b'], 100)).toEqual([96, 104]);
  });

  it('leaves single claims where they are', () => {
    expect(place(['a', 'b'], 0)).toEqual([100, 100]);
  });
});
