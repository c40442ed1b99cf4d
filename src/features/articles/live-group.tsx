/**
 * A live page in the articles list: its outlet, date and title once, then its matching entries behind a
 * disclosure, so a page with dozens of entries takes one row until it is opened.
 */
import { memo, useId, useMemo, useState } from 'react';
import type { FeedItem } from '../../domain/dataset-index';
import type { FeedRow } from '../../domain/feed-groups';
import { AddedBadge, ArticleCard, claimsText, type RowActions } from './article-card';
import { ArticleDate } from './article-date';
import { ShowMore, usePages } from './show-more';

/** The group; entries render only while it is open, a page at a time. */
export const LiveGroup = memo(function LiveGroup({
  row,
  actions,
}: {
  row: Extract<FeedRow, { kind: 'live' }>;
  actions: RowActions;
}) {
  const [open, setOpen] = useState(false);
  const [limit, more] = usePages(row.entries);
  const id = useId();
  const { article, entries } = row;
  const page = useMemo<FeedItem>(
    () => ({ kind: 'article', key: article.id, article, day: article.date }),
    [article],
  );
  const claims = entries.reduce((sum, entry) => sum + actions.claimCount(entry), 0);
  const noun = entries.length === 1 ? 'entry' : 'entries';
  return (
    <li className="article-card live-group">
      <p className="article-card__meta">
        <span className="article-card__outlet">{article.outlet ?? 'Unknown outlet'}</span>
        {' · Live page · '}
        <ArticleDate article={article} />
        {actions.isAdded?.(article.id) && <AddedBadge />}
      </p>
      <h3 className="article-card__title">
        <button type="button" className="link-button" onClick={() => actions.onOpen(page)}>
          {article.title}
        </button>
      </h3>
      <p className="article-card__claims">
        {entries.length.toLocaleString('en-US')} matching {noun} · {claimsText(claims)}
      </p>
      <button
        type="button"
        className="live-group__toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        {open ? `Hide ${noun}` : `Show ${noun}`}
      </button>
      {open && (
        <div id={id}>
          <ol className="article-list live-group__entries">
            {entries.slice(0, limit).map((entry) => (
              <ArticleCard key={entry.key} item={entry} actions={actions} />
            ))}
          </ol>
          <ShowMore total={entries.length} shown={limit} onMore={more} />
        </div>
      )}
    </li>
  );
});
