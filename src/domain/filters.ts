/**
 * What the current filters let through: one linear pass over the claims, articles, entries and events,
 * memoised per dataset index and filter key so re-renders and toggling back cost nothing.
 */
import type { DatasetIndex, FeedItem } from './dataset-index';
import { dayNumber, filterTables, markPlaces, NO_DAY } from './filter-tables';
import type { Article, Claim, CrisisEvent, Place } from './schema';

/** The filter part of the view (the rest of the view never changes what is visible). */
export interface FilterView {
  from: string | null;
  to: string | null;
  actors: readonly string[];
  claimants: readonly string[];
  places: readonly string[];
}

/** How many of each kind match. */
export interface VisibleCounts {
  claims: number;
  articles: number;
  entries: number;
  events: number;
  places: number;
}

/** The rows matching the filters; arrays keep the index's order (feed newest first). */
export interface Visible {
  claims: readonly Claim[];
  articles: readonly Article[];
  feed: readonly FeedItem[];
  events: readonly CrisisEvent[];
  /** Places referred to by visible claims, articles or events. */
  places: readonly Place[];
  counts: VisibleCounts;
}

/** True when nothing is filtered. */
export function isUnfiltered(view: FilterView): boolean {
  return !view.from && !view.to && !view.actors.length && !view.claimants.length && !view.places.length;
}

/** A key equal for filter views that select the same rows. */
export function filterKey(view: FilterView): string {
  return [view.from, view.to, view.actors.join(','), view.claimants.join(','), view.places.join(',')].join(
    '|',
  );
}

/** Where a Visible's rows sit in the index (its dataset's arrays and feed), for the narrowing that follows. */
export interface VisiblePositions {
  index: DatasetIndex;
  claims: Int32Array;
  articles: Int32Array;
  feed: Int32Array;
  events: Int32Array;
}

const positions = new WeakMap<Visible, VisiblePositions>();
const claimPositionsOf = new WeakMap<readonly Claim[], ClaimPositions>();

/** Where a claims list's claims sit in the dataset's claims (`source`): claim i was `source[at[i]]`. */
export interface ClaimPositions {
  source: readonly Claim[];
  at: Int32Array;
}

/** The positions of the rows of a Visible built by `selectVisible` or `narrowVisible`, or undefined for any other. */
export function positionsOf(visible: Visible): VisiblePositions | undefined {
  return positions.get(visible);
}

/**
 * Where each claim of a list the filters built sits in its dataset (undefined for any other list). Lets the chart,
 * the map and the scheme read per-claim tables by position instead of each claim object; a claim shown under a
 * review is a copy, so a reader uses the tables only where `source[at[i]]` is the list's own claim.
 */
export function claimPositions(claims: readonly Claim[]): ClaimPositions | undefined {
  return claimPositionsOf.get(claims);
}

/** The claims of a list that `keep` accepts (told each claim's index), still readable by position. */
export function keepClaims<C extends Claim>(
  claims: readonly C[],
  keep: (claim: C, i: number) => boolean,
): C[] {
  const from = claimPositionsOf.get(claims);
  const kept: C[] = [];
  const keptAt = new Int32Array(claims.length);
  claims.forEach((claim, i) => {
    if (!keep(claim, i)) return;
    if (from) keptAt[kept.length] = from.at[i]!;
    kept.push(claim);
  });
  if (from) claimPositionsOf.set(kept, { source: from.source, at: keptAt.subarray(0, kept.length) });
  return kept;
}

/** Records where a Visible's rows sit (for `positionsOf` and `claimPositions`). */
export function recordPositions(visible: Visible, at: VisiblePositions): void {
  positions.set(visible, at);
  claimPositionsOf.set(visible.claims, { source: at.index.dataset.claims, at: at.claims });
}

const CACHE_SIZE = 16;
const cache = new WeakMap<DatasetIndex, Map<string, Visible>>();

function anyIn(ids: readonly string[], set: ReadonlySet<string> | null): boolean {
  if (!set) return true;
  for (const id of ids) if (set.has(id)) return true;
  return false;
}

function setOrNull(ids: readonly string[]): ReadonlySet<string> | null {
  return ids.length ? new Set(ids) : null;
}

