import { describe, expect, it, vi } from 'vitest';
import type { SearchEngine, SearchResult } from '../../../src/features/search/search-engine';
import { askSearch, latestResult, subscribeResults } from '../../../src/features/search/search-results';

// An engine whose answers arrive when the test says, in any order.
function slowEngine() {
  const waiting = new Map<string, (result: SearchResult | null) => void>();
  const engine: SearchEngine = {
    size: 2,
    close: () => undefined,
    search: vi.fn((query: string) => new Promise<SearchResult | null>((done) => waiting.set(query, done))),
  };
  const answer = async (query: string) => {
    waiting.get(query)!({ query, ranked: Int32Array.of(query.length), left: null, termsOf: () => undefined });
    await Promise.resolve();
  };
  return { engine, answer };
}

describe('search results', () => {
  it('keeps the newest answer and drops one that arrives after a newer query was asked', async () => {
    const { engine, answer } = slowEngine();
    const told = vi.fn();
    const stop = subscribeResults(told);
    askSearch(engine, 'pon');
    askSearch(engine, 'pon');
    expect(engine.search).toHaveBeenCalledTimes(1);
    askSearch(engine, 'pont');
    await answer('pont');
    expect(latestResult(engine)?.query).toBe('pont');
    await answer('pon');
    expect(latestResult(engine)?.query).toBe('pont');
    expect(told).toHaveBeenCalledTimes(1);
    expect(latestResult(slowEngine().engine)).toBeNull();
    stop();
  });
});
