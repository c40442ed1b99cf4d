/**
 * The view lives in the URL: this hook reads it from `window.location` and writes it with the History API,
 * so a copied link reproduces the view and Back undoes a selection. A change that replaces the entry (a typed
 * search, a dragged range, a moved map) shows at once and reaches the URL after a pause: one `replaceState` per
 * pause rather than per keystroke, since the browser's history call can take tens of milliseconds on a busy
 * machine, in the keystroke's own frame.
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

/** How long a replacing change waits for the next one before it is written to the URL. */
export const REPLACE_PAUSE_MS = 400;

const listeners = new Set<() => void>();
let cachedSearch: string | null = null;
let cachedView: ViewState = parseView('');
/** The query string a replacing change has set and the URL does not hold yet. */
let pending: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function notify(): void {
  for (const listener of listeners) listener();
}

/** The query string the view is read from: the one waiting to be written, else the URL's. */
function shownSearch(): string {
  return pending ?? window.location.search;
}

function urlWith(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

/** Writes a waiting replacing change into the current history entry now (before a push, a copied link, a hidden page). */
export function flushView(): void {
  if (pending === null) return;
  clearTimeout(timer);
  const search = pending;
  pending = null;
  if (search !== window.location.search)
    window.history.replaceState(window.history.state, '', urlWith(search));
}

/** Back or Forward went to another entry: a change waiting for the one left behind no longer applies. */
function onPopState(): void {
  clearTimeout(timer);
  pending = null;
  notify();
}

/** The page's address with the view as shown, for "Copy link". */
export function viewLink(): string {
  flushView();
  return window.location.href;
}

function onHidden(): void {
  if (document.visibilityState === 'hidden') flushView();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('popstate', onPopState);
    window.addEventListener('pagehide', flushView);
    document.addEventListener('visibilitychange', onHidden);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', flushView);
      document.removeEventListener('visibilitychange', onHidden);
    }
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

/** The view now; parsed once per distinct query string, so readers share one object until it changes. */
export function currentView(): ViewState {
  const search = shownSearch();
  if (search !== cachedSearch) {
    cachedSearch = search;
    cachedView = keepLists(parseView(search), cachedView);
  }
  return cachedView;
}

/**
 * Applies `patch` to the view; a change that leaves the view as it is adds no history entry. A push first writes
 * a waiting replacing change, so Back returns to the view as it was shown.
 */
export const updateView: UpdateView = (patch, options = {}) => {
  const search = serializeView({ ...currentView(), ...patch });
  if (search === shownSearch()) return;
  if (options.replace) {
    pending = search;
    clearTimeout(timer);
    timer = setTimeout(flushView, REPLACE_PAUSE_MS);
  } else {
    flushView();
    window.history.pushState(window.history.state, '', urlWith(search));
  }
  notify();
};

/** The view as the URL says (ids not yet checked against the dataset), and a function to change it. */
export function useViewState(): [ViewState, UpdateView] {
  const view = useSyncExternalStore(subscribe, currentView);
  return [view, useCallback<UpdateView>((patch, options) => updateView(patch, options), [])];
}
