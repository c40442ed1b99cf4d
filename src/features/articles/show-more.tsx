/** Bounded rendering for long lists: a page of rows at a time, and a "Show more" button for the rest. */
import { useState } from 'react';

/** Rows shown per page of a list. */
export const PAGE_SIZE = 50;

/** How many rows of `list` to show, and a function showing one page more; back to one page when `list` changes. */
export function usePages(list: readonly unknown[]): [number, () => void] {
  const [state, setState] = useState({ list, pages: 1 });
  const pages = state.list === list ? state.pages : 1;
  return [pages * PAGE_SIZE, () => setState({ list, pages: pages + 1 })];
}

/** The button, or nothing when every row is shown. */
export function ShowMore({ total, shown, onMore }: { total: number; shown: number; onMore: () => void }) {
  if (shown >= total) return null;
  return (
    <button type="button" className="articles__more" onClick={onMore}>
      Show more ({(total - shown).toLocaleString('en-US')} left)
    </button>
  );
}
