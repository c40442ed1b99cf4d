import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError, loadJson } from '../../src/data/load-json';
import { articleBodyQuery, datasetQuery } from '../../src/data/queries';
import { IDS, miniBodies, miniDataset } from '../fixtures/mini-dataset';

const fetchMock = vi.fn<(input: URL) => Promise<Response>>();

beforeEach(() => {
  // The app is served from a sub-path; data files resolve against the page, not the site root.
  vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:4173/reports/ukraine/?claim=x' });
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

const json = (value: unknown) => new Response(JSON.stringify(value));

async function failure(promise: Promise<unknown>): Promise<DataLoadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DataLoadError)) throw new Error(`expected a DataLoadError, got ${String(error)}`);
  return error;
}

describe('loadJson', () => {
  it('fetches relative to the page', async () => {
    fetchMock.mockResolvedValue(json({ a: 1 }));
    expect(await loadJson('data/dataset.json')).toEqual({ a: 1 });
    expect(String(fetchMock.mock.calls[0]![0])).toBe('http://127.0.0.1:4173/reports/ukraine/data/dataset.json');
  });

  it('counts the bytes of each chunk as it arrives and parses the whole body once', async () => {
    const encoded = new TextEncoder().encode(JSON.stringify({ note: 'a long “quoted” line', n: [1, 2, 3] }));
    // Split inside the multi-byte quote mark: only the whole body is decoded.
    const cut = encoded.indexOf(0xe2) + 1;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoded.slice(0, cut));
        controller.enqueue(encoded.slice(cut));
        controller.close();
      },
    });
    fetchMock.mockResolvedValue(new Response(body, { headers: { 'content-length': String(encoded.length) } }));
    const seen: [number, number | null][] = [];
    const parsed = await loadJson('data/dataset.json', undefined, (loaded, total) => seen.push([loaded, total]));
    expect(parsed).toEqual({ note: 'a long “quoted” line', n: [1, 2, 3] });
    expect(seen).toEqual([
      [cut, encoded.length],
      [encoded.length, encoded.length],
    ]);
  });

  it('reports no total for a compressed response (its length is not the bytes read)', async () => {
    const text = JSON.stringify({ a: 1 });
    fetchMock.mockResolvedValue(
      new Response(text, { headers: { 'content-length': '3', 'content-encoding': 'gzip' } }),
    );
    const seen: (number | null)[] = [];
    expect(await loadJson('data/dataset.json', undefined, (_, total) => seen.push(total))).toEqual({ a: 1 });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((total) => total === null)).toBe(true);
  });

  it.each([
    ['a 404', () => Promise.resolve(new Response('', { status: 404 })), /was not found \(HTTP 404\); run "npm run ingest"/],
    ['a 500', () => Promise.resolve(new Response('', { status: 500 })), /the server answered HTTP 500/],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), /could not be reached/],
    ['HTML instead of JSON', () => Promise.resolve(new Response('<!doctype html>')), /is not valid JSON/],
  ])('names the file on %s', async (_, respond, message) => {
    fetchMock.mockImplementation(respond);
    const error = await failure(loadJson('data/dataset.json'));
    expect(error.file).toBe('data/dataset.json');
    expect(error.problems[0]).toMatch(message);
  });
});

describe('datasetQuery / articleBodyQuery', () => {
  it('validates and indexes the dataset', async () => {
    fetchMock.mockResolvedValue(json(miniDataset));
    const loaded = await new QueryClient().fetchQuery(datasetQuery());
    expect(loaded.index.claims.size).toBe(miniDataset.claims.length);
    expect(loaded.skipped).toEqual([]);
  });

  it('fails with the validation problems of a dataset it cannot read', async () => {
    fetchMock.mockResolvedValue(json({ ...miniDataset, schemaVersion: 7 }));
    const error = await failure(new QueryClient().fetchQuery(datasetQuery()));
    expect(error.problems[0]).toMatch(/^schemaVersion: is 7/);
  });

  it('loads a body from its own file, and rejects a body of another article', async () => {
    fetchMock.mockResolvedValueOnce(json(miniBodies[IDS.kyiv]));
    const client = new QueryClient();
    const loaded = await client.fetchQuery(articleBodyQuery(IDS.kyiv));
    expect(loaded.body.text).toBe(miniBodies[IDS.kyiv]!.text);
    expect(String(fetchMock.mock.calls[0]![0])).toMatch(new RegExp(`/reports/ukraine/data/articles/${IDS.kyiv}\\.json$`));
    fetchMock.mockResolvedValueOnce(json(miniBodies[IDS.kyiv]));
    const error = await failure(client.fetchQuery(articleBodyQuery(IDS.ap)));
    expect(error.file).toBe(`data/articles/${IDS.ap}.json`);
    expect(error.problems[0]).toContain('belongs to');
  });
});
