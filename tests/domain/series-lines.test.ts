import { describe, expect, it } from 'vitest';
import type { ClaimMark } from '../../src/domain/series';
import { seriesLines } from '../../src/domain/series-lines';

function mark(x: number, mid: number, extra: Partial<ClaimMark> = {}): ClaimMark {
  return {
    id: `m${x}`,
    claimIds: [`m${x}`],
    claimId: `m${x}`,
    key: 'k',
    day: '2022-02-01',
    x,
    low: mid - 1,
    high: mid + 1,
    mid,
    band: null,
    points: 1,
    vague: false,
    forecast: false,
    count: 1,
    ...extra,
  };
}

describe('seriesLines', () => {
  it('joins a series’ estimates in order, leaving out forecasts and vague-only marks', () => {
    const lines = seriesLines([
      {
        key: 'k',
        marks: [
          mark(1, 10),
          mark(2, 99, { forecast: true }),
          mark(3, 50, { vague: true, points: 0 }),
          mark(4, 20),
        ],
      },
      { key: 'only-forecasts', marks: [mark(1, 5, { forecast: true })] },
    ]);
    expect(lines).toEqual([
      {
        key: 'k',
        points: [
          { x: 1, mid: 10, low: 9, high: 11 },
          { x: 4, mid: 20, low: 19, high: 21 },
        ],
      },
    ]);
  });
});
