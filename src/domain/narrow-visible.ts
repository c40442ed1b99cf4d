/**
 * The second step after the filters: a full-text search and the analyst's reviews narrow what the filters let
 * through. Corrected claims are shown with their corrected values; rejected ones only when asked for. Kept apart
 * from `selectVisible` so its per-filter cache stays valid while reviews change and a search is typed.
 */
import { claimantKeysOf, type DatasetIndex, type FeedItem } from './dataset-index';
import { selectVisible, type FilterView, type Visible } from './filters';
import { applyReview, statusOf, type Review, type ReviewedClaim, type ReviewStatus } from './reviews';
import type { Actor, Article, Claim } from './schema';

/** What narrows the filtered rows. */
export interface Narrowing {
  /** Article ids a search matched, best first; null when no search is on. */
  ranked: readonly string[] | null;
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
      if (after && (after.length !== before.length || after.some((id, i) => id !== before[i]))) found = true;
    }
    changesClaimants.set(reviews, found);
  }
  return found;
}

const correctedKeys = new WeakMap<ReviewedClaim, readonly string[]>();

/** The claimant filter of `view` for shown claims: the index's keys, a corrected claim's own. */
function claimantMatch(index: DatasetIndex, ids: readonly string[]): ClaimantMatch {
  const actors: ReadonlyMap<string, Actor> = index.actors;
  return {
    ids: new Set(ids),
    keysOf: (claim) => {
      if (!claim.review) return index.claimantKeys.get(claim.id) ?? claimantKeysOf(claim, actors);
      let keys = correctedKeys.get(claim);
      if (!keys) {
        keys = claimantKeysOf(claim, actors);
        correctedKeys.set(claim, keys);
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

function compute(visible: Visible, n: Narrowing, claimants: ClaimantMatch | null): Visible {
  const rank = n.ranked ? new Map(n.ranked.map((id, i) => [id, i])) : null;
  const wanted = n.statuses.length ? new Set(n.statuses) : null;
  const claims: ReviewedClaim[] = [];
  for (const claim of visible.claims) {
    if (rank && !rank.has(claim.articleId)) continue;
    const shown = reviewedClaim(claim, n.reviews);
    const status = statusOf(shown);
    if (wanted ? !wanted.has(status) : status === 'rejected' && !n.showRejected) continue;
    if (claimants && !claimants.keysOf(shown).some((key) => claimants.ids.has(key))) continue;
    claims.push(shown);
  }
  let feed: FeedItem[] = [...visible.feed];
  if (rank) {
    feed = feed.filter((item) => rank.has(item.article.id));
    // Best match first; a live page's entries keep their order (sort is stable).
    feed.sort((a, b) => rank.get(a.article.id)! - rank.get(b.article.id)!);
  }
  // As with the claimant filter in `selectVisible`: only rows carrying a kept claim.
  if (wanted || claimants) {
    const articles = new Set(claims.map((c) => c.articleId));
    const entries = new Set(claims.flatMap((c) => (c.entryId ? [c.entryId] : [])));
    feed = feed.filter((item) => (item.kind === 'entry' ? entries : articles).has(item.key));
  }
  const shownArticles = new Set(feed.map((item) => item.article.id));
  const articles: Article[] = visible.articles.filter((a) => shownArticles.has(a.id));
  const placeIds = new Set<string>();
  for (const c of claims) for (const id of c.placeIds) placeIds.add(id);
  for (const a of articles) for (const id of a.placeIds) placeIds.add(id);
  for (const e of visible.events) for (const id of e.placeIds) placeIds.add(id);
  const places = visible.places.filter((p) => placeIds.has(p.id));
  return {
    claims,
    articles,
    feed,
    events: visible.events,
    places,
    counts: {
      claims: claims.length,
      articles: articles.length,
      entries: feed.filter((item) => item.kind === 'entry').length,
      events: visible.events.length,
      places: places.length,
    },
  };
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
