/**
 * The second step after the filters: a full-text search and the analyst's reviews narrow what the filters let
 * through. Corrected claims are shown with their corrected values; rejected ones only when asked for. Kept apart
 * from `selectVisible` so its per-filter cache stays valid while reviews change and a search is typed.
 */
import { claimantKeysOf, type DatasetIndex } from './dataset-index';
import { filterTables, markPlaces } from './filter-tables';
import { positionsOf, recordPositions, selectVisible, type FilterView, type Visible } from './filters';
import { applyReview, statusOf, type Review, type ReviewedClaim, type ReviewStatus } from './reviews';
import { sameItems } from './same-items';
import type { Actor, Article, Claim } from './schema';

/** What narrows the filtered rows. */
export interface Narrowing {
  /** Positions in the dataset's articles of the articles a search matched, best first; null when no search is on. */
  ranked: Int32Array | null;
  /** One review per claim id. */
  reviews: ReadonlyMap<string, Review>;
  /** Statuses a claim must have (any of); empty for every status but rejected (unless `showRejected`). */
  statuses: readonly ReviewStatus[];
  showRejected: boolean;
}

// A claim's reviewed copy is kept while its review is the same object, so memoised views see the same claim.
const shownCache = new WeakMap<Claim, { review: Review; shown: ReviewedClaim }>();

/** The claim as the views show it under its review (the same object when it has none). */
export function reviewedClaim(claim: Claim, reviews: ReadonlyMap<string, Review>): ReviewedClaim {
  const review = reviews.get(claim.id);
  if (!review) return claim;
  const cached = shownCache.get(claim);
  if (cached?.review === review) return cached.shown;
  const shown = applyReview(claim, review);
  shownCache.set(claim, { review, shown });
  return shown;
}

/** The claims of a list as the views show them. */
export function reviewedClaims(
  claims: readonly Claim[],
  reviews: ReadonlyMap<string, Review>,
): ReviewedClaim[] {
  return claims.map((c) => reviewedClaim(c, reviews));
}

/** A claimant filter matched against claims as the views show them (a correction's claimants, not the extracted). */
export interface ClaimantMatch {
  /** The filter's ids (groups, members or `unattributed`). */
  ids: ReadonlySet<string>;
  /** What the filter matches for a shown claim (see `claimantKeysOf`). */
  keysOf: (claim: ReviewedClaim) => readonly string[];
}

/** True when nothing would change: no search, no review filter, and no review that hides or corrects a claim. */
function inert(n: Narrowing, claimants: ClaimantMatch | null): boolean {
  return n.ranked === null && n.statuses.length === 0 && n.reviews.size === 0 && claimants === null;
}

// Per reviews map: does any correction name other claimants than the claim had? Reviews are few, the map is
// replaced on every change, so this is one short pass per review action.
const changesClaimants = new WeakMap<ReadonlyMap<string, Review>, boolean>();

function correctsClaimants(reviews: ReadonlyMap<string, Review>): boolean {
  let found = changesClaimants.get(reviews);
  if (found === undefined) {
    found = false;
    for (const r of reviews.values()) {
      const before = r.original.claimantIds;
      const after = r.correction?.claimantIds;
      if (after && !sameItems(after, before)) found = true;
    }
    changesClaimants.set(reviews, found);
  }
  return found;
}

const shownKeys = new WeakMap<ReviewedClaim, readonly string[]>();

/** The claimant filter of `view` for shown claims: a corrected claim's keys are its own claimants'. */
function claimantMatch(index: DatasetIndex, ids: readonly string[]): ClaimantMatch {
  const actors: ReadonlyMap<string, Actor> = index.actors;
  return {
    ids: new Set(ids),
    // Only a claimant filter while a correction names other claimants comes here: kept per claim object.
    keysOf: (claim) => {
      let keys = shownKeys.get(claim);
      if (!keys) {
        keys = claimantKeysOf(claim, actors);
        shownKeys.set(claim, keys);
      }
      return keys;
    },
  };
}

