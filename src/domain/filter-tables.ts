/**
 * Integer tables for the filter pass, built once per dataset index: rows' days as numbers, which places each row
 * names and which articles each actor appears in, as positions, so a filter change walks typed arrays instead of
 * comparing strings and filling string sets.
 */
import type { DatasetIndex } from './dataset-index';
import type { Place } from './schema';

/** Rows' places as positions in `places`: row i names `at[start[i]]` up to `at[start[i + 1] - 1]`. */
export interface PlaceRefs {
  start: Int32Array;
  at: Int32Array;
}

/** Stands for "no day" in the day tables; every real day number is larger. */
export const NO_DAY = -1;

/** A YYYY-MM-DD day as a number that orders like the day (20220211). */
export function dayNumber(day: string): number {
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** The tables for one index. */
export interface FilterTables {
  /** Aligned with `dataset.claims` (by `reportedOn`), the index's feed and `dataset.events`: day numbers, or NO_DAY. */
  claimDays: Int32Array;
  feedDays: Int32Array;
  eventDays: Int32Array;
  /** Every place once, in dataset order; what the place positions point into. */
  places: readonly Place[];
  claimPlaces: PlaceRefs;
  articlePlaces: PlaceRefs;
  eventPlaces: PlaceRefs;
  /** Per actor id: positions in `dataset.articles` of the articles mentioning it. */
  articlesByActor: ReadonlyMap<string, readonly number[]>;
  /** Per article id: its position in `dataset.articles`. */
  articleAt: ReadonlyMap<string, number>;
}

// Unknown place ids were dropped by validation; one that still slips through is simply not counted.
function placeRefs(
  rows: readonly { placeIds: readonly string[] }[],
  placeAt: ReadonlyMap<string, number>,
): PlaceRefs {
  const start = new Int32Array(rows.length + 1);
  const at: number[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    for (const id of rows[i]!.placeIds) {
      const position = placeAt.get(id);
      if (position !== undefined) at.push(position);
    }
    start[i + 1] = at.length;
  }
  return { start, at: Int32Array.from(at) };
}

function build(index: DatasetIndex): FilterTables {
  const places = [...index.places.values()];
  const placeAt = new Map(places.map((place, i) => [place.id, i]));
  const articlesByActor = new Map<string, number[]>();
  index.dataset.articles.forEach((article, i) => {
    for (const id of new Set(article.actorIds)) {
      const list = articlesByActor.get(id);
      if (list) list.push(i);
      else articlesByActor.set(id, [i]);
    }
  });
  const days = (list: readonly (string | null)[]) =>
    Int32Array.from(list, (d) => (d ? dayNumber(d) : NO_DAY));
  return {
    claimDays: days(index.dataset.claims.map((claim) => claim.reportedOn)),
    feedDays: days(index.feed.map((item) => item.day)),
    eventDays: days(index.dataset.events.map((event) => event.date)),
    places,
    claimPlaces: placeRefs(index.dataset.claims, placeAt),
    articlePlaces: placeRefs(index.dataset.articles, placeAt),
    eventPlaces: placeRefs(index.dataset.events, placeAt),
    articlesByActor,
    articleAt: new Map(index.dataset.articles.map((article, i) => [article.id, i])),
  };
}

const cache = new WeakMap<DatasetIndex, FilterTables>();

/** The tables for `index`, built on first use. */
export function filterTables(index: DatasetIndex): FilterTables {
  let tables = cache.get(index);
  if (!tables) {
    tables = build(index);
    cache.set(index, tables);
  }
  return tables;
}

/**
 * Flags in `seen` (by place position) the places named by the first `count` of `rows`; `known` is how many are
 * flagged already. Returns how many are flagged now, stopping early once every place is.
 */
export function markPlaces(
  refs: PlaceRefs,
  rows: Int32Array,
  count: number,
  seen: Uint8Array,
  known: number,
): number {
  const { start, at } = refs;
  let flagged = known;
  for (let r = 0; r < count && flagged < seen.length; r += 1) {
    const row = rows[r]!;
    for (let k = start[row]!; k < start[row + 1]!; k += 1) {
      const place = at[k]!;
      if (seen[place] === 1) continue;
      seen[place] = 1;
      flagged += 1;
    }
  }
  return flagged;
}
