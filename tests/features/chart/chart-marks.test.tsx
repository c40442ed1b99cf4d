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
    band: null,
    points: 5,
    vague: false,
    forecast: false,
    count: 5,
  };
}

const series = (keys: string[]): ClaimSeries[] => keys.map((key) => ({ key, marks: [bin(key, 100)] }));
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

  it('colours every mark by its series key', () => {
    const placed = placeMarks(
      series(['a', 'b']),
      (x) => x,
      (y) => y,
      (key) => (key === 'a' ? '#a00' : '#0b0'),
      (m) => m.id,
    );
    expect(placed.map((p) => [p.mark.key, p.color])).toEqual([
      ['a', '#a00'],
      ['b', '#0b0'],
    ]);
  });

  it('dodges coincident marks of two series apart, in reading order', () => {
    const placed = placeMarks(
      series(['a', 'b']),
      (x) => x,
      (y) => y,
      () => '#000',
      (m) => m.id,
    );
    const [left, right] = placed;
    expect(left!.x).toBeLessThan(right!.x);
    expect(right!.x - left!.x).toBeGreaterThanOrEqual(12);
  });
});
