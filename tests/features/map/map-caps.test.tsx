import { describe, expect, it } from 'vitest';
import type { CrisisEvent, Place } from '../../../src/domain/schema';
import {
  capSymbols,
  groupEvents,
  RINGS_PER_PLACE,
  SYMBOL_LIMIT,
  withSelected,
} from '../../../src/features/map/map-caps';
import { initialBox, FOCUS } from '../../../src/features/map/map-fit';
import type { PlaceSymbol } from '../../../src/features/map/map-symbols';

const place = (id: string, lat = 50, lon = 30): Place => ({
  id,
  name: id.toUpperCase(),
  kind: 'city',
  lat,
  lon,
  aliases: [],
  border: null,
  country: null,
  source: 'reference',
});

const symbol = (placeId: string, key: string, count: number, value = count): PlaceSymbol => ({
  id: `${placeId}|${key}`,
  place: place(placeId),
  key,
  at: { lat: 50, lon: 30 },
  value,
  count,
  topClaimId: `${placeId}-${key}`,
});

describe('capSymbols', () => {
  it('keeps everything under the limit, in the given order', () => {
    const few = [symbol('a', 'x', 1), symbol('b', 'x', 5)];
    expect(capSymbols(few)).toBe(few);
  });

  it('keeps the most-claimed series per place and overall, in the given order', () => {
    const crowded = Array.from({ length: 10 }, (_, i) => symbol('kyiv', `k${i}`, 100 + i, 1000 - i));
    const tail = Array.from({ length: SYMBOL_LIMIT }, (_, i) => symbol(`p${i}`, 'x', 1 + (i % 50)));
    const kept = capSymbols([...crowded, ...tail]);
    expect(kept).toHaveLength(SYMBOL_LIMIT);
    const atKyiv = kept.filter((s) => s.place.id === 'kyiv').map((s) => s.key);
    expect(RINGS_PER_PLACE).toBe(3);
    expect(atKyiv).toEqual(['k7', 'k8', 'k9']);
    const dropped = tail.filter((s) => !kept.includes(s));
    const keptTail = kept.filter((s) => s.place.id !== 'kyiv');
    expect(Math.max(...dropped.map((s) => s.count))).toBeLessThanOrEqual(
      Math.min(...keptTail.map((s) => s.count)),
    );
  });
});

describe('withSelected', () => {
  const all = [symbol('a', 'x', 3), symbol('b', 'x', 2), symbol('c', 'x', 1)];
  it('adds a selected symbol the cap left out, keeping the order', () => {
    expect(withSelected([all[0]!], all, new Set(['c|x'])).map((s) => s.id)).toEqual(['a|x', 'c|x']);
  });
  it('returns the drawn list itself when nothing is missing', () => {
    const drawn = [all[0]!];
    expect(withSelected(drawn, all, new Set(['a|x']))).toBe(drawn);
    expect(withSelected(drawn, all, new Set())).toBe(drawn);
  });
});

const event = (id: string, placeIds: string[], sources: number, date = '2022-02-10'): CrisisEvent => ({
  id,
  date,
  datePrecision: 'day',
  title: `Event ${id}`,
  status: 'occurred',
  actorIds: [],
  placeIds,
  sources: Array.from({ length: sources }, (_, i) => ({
    articleId: `a${i}`,
    entryId: null,
    start: 0,
    end: 1,
  })),
});

describe('groupEvents', () => {
  const places = new Map(['kyiv', 'minsk'].map((id) => [id, place(id)]));
  it('groups events at their first known place and ranks places and events by sources', () => {
    const { places: groups, events } = groupEvents(
      [
        event('e1', ['nowhere', 'minsk'], 1),
        event('e2', ['kyiv'], 2, '2022-01-01'),
        event('e3', ['kyiv', 'minsk'], 2, '2022-02-01'),
        event('e4', ['atlantis'], 9),
      ],
      places,
    );
    expect(groups.map((g) => [g.id, g.sources, g.events.map((e) => e.id)])).toEqual([
      ['kyiv', 4, ['e3', 'e2']],
      ['minsk', 1, ['e1']],
    ]);
    expect(events.map(({ event: e, place: p }) => `${e.id}@${p.id}`)).toEqual([
      'e3@kyiv',
      'e2@kyiv',
      'e1@minsk',
    ]);
  });
});

describe('initialBox', () => {
  it('is Ukraine when nothing is placed', () => {
    expect(initialBox([])).toEqual(FOCUS);
  });
  it('widens to places near Ukraine but not to far ones', () => {
    const box = initialBox([
      { lat: 55.75, lon: 37.62 }, // Moscow
      { lat: -35.3, lon: 149.1 }, // Canberra
      { lat: 38.9, lon: -77.0 }, // Washington
    ]);
    expect(box).toEqual({ ...FOCUS, north: 55.75 });
  });
});
