/** The view checked against the loaded dataset, and what its filters let through; for panes under the ready boundary. */
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useDataset } from '../../data/hooks';
import type { Visible } from '../../domain/filters';
import { visibleFor } from '../../domain/narrow-visible';
import { sanitizeView } from '../../url-state/sanitize-view';
import type { ViewState } from '../../url-state/view-state';
import { useNarrowing } from './use-narrowing';
import { useViewState, type UpdateView } from './use-view-state';

/**
 * The view with unknown ids dropped, and an updater. Selecting a claim also writes its article and entry,
 * so the URL says what the reader shows.
 */
export function useView(): [ViewState, UpdateView] {
  const { index } = useDataset();
  const [raw, update] = useViewState();
  const view = useMemo(() => sanitizeView(raw, index), [raw, index]);
  const updateWithClaim = useCallback<UpdateView>(
    (patch, options) => {
      const claim = patch.claim ? index.claims.get(patch.claim) : undefined;
      update(claim ? { ...patch, article: claim.articleId, entry: claim.entryId } : patch, options);
    },
    [index, update],
  );
  return [view, updateWithClaim];
}

/** What the views show, and whether it still lags the URL (a deferred render is on its way). */
export interface VisibleState {
  visible: Visible;
  updating: boolean;
}

/**
 * The claims, articles, feed rows, events and places matching the current filters (memoised per filter), then
 * narrowed by the search and the reviews (claims shown with their corrections, and matched by their corrected
 * claimants). Deferred: a filter change, a search answer or a review paints the control first, and the rows
 * follow in a render React may interrupt, so an input never waits for a pass over 50,000 claims and the views
 * built on it; `updating` says so in the meantime (the panes are `aria-busy`).
 */
export function useVisibleState(): VisibleState {
  const { index } = useDataset();
  const [view] = useView();
  const narrowing = useNarrowing(view);
  const shownView = useDeferredValue(view);
  const shownNarrowing = useDeferredValue(narrowing);
  return {
    visible: visibleFor(index, shownView, shownNarrowing),
    updating: shownView !== view || shownNarrowing !== narrowing,
  };
}

/** The rows the views show (see `useVisibleState`). */
export function useVisible(): Visible {
  return useVisibleState().visible;
}
