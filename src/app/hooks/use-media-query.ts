/** Whether a CSS media query matches, kept in sync as the window changes. */
import { useCallback, useSyncExternalStore } from 'react';

/** Below this width the panes stack behind tabs and the filters fold. */
export const PHONE_QUERY = '(max-width: 760px)';

// One list per query: `matchMedia` builds a new one on each call, and the snapshot is read on every render.
// (Kept per `matchMedia` function, so a test that stubs it gets lists of its own.)
let lists = new Map<string, MediaQueryList>();
let listsOf: typeof window.matchMedia | null = null;
function listFor(query: string): MediaQueryList | null {
  if (typeof window.matchMedia !== 'function') return null;
  if (listsOf !== window.matchMedia) {
    listsOf = window.matchMedia;
    lists = new Map();
  }
  let list = lists.get(query);
  if (!list) lists.set(query, (list = window.matchMedia(query)));
  return list;
}

/** True while `query` matches; false where `matchMedia` is missing (tests, very old browsers). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = listFor(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => listFor(query)?.matches ?? false);
}
