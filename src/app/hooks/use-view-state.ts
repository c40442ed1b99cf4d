/**
 * The view lives in the URL: this hook reads it from `window.location` and writes it with the History API,
 * so a copied link reproduces the view and Back undoes a selection.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { sameItems } from '../../domain/same-items';
import { parseView, serializeView } from '../../url-state/url-codec';
import type { ViewState } from '../../url-state/view-state';

/** How a view change enters history: pushed (Back undoes it) or replacing the current entry (drags, map moves). */
export interface UpdateOptions {
  replace?: boolean;
}

/** Applies a patch to the view in the URL. */
export type UpdateView = (patch: Partial<ViewState>, options?: UpdateOptions) => void;

const listeners = new Set<() => void>();
let cachedSearch: string | null = null;
let cachedView: ViewState = parseView('');

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

/**
 * `next` with each list that has the same ids as in `previous` replaced by that list, so a change elsewhere in the
 * URL (a typed search) leaves the filters' lists, and everything memoised on them, as they were.
 */
function keepLists(next: ViewState, previous: ViewState): ViewState {
  const kept = { ...next };
  for (const key of Object.keys(next) as (keyof ViewState)[]) {
    const [now, before] = [next[key], previous[key]];
    if (Array.isArray(now) && Array.isArray(before) && sameItems(now, before))
      Object.assign(kept, { [key]: before });
  }
  return kept;
}

/** The view in the URL now; parsed once per distinct query string, so readers share one object until it changes. */
export function currentView(): ViewState {
  const search = window.location.search;
  if (search !== cachedSearch) {
    cachedSearch = search;
    cachedView = keepLists(parseView(search), cachedView);
  }
  return cachedView;
}

/** Writes `patch` into the URL; a change that leaves the URL as it is adds no history entry. */
export const updateView: UpdateView = (patch, options = {}) => {
  const search = serializeView({ ...currentView(), ...patch });
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (options.replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(window.history.state, '', url);
  notify();
};

/** The view as the URL says (ids not yet checked against the dataset), and a function to change it. */
export function useViewState(): [ViewState, UpdateView] {
  const view = useSyncExternalStore(subscribe, currentView);
  return [view, useCallback<UpdateView>((patch, options) => updateView(patch, options), [])];
}
