import { describe, expect, it } from 'vitest';
import type { EventLine } from '../../src/domain/series';
import {
  axisTicks,
  countTicks,
  eventMarkers,
  linearScale,
  mostSourced,
  timeAxis,
} from '../../src/domain/series-scale';
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

describe('timeAxis', () => {
  const x = (day: string) => dayToX(day);
  const DAY = 86_400_000;

  it('is linear when the marks leave no long empty stretch', () => {
    const axis = timeAxis([x('2022-02-01'), x('2022-02-10')], [x('2022-01-31'), x('2022-02-11')], [0, 110]);
    expect(axis.breaks).toEqual([]);
    expect(axis.px(x('2022-02-05'))).toBeCloseTo(50);
    expect(axis.dayPx).toBeCloseTo(10);
  });

  it('shortens a long empty stretch to a break and gives its pixels to the dates with marks', () => {
    const marks = [x('2021-11-14'), x('2022-02-07'), x('2022-02-21')];
    const axis = timeAxis(marks, [x('2021-11-11'), x('2022-02-24')], [0, 324], 24);
    expect(axis.breaks).toHaveLength(1);
    const [gap] = axis.breaks;
    expect([gap?.from, gap?.to]).toEqual([x('2021-11-15'), x('2022-02-06')]);
    expect((gap?.px1 ?? 0) - (gap?.px0 ?? 0)).toBe(24);
    // 105 days of domain, 83 of them shortened: 22 days share 300 px.
    expect(axis.dayPx).toBeCloseTo(300 / 22);
    expect(axis.px(x('2022-02-21')) - axis.px(x('2022-02-07'))).toBeCloseTo(14 * (300 / 22));
    expect(axis.px(x('2022-02-24'))).toBeCloseTo(324);
    const order = marks.map(axis.px);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('maps pixels back to days, inside breaks too', () => {
    const axis = timeAxis(
      [x('2021-11-14'), x('2022-02-07'), x('2022-02-21')],
      [x('2021-11-11'), x('2022-02-24')],
      [0, 324],
    );
    for (const day of ['2021-11-11', '2021-11-14', '2022-02-07', '2022-02-24'])
      expect(axis.invert(axis.px(x(day))) / DAY).toBeCloseTo(x(day) / DAY, 6);
    const [gap] = axis.breaks;
    if (!gap) throw new Error('no break');
    expect(axis.invert((gap.px0 + gap.px1) / 2)).toBeCloseTo((gap.from + gap.to) / 2, -3);
  });

  it('labels every to-scale stretch with ticks at least the spacing apart', () => {
    const axis = timeAxis(
      [x('2021-11-14'), x('2022-02-07'), x('2022-02-21')],
      [x('2021-11-11'), x('2022-02-24')],
      [0, 324],
    );
    const ticks = axisTicks(axis, 64);
    expect(ticks.some((t) => t < x('2021-11-20'))).toBe(true);
    expect(ticks.some((t) => t > x('2022-02-01'))).toBe(true);
    const at = ticks.map(axis.px);
    for (let i = 1; i < at.length; i++) expect((at[i] ?? 0) - (at[i - 1] ?? 0)).toBeGreaterThanOrEqual(64);
    expect(ticks.every((t) => t % DAY === 0)).toBe(true);
  });
});
