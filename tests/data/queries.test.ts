import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError, loadJson, loadRows } from '../../src/data/load-json';
import { toRowsPerLine } from '../../src/domain/rows-per-line';
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

const FILE = 'data/dataset.json';
const rowsOf = (onBytes: (loaded: number, total: number | null) => void) =>
  loadRows(new URL(FILE, document.baseURI), FILE, new AbortController().signal, onBytes);

function streamed(chunks: Uint8Array[], fail = false): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (fail) controller.error(new TypeError('network error'));
      else controller.close();
    },
  });
}

describe('loadRows', () => {
  it('counts the bytes of each chunk as it arrives and reads rows cut anywhere, even inside a character', async () => {
    const value = { note: 'a long “quoted” line', rows: [{ n: 1 }, { n: 2, s: '“x”' }, { n: 3 }] };
    const encoded = new TextEncoder().encode(toRowsPerLine(value));
    const cut = encoded.lastIndexOf(0xe2) + 1;
    fetchMock.mockResolvedValue(
      new Response(streamed([encoded.slice(0, 7), encoded.slice(7, cut), encoded.slice(cut)]), {
        headers: { 'content-length': String(encoded.length) },
      }),
    );
    const seen: [number, number | null][] = [];
    expect(await rowsOf((loaded, total) => seen.push([loaded, total]))).toEqual(value);
    expect(seen).toEqual([
      [7, encoded.length],
      [cut, encoded.length],
      [encoded.length, encoded.length],
    ]);
    expect(String(fetchMock.mock.calls[0]![0])).toBe('http://127.0.0.1:4173/reports/ukraine/data/dataset.json');
  });

  it('reports no total for a compressed response (its length is not the bytes read)', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ a: 1 }), { headers: { 'content-length': '3', 'content-encoding': 'gzip' } }),
    );
    const seen: (number | null)[] = [];
    expect(await rowsOf((_, total) => seen.push(total))).toEqual({ a: 1 });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((total) => total === null)).toBe(true);
  });

  it.each([
    ['a body cut short', () => new Response(toRowsPerLine({ rows: [1, 2] }).slice(0, -4)), /is not valid JSON/],
    ['HTML instead of JSON', () => new Response('<!doctype html>\n<p>[</p>'), /is not valid JSON/],
    [
      'a connection that drops',
      () => new Response(streamed([new TextEncoder().encode('{"rows":[\n1,\n')], true)),
      /could not be read to the end/,
    ],
    ['a 404', () => new Response('', { status: 404 }), /was not found \(HTTP 404\)/],
  ])('names the file on %s', async (_, respond, message) => {
    fetchMock.mockImplementation(() => Promise.resolve(respond()));
    const error = await failure(rowsOf(() => undefined));
    expect(error.file).toBe(FILE);
    expect(error.problems[0]).toMatch(message);
  });
});

describe('loadJson', () => {
  it('fetches relative to the page', async () => {
    fetchMock.mockResolvedValue(json({ a: 1 }));
    expect(await loadJson('data/dataset.json')).toEqual({ a: 1 });
    expect(String(fetchMock.mock.calls[0]![0])).toBe('http://127.0.0.1:4173/reports/ukraine/data/dataset.json');
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
