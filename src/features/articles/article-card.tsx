/**
 * One row of the articles list: an article card, or a live entry card (its own time, headline, claims and
 * actors, never its page's). Memoised: with stable lookups, a filter or selection change re-renders only the
 * rows that come or go.
 */
import { memo } from 'react';
import type { FeedItem } from '../../domain/dataset-index';
import type { Actor } from '../../domain/schema';
import { ArticleDate } from './article-date';
import { formatInstant } from './format';

/** Actor chips per row; more are summarised. */
const MAX_CHIPS = 6;

/** Lookups and actions shared by every row; keep them stable so rows can skip re-rendering. */
export interface RowActions {
  claimCount: (item: FeedItem) => number;
  actorsOf: (item: FeedItem) => readonly Actor[];
  onOpen: (item: FeedItem) => void;
  onActor: (actorId: string) => void;
  /** True for an article added in this browser (badged "Added here"). */
  isAdded?: (articleId: string) => boolean;
}

/** The "Added here" badge of an article added in this browser. */
export function AddedBadge() {
  return <span className="article-card__added">Added here</span>;
}

/** "1 troop claim", "1,234 troop claims". */
export function claimsText(count: number): string {
  return count === 1 ? '1 troop claim' : `${count.toLocaleString('en-US')} troop claims`;
}

function ActorChips({ actors, onActor }: { actors: readonly Actor[]; onActor: (id: string) => void }) {
  if (actors.length === 0) return null;
  const shown = actors.slice(0, MAX_CHIPS);
  return (
    <ul className="chips" aria-label="Actors mentioned">
      {shown.map((actor) => (
        <li key={actor.id}>
          <button
            type="button"
            className="chip"
            title={`Filter by ${actor.name}`}
            onClick={() => onActor(actor.id)}
          >
            {actor.name}
          </button>
        </li>
      ))}
      {actors.length > shown.length && <li className="chips__more">+{actors.length - shown.length} more</li>}
    </ul>
  );
}

/** A card; `item` and the actions are all it reads. */
export const ArticleCard = memo(function ArticleCard({
  item,
  actions,
}: {
  item: FeedItem;
  actions: RowActions;
}) {
  const entry = item.kind === 'entry' ? item.entry : null;
  // Entries sit under their live page's heading, one level down.
  const Heading = entry ? 'h4' : 'h3';
  return (
    <li className={entry ? 'article-card article-card--entry' : 'article-card'}>
      <p className="article-card__meta">
        {entry ? (
          <time dateTime={entry.publishedAt}>{formatInstant(entry.publishedAt)}</time>
        ) : (
          <>
            <span className="article-card__outlet">{item.article.outlet ?? 'Unknown outlet'}</span>
            {' · '}
            <ArticleDate article={item.article} />
          </>
        )}
        {actions.isAdded?.(item.article.id) && <AddedBadge />}
      </p>
      <Heading className="article-card__title">
        <button type="button" className="link-button" onClick={() => actions.onOpen(item)}>
          {entry ? entry.headline || 'Untitled entry' : item.article.title}
        </button>
      </Heading>
      <p className="article-card__claims">{claimsText(actions.claimCount(item))}</p>
      <ActorChips actors={actions.actorsOf(item)} onActor={actions.onActor} />
    </li>
  );
});
