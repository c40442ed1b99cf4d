/**
 * Lookup tables over a validated dataset, built once per load so that filtering and rendering never rescan
 * the raw arrays (issue 5: tens of thousands of claims).
 */
import type { Actor, Article, Claim, CrisisEvent, Dataset, Entry, Place } from './schema';

/** Pseudo claimant id for claims that name no claimant (the outlet states the number itself). */
export const UNATTRIBUTED = 'unattributed';

/** A live-blog entry with the article it belongs to and its day. */
export interface IndexedEntry {
  entry: Entry;
  article: Article;
  day: string;
}

/** One row of the articles list: a plain article, or one entry of a live blog. */
export type FeedItem =
  | { kind: 'article'; key: string; article: Article; day: string | null }
  | { kind: 'entry'; key: string; article: Article; entry: Entry; day: string };

/** A claimant filter option: an actor or affiliation named by claims, with how many claims it covers. */
export interface ClaimantOption {
  id: string;
  name: string;
  count: number;
}

/** Everything the selectors and views look up by id. */
export interface DatasetIndex {
  dataset: Dataset;
  articles: ReadonlyMap<string, Article>;
  actors: ReadonlyMap<string, Actor>;
  places: ReadonlyMap<string, Place>;
  claims: ReadonlyMap<string, Claim>;
  events: ReadonlyMap<string, CrisisEvent>;
  entries: ReadonlyMap<string, IndexedEntry>;
  claimsByArticle: ReadonlyMap<string, readonly Claim[]>;
  /** Per claim: its claimant ids, their affiliations, or [UNATTRIBUTED]; what the claimant filter matches. */
  claimantKeys: ReadonlyMap<string, readonly string[]>;
  /** Aligned with `dataset.claims`: claimant keys and the position of the claim's article in `dataset.articles`. */
  claimKeyList: readonly (readonly string[])[];
  claimArticleAt: Int32Array;
  claimantOptions: readonly ClaimantOption[];
  /** Every article and live entry, newest first (undated last); filtering keeps this order. */
  feed: readonly FeedItem[];
  /** Aligned with `feed`: the position of each row's article in `dataset.articles`. */
  feedArticleAt: Int32Array;
  /** Earliest and latest day of any article, entry, claim or event; null when nothing is dated. */
  dayRange: { min: string; max: string } | null;
}

/** Day (YYYY-MM-DD) of an ISO instant. */
export function dayOf(instant: string): string {
  return instant.slice(0, 10);
}

function claimantKeysOf(claim: Claim, actors: ReadonlyMap<string, Actor>): string[] {
  if (claim.claimantIds.length === 0) return [UNATTRIBUTED];
  const keys = new Set<string>(claim.claimantIds);
  for (const id of claim.claimantIds) {
    const affiliation = actors.get(id)?.affiliation;
    if (affiliation) keys.add(affiliation);
  }
  return [...keys];
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

function widen(
  range: { min: string; max: string } | null,
  day: string | null,
): { min: string; max: string } | null {
  if (!day) return range;
  if (!range) return { min: day, max: day };
  return { min: day < range.min ? day : range.min, max: day > range.max ? day : range.max };
}

function sortKey(item: FeedItem): string {
  return item.kind === 'entry' ? item.entry.publishedAt : (item.day ?? '');
}

// Newest first; undated rows last; ties broken by key so the order is stable across loads.
function newestFirst(a: FeedItem, b: FeedItem): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka < kb ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Builds the index in one pass over each collection. */
export function buildIndex(dataset: Dataset): DatasetIndex {
  const actors = byId(dataset.actors);
  const entries = new Map<string, IndexedEntry>();
  const claimsByArticle = new Map<string, Claim[]>();
  const claimantKeys = new Map<string, string[]>();
  const claimantCounts = new Map<string, number>();
  const articleAt = new Map(dataset.articles.map((a, i) => [a.id, i]));
  const claimKeyList: string[][] = [];
  const claimArticleAt = new Int32Array(dataset.claims.length);
  let dayRange: { min: string; max: string } | null = null;

  for (const article of dataset.articles) {
    dayRange = widen(dayRange, article.date);
    for (const entry of article.entries) {
      const day = dayOf(entry.publishedAt);
      entries.set(entry.id, { entry, article, day });
      dayRange = widen(dayRange, day);
    }
  }
  for (const claim of dataset.claims) {
    const list = claimsByArticle.get(claim.articleId);
    if (list) list.push(claim);
    else claimsByArticle.set(claim.articleId, [claim]);
    const keys = claimantKeysOf(claim, actors);
    claimantKeys.set(claim.id, keys);
    claimArticleAt[claimKeyList.length] = articleAt.get(claim.articleId) ?? -1;
    claimKeyList.push(keys);
    for (const key of keys) claimantCounts.set(key, (claimantCounts.get(key) ?? 0) + 1);
    dayRange = widen(dayRange, claim.reportedOn);
  }
  for (const event of dataset.events) dayRange = widen(dayRange, event.date);
  const feed: FeedItem[] = dataset.articles.flatMap((article): FeedItem[] =>
    article.kind === 'liveblog' && article.entries.length > 0
      ? article.entries.map((entry) => ({
          kind: 'entry',
          key: entry.id,
          article,
          entry,
          day: dayOf(entry.publishedAt),
        }))
      : [{ kind: 'article', key: article.id, article, day: article.date }],
  );
  feed.sort(newestFirst);
  const feedArticleAt = Int32Array.from(feed, (item) => articleAt.get(item.article.id) ?? -1);

  const claimantOptions = [...claimantCounts]
    .map(([id, count]) => ({
      id,
      count,
      name: id === UNATTRIBUTED ? 'Unattributed (the outlet itself)' : (actors.get(id)?.name ?? id),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));

  return {
    dataset,
    articles: byId(dataset.articles),
    actors,
    places: byId(dataset.places),
    claims: byId(dataset.claims),
    events: byId(dataset.events),
    entries,
    claimsByArticle,
    claimantKeys,
    claimKeyList,
    claimArticleAt,
    claimantOptions,
    feed,
    feedArticleAt,
    dayRange,
  };
}
