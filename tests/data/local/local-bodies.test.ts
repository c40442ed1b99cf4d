import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { composeLoaded } from '../../../src/data/local/compose';
import { DataLoadError } from '../../../src/data/load-json';
import { articleBodyQuery, datasetQuery } from '../../../src/data/queries';
import { IDS, miniBodies, miniDataset } from '../../fixtures/mini-dataset';

const kyiv = miniBodies[IDS.kyiv]!;
const added = { content: { dataset: miniDataset, bodies: [kyiv] }, skipped: [] };
const empty = { ...miniDataset, articles: [], claims: [], events: [], outlets: [] };

afterEach(() => vi.unstubAllGlobals());

describe('bodies held in the browser', () => {
  test('an added article is read from the store, never fetched', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient();
    const base = { source: { kind: 'bundled' } as const, dataset: empty, skipped: [], bodies: [] };
    client.setQueryData(datasetQuery().queryKey, composeLoaded(base, added));
    const loaded = await client.fetchQuery(articleBodyQuery(IDS.kyiv));
    expect(loaded.body).toBe(kyiv);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  test('with an opened file, a body it lacks is an error naming the file, not a fetch of the bundled one', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient();
    const base = { source: { kind: 'file', name: 'shared.json' } as const, dataset: miniDataset, skipped: [], bodies: [kyiv] };
    client.setQueryData(datasetQuery().queryKey, composeLoaded(base, null));
    expect((await client.fetchQuery(articleBodyQuery(IDS.kyiv))).body).toBe(kyiv);
    const error = await client.fetchQuery(articleBodyQuery(IDS.ap)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error).toMatchObject({ file: 'shared.json', problems: ['holds no text for this article'] });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
