/**
 * The filtered articles and live-blog entries, newest first, each with outlet, date, title, claim count and
 * actor chips. Long lists render in pages ("Show more") so ten thousand rows never hit the DOM at once.
 */
import { useState } from 'react';
import type { FeedItem } from '../../domain/dataset-index';
import type { Actor } from '../../domain/schema';
import { ArticleDate } from './article-date';
import { formatInstant } from './format';

/** Rows shown per page of the list. */
export const PAGE_SIZE = 200;
/** Actor chips per row; more are summarised. */
const MAX_CHIPS = 6;

/** Props: the rows, lookups for counts and actors, and what opening a row or clicking an actor does. */
export interface ArticleListProps {
  feed: readonly FeedItem[];
  claimCount: (item: FeedItem) => number;
  actorsOf: (item: FeedItem) => readonly Actor[];
  onOpen: (item: FeedItem) => void;
  onActor: (actorId: string) => void;
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

/** The list itself; an empty list says so. */
export function ArticleList({ feed, claimCount, actorsOf, onOpen, onActor }: ArticleListProps) {
  const [pages, setPages] = useState(1);
  if (feed.length === 0) return <p className="articles__empty">No articles match the filters.</p>;
  const shown = feed.slice(0, pages * PAGE_SIZE);
  return (
    <>
      <ol className="article-list">
        {shown.map((item) => {
          const count = claimCount(item);
          return (
            <li key={item.key} className="article-card">
              <p className="article-card__meta">
                <span className="article-card__outlet">{item.article.outlet ?? 'Unknown outlet'}</span>
                {' · '}
                <ArticleDate
                  article={item.article}
                  label={item.kind === 'entry' ? formatInstant(item.entry.publishedAt) : undefined}
                />
              </p>
              {item.kind === 'entry' && <p className="article-card__context">Live: {item.article.title}</p>}
              <h3 className="article-card__title">
                <button type="button" className="link-button" onClick={() => onOpen(item)}>
                  {item.kind === 'entry' ? item.entry.headline || 'Untitled entry' : item.article.title}
                </button>
              </h3>
              <p className="article-card__claims">
                {count === 1 ? '1 troop claim' : `${count.toLocaleString('en-US')} troop claims`}
              </p>
              <ActorChips actors={actorsOf(item)} onActor={onActor} />
            </li>
          );
        })}
      </ol>
      {shown.length < feed.length && (
        <button type="button" className="articles__more" onClick={() => setPages(pages + 1)}>
          Show more ({(feed.length - shown.length).toLocaleString('en-US')} left)
        </button>
      )}
    </>
  );
}