// One pass per collection over arrays aligned with the dataset (typed arrays by position, no Map lookup or string
// Set per row); sets of claimed articles and entries are built only when a claimant or place filter needs them.
// Visible places are flagged by position from the visible rows' positions (issue 5: 100,000+ place references).
function compute(index: DatasetIndex, view: FilterView): Visible {
  const { from, to } = view;
  const actors = setOrNull(view.actors);
  const claimants = setOrNull(view.claimants);
  const places = setOrNull(view.places);
  const needClaimed = claimants !== null || places !== null;
  const tables = filterTables(index);
  // Days are compared as integers read from typed arrays before touching the row. An undated row cannot be placed
  // inside a date range, so it only shows while no range is set.
  const bounded = from !== null || to !== null;
  const lo = from ? dayNumber(from) : NO_DAY;
  const hi = to ? dayNumber(to) : Number.MAX_SAFE_INTEGER;
  const outside = (day: number): boolean => (day === NO_DAY ? bounded : day < lo || day > hi);

  const { articles: allArticles, claims: allClaims, events: allEvents } = index.dataset;
  const actorOk = new Uint8Array(allArticles.length);
  if (!actors) actorOk.fill(1);
  for (const id of view.actors) for (const at of tables.articlesByActor.get(id) ?? []) actorOk[at] = 1;

  const claims: Claim[] = [];
  const claimAt = new Int32Array(allClaims.length);
  const claimedArticles = new Set<string>();
  const claimedEntries = new Set<string>();
  for (let i = 0; i < allClaims.length; i += 1) {
    if (outside(tables.claimDays[i]!) || actorOk[index.claimArticleAt[i]!] !== 1) continue;
    const claim = allClaims[i]!;
    if (!anyIn(index.claimKeyList[i]!, claimants) || !anyIn(claim.placeIds, places)) continue;
    claimAt[claims.length] = i;
    claims.push(claim);
    if (!needClaimed) continue;
    claimedArticles.add(claim.articleId);
    if (claim.entryId) claimedEntries.add(claim.entryId);
  }

  const feed: FeedItem[] = [];
  const feedAt = new Int32Array(index.feed.length);
  const articleShown = new Uint8Array(allArticles.length);
  let entries = 0;
  for (let i = 0; i < index.feed.length; i += 1) {
    const at = index.feedArticleAt[i]!;
    if (actorOk[at] !== 1 || outside(tables.feedDays[i]!)) continue;
    const item = index.feed[i]!;
    if (needClaimed) {
      // With a claimant filter, only rows carrying a matching claim are relevant; with a place filter, rows
      // about the place or carrying a claim about it (a live entry has no places of its own, so it needs the claim).
      const claimed = (item.kind === 'entry' ? claimedEntries : claimedArticles).has(item.key);
      if (claimants && !claimed) continue;
      if (places && !claimed && (item.kind === 'entry' || !anyIn(item.article.placeIds, places))) continue;
    }
    feedAt[feed.length] = i;
    feed.push(item);
    articleShown[at] = 1;
    if (item.kind === 'entry') entries += 1;
  }
  const articles: Article[] = [];
  const articleAt = new Int32Array(allArticles.length);
  for (let i = 0; i < allArticles.length; i += 1) {
    if (articleShown[i] !== 1) continue;
    articleAt[articles.length] = i;
    articles.push(allArticles[i]!);
  }

  const events: CrisisEvent[] = [];
  const eventAt = new Int32Array(allEvents.length);
  const eventFilter = actors !== null || places !== null;
  for (let i = 0; i < allEvents.length; i += 1) {
    if (outside(tables.eventDays[i]!)) continue;
    const e = allEvents[i]!;
    if (eventFilter && (!anyIn(e.actorIds, actors) || !anyIn(e.placeIds, places))) continue;
    eventAt[events.length] = i;
    events.push(e);
  }

  const seen = new Uint8Array(tables.places.length);
  let known = markPlaces(tables.claimPlaces, claimAt, claims.length, seen, 0);
  known = markPlaces(tables.articlePlaces, articleAt, articles.length, seen, known);
  markPlaces(tables.eventPlaces, eventAt, events.length, seen, known);
  const visiblePlaces = tables.places.filter((_, i) => seen[i] === 1);

  const visible: Visible = {
    claims,
    articles,
    feed,
    events,
    places: visiblePlaces,
    counts: {
      claims: claims.length,
      articles: articles.length,
      entries,
      events: events.length,
      places: visiblePlaces.length,
    },
  };
  recordPositions(visible, {
    index,
    claims: claimAt.subarray(0, claims.length),
    articles: articleAt.subarray(0, articles.length),
    feed: feedAt.subarray(0, feed.length),
    events: eventAt.subarray(0, events.length),
  });
  return visible;
}

/**
 * The claims, articles, feed rows, events and places matching the view's filters.
 * Dates: claims by `reportedOn`, articles by date, live entries by their own day, events by date.
 * Actors: the article mentions any (claims and entries follow their article; events by their actors).
 * Claimants: the claim's claimants or their affiliations, or `unattributed`; articles and entries then need a
 * matching claim; events are not attributed, so this filter leaves them alone. Places: the claim's or event's
 * places; an article names the place or carries a matching claim; a live entry carries a matching claim.
 */
export function selectVisible(index: DatasetIndex, view: FilterView): Visible {
  let perIndex = cache.get(index);
  if (!perIndex) {
    perIndex = new Map();
    cache.set(index, perIndex);
  }
  const key = filterKey(view);
  const hit = perIndex.get(key);
  if (hit) return hit;
  const visible = compute(index, view);
  if (perIndex.size >= CACHE_SIZE) perIndex.delete(perIndex.keys().next().value as string);
  perIndex.set(key, visible);
  return visible;
}
