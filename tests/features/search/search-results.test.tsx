import { describe, expect, it, vi } from 'vitest';
import type { SearchEngine, SearchResult } from '../../../src/features/search/search-engine';
import {
  askSearch,
  forgetAnswers,
  latestResult,
  subscribeResults,
} from '../../../src/features/search/search-results';

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

  it('forgets the answer when the box is cleared, and drops an answer to a question asked before', async () => {
    const { engine, answer } = slowEngine();
    askSearch(engine, 'bridge');
    await answer('bridge');
    askSearch(engine, 'bridges');
    const told = vi.fn();
    const stop = subscribeResults(told);
    forgetAnswers();
    expect(latestResult(engine)).toBeNull();
    expect(told).toHaveBeenCalledTimes(1);
    forgetAnswers();
    expect(told).toHaveBeenCalledTimes(1);
    await answer('bridges');
    expect(latestResult(engine)).toBeNull();
    // The same words typed again after the clear are asked again, not taken as the question in hand.
    askSearch(engine, 'bridge');
    expect(engine.search).toHaveBeenCalledTimes(3);
    await answer('bridge');
    expect(latestResult(engine)?.query).toBe('bridge');
    stop();
  });
});
