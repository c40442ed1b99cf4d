/**
 * The filtered articles, newest first, with live pages grouped (see feed-groups). Only a page of rows renders
 * at a time ("Show more"), so ten thousand articles never hit the DOM at once.
 */
import { memo, useMemo } from 'react';
import type { FeedItem } from '../../domain/dataset-index';
import { feedRows } from '../../domain/feed-groups';
import { ArticleCard, type RowActions } from './article-card';
import { LiveGroup } from './live-group';
import { ShowMore, usePages } from './show-more';

export { PAGE_SIZE } from './show-more';

/** Props: the rows, and lookups and actions (stable ones let unchanged rows skip re-rendering). */
export interface ArticleListProps extends RowActions {
  feed: readonly FeedItem[];
}

/** The list itself; an empty list says so. */
export const ArticleList = memo(function ArticleList({
  feed,
  claimCount,
  actorsOf,
  onOpen,
  onActor,
  isAdded,
}: ArticleListProps) {
  const rows = feedRows(feed);
  const [limit, more] = usePages(rows);
  const actions = useMemo<RowActions>(
    () => ({ claimCount, actorsOf, onOpen, onActor, isAdded }),
    [claimCount, actorsOf, onOpen, onActor, isAdded],
  );
  if (feed.length === 0) return <p className="articles__empty">No articles match the filters.</p>;
  return (
    <>
      <ol className="article-list">
        {rows
          .slice(0, limit)
          .map((row) =>
            row.kind === 'live' ? (
              <LiveGroup key={row.key} row={row} actions={actions} />
            ) : (
              <ArticleCard key={row.key} item={row.item} actions={actions} />
            ),
          )}
      </ol>
      <ShowMore total={rows.length} shown={limit} onMore={more} />
    </>
  );
});
