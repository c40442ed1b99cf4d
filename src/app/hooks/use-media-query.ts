/** Whether a CSS media query matches, kept in sync as the window changes. */
import { useCallback, useSyncExternalStore } from 'react';

/** Below this width the panes stack behind tabs and the filters fold. */
export const PHONE_QUERY = '(max-width: 760px)';

// One list per query, and its answer kept: `matchMedia` builds a new list on each call, reading `matches` can make
// the browser bring style up to date first, and the snapshot is read on every render. The answer is refreshed when
// the list says it changed. (Kept per `matchMedia` function, so a test that stubs it gets lists of its own.)
interface Watched {
  list: MediaQueryList;
  matches: boolean;
}
let lists = new Map<string, Watched>();
let listsOf: typeof window.matchMedia | null = null;
function watchedFor(query: string): Watched | null {
  if (typeof window.matchMedia !== 'function') return null;
  if (listsOf !== window.matchMedia) {
    listsOf = window.matchMedia;
    lists = new Map();
  }
  let watched = lists.get(query);
  if (!watched) {
    const list = window.matchMedia(query);
    const entry: Watched = { list, matches: list.matches };
    list.addEventListener('change', () => (entry.matches = list.matches));
    lists.set(query, (watched = entry));
  }
  return watched;
}

/** True while `query` matches; false where `matchMedia` is missing (tests, very old browsers). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = watchedFor(query)?.list;
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => watchedFor(query)?.matches ?? false);
}
