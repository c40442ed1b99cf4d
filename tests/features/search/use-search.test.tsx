import { act, screen, waitFor } from '@testing-library/react';
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DatasetProvider } from '../../../src/data/dataset-provider';
import { useDataset } from '../../../src/data/hooks';
import type { SearchEngine, SearchResult } from '../../../src/features/search/search-engine';
import { searchIndexQuery } from '../../../src/features/search/search-query';
import { useSearch } from '../../../src/features/search/use-search';
import { renderLoaded } from '../../app/harness';

// An engine that answers only when the test says so.
function heldEngine() {
  const waiting = new Map<string, (result: SearchResult | null) => void>();
  const engine: SearchEngine = {
    size: 1,
    close: () => undefined,
    search: vi.fn((query: string) => new Promise<SearchResult | null>((done) => waiting.set(query, done))),
  };
  const answer = (query: string) =>
    act(async () => {
      waiting.get(query)!({ query, ranked: Int32Array.of(0), left: null, termsOf: () => undefined });
      await Promise.resolve();
    });
  return { engine, answer };
}

function Probe({ query, engine }: { query: string; engine: SearchEngine }) {
  const { index } = useDataset();
  const client = useQueryClient();
  // The index is in before the first search, as once the box had focus.
  useState(() => client.setQueryData(searchIndexQuery(index.articles).queryKey, engine));
  const search = useSearch(query);
  return (
    <p>{`${search.status} ${search.result?.query ?? 'none'} ${search.pending ? 'pending' : 'settled'}`}</p>
  );
}

describe('useSearch', () => {
  it('shows no matches of the words typed before the box was cleared', async () => {
    const { engine, answer } = heldEngine();
    const { client, rerender } = renderLoaded(<Probe query="bridge" engine={engine} />);
    const type = (query: string) =>
      rerender(
        <QueryClientProvider client={client}>
          <DatasetProvider>
            <Probe query={query} engine={engine} />
          </DatasetProvider>
        </QueryClientProvider>,
      );
    await waitFor(() => expect(engine.search).toHaveBeenCalledWith('bridge'));
    await answer('bridge');
    expect(screen.getByText('ready bridge settled')).toBeTruthy();
    type('');
    expect(screen.getByText('off none settled')).toBeTruthy();
    type('t');
    expect(screen.getByText('ready none pending')).toBeTruthy();
    await waitFor(() => expect(engine.search).toHaveBeenCalledWith('t'));
    await answer('t');
    expect(screen.getByText('ready t settled')).toBeTruthy();
  });
});
