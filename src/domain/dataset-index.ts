/**
 * Lookup tables over a validated dataset, built once per load so that filtering and rendering never rescan
 * the raw arrays (issue 5: tens of thousands of claims).
 */
import {
  affiliationChain,
  byGroupThenName,
  claimantLabel,
  groupOf,
  UNATTRIBUTED_LABEL,
} from './claimant-colors';
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

/** A claimant filter option: a group (country or body) or one of its members, with how many claims it covers. */
export interface ClaimantOption {
  id: string;
  name: string;
  count: number;
  /** The group a member speaks for; null for a group itself (and for unattributed claims). */
  group: string | null;
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
  /**
   * Aligned with `dataset.claims`: the claimant keys (its claimant ids, every body up their affiliation chains, or
   * [UNATTRIBUTED]: what the filter matches) and the position of the claim's article in `dataset.articles`.
   */
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

/** What the claimant filter matches for a claim: its claimants and every body up their chains, or [UNATTRIBUTED]. */
export function claimantKeysOf(claim: Claim, actors: ReadonlyMap<string, Actor>): readonly string[] {
  return keysOfClaimants(claim.claimantIds, (id) => affiliationChain(id, actors));
}

const NOBODY: readonly string[] = [UNATTRIBUTED];

// A claim naming one claimant (most do) shares that claimant's chain; only several are merged.
function keysOfClaimants(
  ids: readonly string[],
  chainOf: (id: string) => readonly string[],
): readonly string[] {
  if (ids.length === 0) return NOBODY;
  if (ids.length === 1) return chainOf(ids[0]!);
  return [...new Set(ids.flatMap(chainOf))];
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

/** Claimant options as the filter lists them: groups by name, each followed by its members by name. */
function groupedOptions(
  counts: ReadonlyMap<string, number>,
  actors: ReadonlyMap<string, Actor>,
): ClaimantOption[] {
  const nameOf = (id: string) => (id === UNATTRIBUTED ? UNATTRIBUTED_LABEL : claimantLabel(id, actors));
  const rows = [...counts].map(([id, count]) => {
    const group = id === UNATTRIBUTED ? id : groupOf(id, actors);
    return { id, count, name: nameOf(id), groupName: nameOf(group), isGroup: group === id, group };
  });
  return rows
    .sort(byGroupThenName)
    .map(({ id, name, count, group, isGroup }) => ({ id, name, count, group: isGroup ? null : group }));
}

/** Builds the index in one pass over each collection. */
export function buildIndex(dataset: Dataset): DatasetIndex {
  const actors = byId(dataset.actors);
  const entries = new Map<string, IndexedEntry>();
  const claimsByArticle = new Map<string, Claim[]>();
  // Each actor's chain is walked once and shared by the claims that name it.
  const chains = new Map<string, readonly string[]>();
  const chainOf = (id: string): readonly string[] => {
    let chain = chains.get(id);
    if (!chain) chains.set(id, (chain = affiliationChain(id, actors)));
    return chain;
  };
  const claimantCounts = new Map<string, number>();
  const articleAt = new Map(dataset.articles.map((a, i) => [a.id, i]));
  const claimKeyList: (readonly string[])[] = [];
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
    const keys = keysOfClaimants(claim.claimantIds, chainOf);
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

  const claimantOptions = groupedOptions(claimantCounts, actors);

  return {
    dataset,
    articles: byId(dataset.articles),
    actors,
    places: byId(dataset.places),
    claims: byId(dataset.claims),
    events: byId(dataset.events),
    entries,
    claimsByArticle,
    claimKeyList,
    claimArticleAt,
    claimantOptions,
    feed,
    feedArticleAt,
    dayRange,
  };
}
