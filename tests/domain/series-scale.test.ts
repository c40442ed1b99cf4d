import { describe, expect, it } from 'vitest';
import type { EventLine } from '../../src/domain/series';
import { countTicks, eventMarkers, linearScale, mostSourced } from '../../src/domain/series-scale';
import { dayToX } from '../../src/domain/series-time';

function event(
  id: string,
  day: string,
  sources: number,
  status: EventLine['status'] = 'occurred',
): EventLine {
  return { id, x: dayToX(day), day, title: `Event ${id}`, status, sources };
}

describe('linearScale', () => {
  it('maps the domain onto the range, inverted ranges included', () => {
    const y = linearScale([0, 200_000], [220, 20]);
    expect(y(0)).toBe(220);
    expect(y(200_000)).toBe(20);
    expect(y(50_000)).toBe(170);
  });

  it('puts everything in the middle of the range when the domain is flat', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });
});

describe('countTicks', () => {
  it.each([
    [200_000, 4, [0, 50_000, 100_000, 150_000, 200_000]],
    [120_000, 4, [0, 50_000, 100_000]],
    [1, 2, [0, 0.5, 1]],
    [0, 4, [0]],
  ])('max %d, about %d ticks', (max, count, ticks) => {
    expect(countTicks(max, count)).toEqual(ticks);
  });
});

describe('event markers', () => {
  const days = Array.from({ length: 300 }, (_, i) =>
    event(`e${i}`, `2022-02-${String(1 + (i % 28)).padStart(2, '0')}`, i % 7),
  ).sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1));
  const px = linearScale([dayToX('2022-02-01'), dayToX('2022-02-28')], [0, 400]);

  it('keeps the most-sourced events, in date order', () => {
    const kept = mostSourced(days, 20);
    expect(kept).toHaveLength(20);
    expect(kept.every((e) => e.sources === 6)).toBe(true);
    expect(kept.map((e) => e.x)).toEqual([...kept.map((e) => e.x)].sort((a, b) => a - b));
  });

  it('draws a bounded number of markers that never come closer than the gap', () => {
    const markers = eventMarkers(days, px, 40, 12);
    expect(markers.reduce((n, m) => n + m.events.length, 0)).toBe(40);
    for (let i = 1; i < markers.length; i++) {
      expect((markers[i]?.px ?? 0) - (markers[i - 1]?.px ?? 0)).toBeGreaterThanOrEqual(12);
    }
  });

  it('merges events of one day into one marker, hollow only when none has happened', () => {
    const markers = eventMarkers(
      [
        event('a', '2022-02-10', 1, 'forecast'),
        event('b', '2022-02-10', 2),
        event('c', '2022-02-20', 1, 'scheduled'),
      ],
      px,
      10,
      12,
    );
    expect(markers.map((m) => [m.id, m.events.map((e) => e.id), m.occurred])).toEqual([
      ['a', ['a', 'b'], true],
      ['c', ['c'], false],
    ]);
  });
});
