import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetQuery } from '../../src/data/queries';
import type { BaseData } from '../../src/data/local/local-data';
import { miniDataset } from '../fixtures/mini-dataset';

// What the stored data decides, released by each test when it chooses: the bundled data, or an opened file.
const stored = vi.hoisted(() => ({
  fetchesWhenRead: -1,
  release: (useBundled: boolean): void => void useBundled,
}));
vi.mock('../../src/data/local/load-local', () => ({
  loadWithLocal: async (loadBundled: () => Promise<Pick<BaseData, 'dataset' | 'skipped'>>) => {
    stored.fetchesWhenRead = fetchMock.mock.calls.length;
    const useBundled = await new Promise<boolean>((done) => (stored.release = done));
    if (!useBundled) return { dataset: miniDataset, opened: true };
    const { dataset } = await loadBundled();
    return { dataset, opened: false };
  },
}));

const fetchMock = vi.hoisted(() => vi.fn<(input: URL, init?: RequestInit) => Promise<Response>>());
beforeEach(() => {
  stored.fetchesWhenRead = -1;
  vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:4173/app/' });
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockImplementation(async () => new Response(JSON.stringify(miniDataset)));
});
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

const fetchOf = (client: QueryClient) => client.fetchQuery(datasetQuery()) as Promise<unknown>;

describe('the dataset download', () => {
  it('starts before the stored data is read, and its text is used when the bundled data is', async () => {
    const loaded = fetchOf(new QueryClient());
    // The stored data is being read, and the dataset was asked for already.
    await vi.waitFor(() => expect(stored.fetchesWhenRead).toBe(1));
    expect(String(fetchMock.mock.calls[0]![0])).toBe('http://127.0.0.1:4173/app/data/dataset.json');
    stored.release(true);
    expect(await loaded).toMatchObject({ opened: false, dataset: { claims: miniDataset.claims } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('is cancelled when an opened file stands in for the bundled data', async () => {
    const loaded = fetchOf(new QueryClient());
    await vi.waitFor(() => expect(stored.fetchesWhenRead).toBe(1));
    const signal = fetchMock.mock.calls[0]![1]!.signal!;
    expect(signal.aborted).toBe(false);
    stored.release(false);
    expect(await loaded).toMatchObject({ opened: true });
    expect(signal.aborted).toBe(true);
  });
});
