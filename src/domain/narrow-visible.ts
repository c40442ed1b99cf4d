/**
 * The second step after the filters: a full-text search and the analyst's reviews narrow what the filters let
 * through. Corrected claims are shown with their corrected values; rejected ones only when asked for. Kept apart
 * from `selectVisible` so its per-filter cache stays valid while reviews change and a search is typed.
 */
import type { FeedItem } from './dataset-index';
import type { Visible } from './filters';
import { applyReview, statusOf, type Review, type ReviewedClaim, type ReviewStatus } from './reviews';
import type { Article, Claim } from './schema';

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

/** True when nothing would change: no search, no review filter, and no review that hides or corrects a claim. */
function inert(n: Narrowing): boolean {
  return n.ranked === null && n.statuses.length === 0 && n.reviews.size === 0;
}

/**
 * The visible rows narrowed by search and review. Claims: of a matching article, with an allowed status, shown
 * with corrections. Articles and live entries: matching the search, ranked; with a review filter, carrying a
 * kept claim. Events stay (they are not claims and have no text to search). Places: those the kept rows refer to.
 */
export function narrowVisible(visible: Visible, n: Narrowing): Visible {
  if (inert(n)) return visible;
  // Every pane asks for the same narrowing in one render: give them the same object, computed once.
  const key = `${n.statuses.join(',')}|${n.showRejected}`;
  if (
    last &&
    last.visible === visible &&
    last.ranked === n.ranked &&
    last.reviews === n.reviews &&
    last.key === key
  )
    return last.result;
  const result = compute(visible, n);
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

function compute(visible: Visible, n: Narrowing): Visible {
  const rank = n.ranked ? new Map(n.ranked.map((id, i) => [id, i])) : null;
  const wanted = n.statuses.length ? new Set(n.statuses) : null;
  const claims: ReviewedClaim[] = [];
  for (const claim of visible.claims) {
    if (rank && !rank.has(claim.articleId)) continue;
    const shown = reviewedClaim(claim, n.reviews);
    const status = statusOf(shown);
    if (wanted ? !wanted.has(status) : status === 'rejected' && !n.showRejected) continue;
    claims.push(shown);
  }
  let feed: FeedItem[] = [...visible.feed];
  if (rank) {
    feed = feed.filter((item) => rank.has(item.article.id));
    // Best match first; a live page's entries keep their order (sort is stable).
    feed.sort((a, b) => rank.get(a.article.id)! - rank.get(b.article.id)!);
  }
  if (wanted) {
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