/**
 * What the views show: the filters' rows (`selectVisible`) narrowed by search and reviews. When a correction names
 * other claimants and a claimant filter is on, the filters run without it and the claimant filter is matched here
 * against the corrected claimants, so a claim corrected to X is found by the X filter and no longer by its old one.
 */
export function visibleFor(index: DatasetIndex, view: FilterView, n: Narrowing): Visible {
  if (view.claimants.length === 0 || !correctsClaimants(n.reviews)) {
    return narrowVisible(selectVisible(index, view), n);
  }
  const wide = selectVisible(index, { ...view, claimants: [] });
  return narrowVisible(wide, n, claimantMatch(index, view.claimants));
}

/**
 * The visible rows narrowed by search and review. Claims: of a matching article, with an allowed status, shown
 * with corrections. Articles and live entries: matching the search, ranked; with a review filter, carrying a
 * kept claim. Events stay (they are not claims and have no text to search). Places: those the kept rows refer to.
 */
export function narrowVisible(
  visible: Visible,
  n: Narrowing,
  claimants: ClaimantMatch | null = null,
): Visible {
  if (inert(n, claimants)) return visible;
  // Every pane asks for the same narrowing in one render: give them the same object, computed once.
  const key = `${n.statuses.join(',')}|${n.showRejected}|${claimants ? [...claimants.ids].join(',') : ''}`;
  if (
    last &&
    last.visible === visible &&
    last.ranked === n.ranked &&
    last.reviews === n.reviews &&
    last.key === key
  )
    return last.result;
  const result = compute(visible, n, claimants);
  last = { visible, ranked: n.ranked, reviews: n.reviews, key, result };
  return result;
}

let last: {
  visible: Visible;
  ranked: Narrowing['ranked'];
  reviews: Narrowing['reviews'];
  key: string;
  result: Visible;
} | null = null;

