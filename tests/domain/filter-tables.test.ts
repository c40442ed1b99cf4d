import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/domain/dataset-index';
import { dayNumber, filterTables, markPlaces, NO_DAY, type PlaceRefs } from '../../src/domain/filter-tables';
import { IDS, miniDataset } from '../fixtures/mini-dataset';

const index = buildIndex(miniDataset);
const tables = filterTables(index);
const placeIdsOf = (refs: PlaceRefs, row: number) =>
  [...refs.at.subarray(refs.start[row], refs.start[row + 1])].map((at) => tables.places[at]!.id);

describe('filterTables', () => {
  it('is built once per index', () => {
    expect(filterTables(index)).toBe(tables);
    expect(filterTables(buildIndex(miniDataset))).not.toBe(tables);
  });

  it('lists each row’s places by position, in the row’s order', () => {
    miniDataset.claims.forEach((claim, row) =>
      expect(placeIdsOf(tables.claimPlaces, row)).toEqual(claim.placeIds),
    );
    miniDataset.articles.forEach((a, row) =>
      expect(placeIdsOf(tables.articlePlaces, row)).toEqual(a.placeIds),
    );
    miniDataset.events.forEach((e, row) => expect(placeIdsOf(tables.eventPlaces, row)).toEqual(e.placeIds));
  });

  it('lists the articles of each actor by position', () => {
    const ids = (actor: string) =>
      (tables.articlesByActor.get(actor) ?? []).map((at) => miniDataset.articles[at]!.id);
    expect(ids('zelensky')).toEqual([IDS.kyiv]);
    expect(ids('russia')).toHaveLength(4);
    expect(ids('nobody')).toEqual([]);
  });
});

describe('dayNumber', () => {
  it('orders like the days it stands for, above NO_DAY', () => {
    const days = ['2021-12-31', '2014-03-18', '2022-02-11', '2022-01-09', '2022-01-10'];
    const byNumber = [...days].sort((a, b) => dayNumber(a) - dayNumber(b));
    expect(byNumber).toEqual([...days].sort());
    expect(dayNumber('2022-02-11')).toBe(20220211);
    expect(Math.min(...days.map(dayNumber))).toBeGreaterThan(NO_DAY);
  });

  it('gives each claim, feed row and event its day, undated ones NO_DAY', () => {
    const undated = (d: string | null) => (d ? dayNumber(d) : NO_DAY);
    expect([...tables.claimDays]).toEqual(miniDataset.claims.map((c) => undated(c.reportedOn)));
    expect([...tables.feedDays]).toEqual(index.feed.map((item) => undated(item.day)));
    expect([...tables.eventDays]).toEqual(miniDataset.events.map((e) => undated(e.date)));
    expect(tables.feedDays).toContain(NO_DAY);
  });
});

describe('markPlaces', () => {
  // Three rows: row 0 names places 0 and 1, row 1 none, row 2 names 1 and 2.
  const refs: PlaceRefs = { start: Int32Array.of(0, 2, 2, 4), at: Int32Array.of(0, 1, 1, 2) };

  it('flags the places of the given rows only and counts them once', () => {
    const seen = new Uint8Array(4);
    expect(markPlaces(refs, Int32Array.of(2, 1), 2, seen, 0)).toBe(2);
    expect([...seen]).toEqual([0, 1, 1, 0]);
    expect(markPlaces(refs, Int32Array.of(0), 1, seen, 2)).toBe(3);
    expect([...seen]).toEqual([1, 1, 1, 0]);
  });

  it('reads only the first `count` rows', () => {
    const seen = new Uint8Array(4);
    expect(markPlaces(refs, Int32Array.of(1, 0), 1, seen, 0)).toBe(0);
    expect([...seen]).toEqual([0, 0, 0, 0]);
  });

  it('reads no row once `known` says every place is flagged', () => {
    const seen = new Uint8Array(3);
    expect(markPlaces(refs, Int32Array.of(0, 2), 2, seen, 3)).toBe(3);
    expect([...seen]).toEqual([0, 0, 0]);
  });
});
