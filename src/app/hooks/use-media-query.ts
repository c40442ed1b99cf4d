/** Whether a CSS media query matches, kept in sync as the window changes. */
import { useCallback, useSyncExternalStore } from 'react';

/** Below this width the panes stack behind tabs and the filters fold. */
export const PHONE_QUERY = '(max-width: 760px)';

/** True while `query` matches; false where `matchMedia` is missing (tests, very old browsers). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () =>
    typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : false,
  );
}