// Runs on every search answer over up to 50,000 claims, so it works by position (the filter pass recorded where
// each visible row sits): ranks and flags live in typed arrays over the dataset's articles, and places are flagged
// from the position tables, with no string lookup per row.
function compute(visible: Visible, n: Narrowing, claimants: ClaimantMatch | null): Visible {
  const at = positionsOf(visible);
  if (!at) throw new Error('narrowVisible needs rows from selectVisible');
  const { index } = at;
  const tables = filterTables(index);
  const { dataset } = index;
  // Rank + 1 of each article by position; 0 for an article the search did not match.
  const rankAt = n.ranked ? new Int32Array(dataset.articles.length) : null;
  if (rankAt && n.ranked) {
    for (let r = 0; r < n.ranked.length; r += 1) {
      const position = n.ranked[r]!;
      if (position >= 0 && position < rankAt.length && rankAt[position] === 0) rankAt[position] = r + 1;
    }
  }
  const wanted = n.statuses.length ? new Set(n.statuses) : null;
  const reviewed = n.reviews.size > 0;
  // The dataset's own claims are all unreviewed: without reviews or a claimant filter, the search alone decides
  // (a status filter keeps all or none), and the loop reads typed arrays only.
  const plain = !reviewed && !claimants && !wanted;
  const claimArticleAt = index.claimArticleAt;

  const claims: ReviewedClaim[] = [];
  const claimAt = new Int32Array(visible.claims.length);
  const claimedArticles = new Uint8Array(dataset.articles.length);
  // As with the claimant filter in `selectVisible`: with a review or claimant filter, only rows carrying a kept claim.
  const claimedEntries = wanted || claimants ? new Set<string>() : null;
  for (let i = 0; i < visible.claims.length; i += 1) {
    const position = at.claims[i]!;
    const article = claimArticleAt[position]!;
    if (rankAt && rankAt[article] === 0) continue;
    const claim = visible.claims[i]!;
    const shown = reviewed ? reviewedClaim(claim, n.reviews) : claim;
    if (!plain) {
      const status = statusOf(shown);
      if (wanted ? !wanted.has(status) : status === 'rejected' && !n.showRejected) continue;
      if (claimants && !claimants.keysOf(shown).some((key) => claimants.ids.has(key))) continue;
      if (shown.entryId) claimedEntries?.add(shown.entryId);
    }
    claimAt[claims.length] = position;
    claims.push(shown);
    claimedArticles[article] = 1;
  }

  // Feed rows: of a matching article (best match first; a live page's entries keep their order), and with a review
  // filter, carrying a kept claim.
  let rows: number[] = [];
  for (let j = 0; j < visible.feed.length; j += 1) {
    const article = index.feedArticleAt[at.feed[j]!]!;
    if (rankAt && rankAt[article] === 0) continue;
    if (claimedEntries) {
      const item = visible.feed[j]!;
      if (!(item.kind === 'entry' ? claimedEntries.has(item.key) : claimedArticles[article] === 1)) continue;
    }
    rows.push(j);
  }
  if (rankAt && n.ranked)
    rows = byRank(rows, (j) => rankAt[index.feedArticleAt[at.feed[j]!]!]!, n.ranked.length);
  const feed = rows.map((j) => visible.feed[j]!);
  const articleShown = new Uint8Array(dataset.articles.length);
  let entries = 0;
  for (const j of rows) {
    articleShown[index.feedArticleAt[at.feed[j]!]!] = 1;
    if (visible.feed[j]!.kind === 'entry') entries += 1;
  }
  const articles: Article[] = [];
  const articleAt = new Int32Array(visible.articles.length);
  visible.articles.forEach((article, i) => {
    if (articleShown[at.articles[i]!] !== 1) return;
    articleAt[articles.length] = at.articles[i]!;
    articles.push(article);
  });

  const seen = new Uint8Array(tables.places.length);
  let known = markPlaces(tables.claimPlaces, claimAt, claims.length, seen, 0);
  known = markPlaces(tables.articlePlaces, articleAt, articles.length, seen, known);
  markPlaces(tables.eventPlaces, at.events, at.events.length, seen, known);
  const places = tables.places.filter((_, i) => seen[i] === 1);
  // Typing on in a search often keeps the same claims and places (only the articles' order changes): hand the
  // views the previous lists then, so the chart and map, memoised on them, have nothing to redo.
  const narrowed: Visible = {
    claims: sameAs(claims, previous?.claims),
    articles,
    feed,
    events: visible.events,
    places: sameAs(places, previous?.places),
    counts: {
      claims: claims.length,
      articles: articles.length,
      entries,
      events: visible.events.length,
      places: places.length,
    },
  };
  recordPositions(narrowed, {
    index,
    claims: claimAt.subarray(0, claims.length),
    articles: articleAt.subarray(0, articles.length),
    feed: Int32Array.from(rows, (j) => at.feed[j]!),
    events: at.events,
  });
  previous = narrowed;
  return narrowed;
}

let previous: Visible | null = null;

/** `rows` ordered by their rank (1 to `ranks`), keeping the order of rows of equal rank: a counting sort. */
function byRank(rows: readonly number[], rankOf: (row: number) => number, ranks: number): number[] {
  const start = new Int32Array(ranks + 2);
  for (const row of rows) start[rankOf(row) + 1]! += 1;
  for (let r = 1; r < start.length; r += 1) start[r]! += start[r - 1]!;
  const sorted = new Array<number>(rows.length);
  for (const row of rows) sorted[start[rankOf(row)]!++] = row;
  return sorted;
}

/** `before` when it holds the same rows in the same order as `list`, else `list`. */
function sameAs<T>(list: T[], before: readonly T[] | undefined): T[] {
  return before && sameItems(list, before) ? (before as T[]) : list;
}

/** `claims` by id as the views show them; the same map when no review applies. */
export function reviewedById(
  claims: ReadonlyMap<string, Claim>,
  reviews: ReadonlyMap<string, Review>,
): ReadonlyMap<string, ReviewedClaim> {
  if (reviews.size === 0) return claims;
  const shown = new Map<string, ReviewedClaim>(claims);
  for (const id of reviews.keys()) {
    const claim = claims.get(id);
    if (claim) shown.set(id, reviewedClaim(claim, reviews));
  }
  return shown;
}
