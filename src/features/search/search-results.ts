/**
 * The answer to the typed query, shared by every pane: one search per query, the newest answer kept, stale ones
 * dropped. A tiny external store, since the answer arrives after the render that asked for it.
 */
import { sameItems } from '../../domain/same-items';
import type { SearchEngine, SearchResult } from './search-engine';

let asked: { engine: SearchEngine; query: string } | null = null;
let answered: { engine: SearchEngine; result: SearchResult } | null = null;
const listeners = new Set<() => void>();

/** Asks `engine` for `query` unless it was the last question; the answer replaces the previous one. */
export function askSearch(engine: SearchEngine, query: string): void {
  if (asked?.engine === engine && asked.query === query) return;
  const question = { engine, query };
  asked = question;
  void engine.search(query).then((result) => {
    if (result === null || asked !== question) return;
    // The same articles as before ("troo" after "tro") keep the same array, so nothing downstream is redone.
    const before = answered?.engine === engine ? answered.result.ranked : null;
    answered = {
      engine,
      result: sameRanking(before, result.ranked) ? { ...result, ranked: before } : result,
    };
    for (const listener of listeners) listener();
  });
}

function sameRanking(a: Int32Array | null, b: Int32Array | null): boolean {
  return a !== null && b !== null && sameItems(a, b);
}

/**
 * Drops the question and answer in hand, when the box is cleared: the next search must not show, for a keystroke,
 * the matches of the words typed before the clear (they narrowed every view, only to widen again).
 */
export function forgetAnswers(): void {
  if (asked === null && answered === null) return;
  asked = null;
  answered = null;
  for (const listener of listeners) listener();
}

/** The newest answer of `engine` (for any query; compare `result.query`), or null before the first. */
export function latestResult(engine: SearchEngine | undefined): SearchResult | null {
  return engine && answered?.engine === engine ? answered.result : null;
}

/** The store's snapshot and subscription (for useSyncExternalStore). */
export function answeredSnapshot(): typeof answered {
  return answered;
}

/** Subscribes to new answers. */
export function subscribeResults(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
