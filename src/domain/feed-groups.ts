/**
 * The articles list as rows: a plain article, or a live page with its matching entries grouped under it (at
 * the place of its newest entry), so twenty entries of one page do not repeat its title twenty times.
 */
import type { FeedItem } from './dataset-index';
import type { Article, Entry } from './schema';

/** A live entry as the feed holds it. */
export type EntryItem = Extract<FeedItem, { kind: 'entry' }>;

/** One row of the list. */
export type FeedRow =
  | { kind: 'article'; key: string; item: Extract<FeedItem, { kind: 'article' }> }
  | { kind: 'live'; key: string; article: Article; entries: readonly EntryItem[] };

const cache = new WeakMap<readonly FeedItem[], readonly FeedRow[]>();

/** Groups `feed` (newest first) into rows, keeping its order; memoised per feed array. */
export function feedRows(feed: readonly FeedItem[]): readonly FeedRow[] {
  const hit = cache.get(feed);
  if (hit) return hit;
  const rows: FeedRow[] = [];
  const groups = new Map<string, EntryItem[]>();
  for (const item of feed) {
    if (item.kind === 'article') {
      rows.push({ kind: 'article', key: item.key, item });
      continue;
    }
    const group = groups.get(item.article.id);
    if (group) {
      group.push(item);
      continue;
    }
    const entries = [item];
    groups.set(item.article.id, entries);
    rows.push({ kind: 'live', key: `live:${item.article.id}`, article: item.article, entries });
  }
  cache.set(feed, rows);
  return rows;
}

/** Ids of the actors an entry's own claims name (claimants and whose forces), in first-seen order. */
export function entryActorIds(
  entry: Entry,
  articleClaims: readonly { entryId: string | null; claimantIds: string[]; subjectId: string | null }[],
): string[] {
  const ids = new Set<string>();
  for (const claim of articleClaims) {
    if (claim.entryId !== entry.id) continue;
    for (const id of claim.claimantIds) ids.add(id);
    if (claim.subjectId) ids.add(claim.subjectId);
  }
  return [...ids];
}

const entryCounts = new WeakMap<readonly { entryId: string | null }[], Map<string, number>>();

/** How many of an article's claims each of its live entries carries; built once per claims array. */
export function claimsPerEntry(
  articleClaims: readonly { entryId: string | null }[],
): ReadonlyMap<string, number> {
  let counts = entryCounts.get(articleClaims);
  if (!counts) {
    counts = new Map();
    for (const claim of articleClaims) {
      if (claim.entryId) counts.set(claim.entryId, (counts.get(claim.entryId) ?? 0) + 1);
    }
    entryCounts.set(articleClaims, counts);
  }
  return counts;
}
