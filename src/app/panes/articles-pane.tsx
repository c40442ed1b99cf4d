/** The "Articles" region: the filtered list, or the opened article with its highlighted text. */
import { useCallback, useMemo } from 'react';
import { useArticleBody, useDataset } from '../../data/hooks';
import { DataLoadError } from '../../data/load-json';
import type { FeedItem } from '../../domain/dataset-index';
import { claimsPerEntry, entryActorIds } from '../../domain/feed-groups';
import { schemeFor } from '../../domain/claimant-colors';
import { describeClaim as describeClaimText } from '../../domain/series-labels';
import type { Claim, Mention } from '../../domain/schema';
import { ArticleList } from '../../features/articles/article-list';
import { ArticleReader, type BodyState } from '../../features/articles/article-reader';
import { useView, useVisible } from '../hooks/use-view';
import { currentView } from '../hooks/use-view-state';
import { useReaderReview } from './reader-review';

/** The pane. */
export function ArticlesPane() {
  const { index, local } = useDataset();
  const [view, update] = useView();
  const visible = useVisible();
  const article = view.article ? (index.articles.get(view.article) ?? null) : null;
  const entry = view.entry ? (index.entries.get(view.entry)?.entry ?? null) : null;
  const query = useArticleBody(article?.id ?? null);

  const body: BodyState = useMemo(() => {
    if (query.status === 'success') return { status: 'ready', body: query.data.body };
    if (query.status === 'error') {
      const error = query.error;
      return error instanceof DataLoadError
        ? { status: 'error', file: error.file, problems: error.problems, retrying: query.isFetching }
        : { status: 'error', file: null, problems: [error.message], retrying: query.isFetching };
    }
    return { status: 'loading' };
  }, [query.status, query.data, query.error, query.isFetching]);

  const nameOf = useCallback((id: string) => index.actors.get(id)?.name ?? id, [index]);
  const describeMention = useCallback(
    (m: Mention) =>
      m.kind === 'actor'
        ? `Actor: ${nameOf(m.refId)}`
        : `Place: ${index.places.get(m.refId)?.name ?? m.refId}`,
    [index, nameOf],
  );
  // Worded as the chart and the claim sheet word it: the claimants' display names, "jointly", "unattributed".
  const describeClaim = useCallback(
    (c: Claim) => describeClaimText(c, schemeFor(index.dataset).namesOf(c)),
    [index],
  );
  const review = useReaderReview(article?.id ?? null, view, body);

  const claimCount = useCallback(
    (item: FeedItem) => {
      // Counted from the loaded claims, not the article's claimCount: validation may have skipped some.
      const claims = index.claimsByArticle.get(item.article.id) ?? [];
      return item.kind === 'entry' ? (claimsPerEntry(claims).get(item.entry.id) ?? 0) : claims.length;
    },
    [index],
  );
  // An entry shows the actors its own claims name; the page's full list would say nothing about the entry.
  const actorsOf = useCallback(
    (item: FeedItem) => {
      const ids =
        item.kind === 'entry'
          ? entryActorIds(item.entry, index.claimsByArticle.get(item.article.id) ?? [])
          : item.article.actorIds;
      return ids.flatMap((id) => index.actors.get(id) ?? []);
    },
    [index],
  );
  const isAdded = useCallback((id: string) => local.addedIds.has(id), [local]);
  const onOpen = useCallback(
    (item: FeedItem) =>
      update({ article: item.article.id, entry: item.kind === 'entry' ? item.entry.id : null, claim: null }),
    [update],
  );
  // Read from the URL at click time, so the callback stays the same object and the cards need not re-render.
  const onActor = useCallback(
    (id: string) => {
      const { actors } = currentView();
      if (!actors.includes(id)) update({ actors: [...actors, id] });
    },
    [update],
  );

  return (
    <section className="pane articles-pane" aria-label="Articles">
      {article ? (
        <ArticleReader
          key={article.id}
          article={article}
          entry={entry}
          body={body}
          claims={review.claims}
          selectedClaimId={view.claim}
          describeMention={describeMention}
          describeClaim={describeClaim}
          onSelectClaim={(claim) => update({ claim })}
          onClose={() => update({ article: null, entry: null, claim: null })}
          onRetry={() => void query.refetch()}
          claimTools={review.tools}
          hits={review.hits}
        />
      ) : (
        <ArticleList
          feed={visible.feed}
          claimCount={claimCount}
          actorsOf={actorsOf}
          onOpen={onOpen}
          onActor={onActor}
          isAdded={isAdded}
        />
      )}
    </section>
  );
}
