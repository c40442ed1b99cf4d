/**
 * Full-text search of article titles and texts with MiniSearch, in a Web Worker: the index is built and queried off
 * the page's thread, so typing paints at once and results follow. Where there is no Worker (jsdom), the same code
 * runs in the page, loaded as its own chunk. Neither path is in the initial bundle.
 */
import { DataLoadError } from '../../data/load-json';
import type { Found } from './search-core';
import type { HeldText } from './search-docs';
import type { FromWorker, ToWorker } from './search-protocol';

/**
 * What a search found: the positions in the dataset's articles of the articles it matched, best first (null when
 * no word of the query applies), and per article the indexed words that matched; `left` is a last word left out as
 * no word of the texts yet.
 */
export interface SearchResult {
  query: string;
  ranked: Int32Array | null;
  left: string | null;
  /** The words an article matched, by its position in the dataset's articles; undefined if it did not match. */
  termsOf: (position: number) => readonly string[] | undefined;
}

/** A built index. `search` resolves with the answer to the newest query only; older ones resolve with null. */
export interface SearchEngine {
  search(query: string): Promise<SearchResult | null>;
  size: number;
  /** Frees the index (a new dataset gets its own). */
  close(): void;
}

/** Where the texts are (`url` null when every body is held here) and the dataset's titles (only these are indexed). */
export interface SearchSource {
  url: URL | null;
  file: string;
  titles: [id: string, title: string][];
  held: HeldText[];
}

/** A query's plain answer with its matched words looked up on demand (only an opened article needs them). */
export function toResult(found: Found): SearchResult {
  let rankOf: Map<number, number> | null = null;
  return {
    query: found.query,
    ranked: found.ranked,
    left: found.left,
    termsOf: (position) => {
      rankOf ??= new Map(Array.from(found.ranked ?? [], (at, i) => [at, i]));
      const i = rankOf.get(position);
      if (i === undefined) return undefined;
      return Array.from(
        found.termAt.subarray(found.termStart[i], found.termStart[i + 1]),
        (t) => found.terms[t]!,
      );
    },
  };
}

function inWorker(source: SearchSource): Promise<SearchEngine> {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  let newest: { query: string; resolve: (result: SearchResult | null) => void } | null = null;
  return new Promise((resolve, reject) => {
    worker.onerror = () =>
      reject(new DataLoadError(source.file, ['the search could not start in this browser']));
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'failed') {
        worker.terminate();
        reject(new DataLoadError(data.file, data.problems));
      } else if (data.type === 'ready') {
        resolve({
          size: data.size,
          close: () => worker.terminate(),
          search(query) {
            // A newer query makes the one still waiting stale: it resolves with nothing.
            newest?.resolve(null);
            return new Promise((done) => {
              newest = { query, resolve: done };
              worker.postMessage({ type: 'search', query } satisfies ToWorker);
            });
          },
        });
      } else if (newest?.query === data.found.query) {
        newest.resolve(toResult(data.found));
        newest = null;
      }
    };
    worker.postMessage({
      type: 'build',
      url: source.url?.href ?? null,
      file: source.file,
      titles: source.titles,
      held: source.held,
    } satisfies ToWorker);
  });
}

async function inPage(source: SearchSource): Promise<SearchEngine> {
  const [{ createIndex, runQuery }, { loadSearchDocs }] = await Promise.all([
    import('./search-core'),
    import('./search-docs'),
  ]);
  const docs = await loadSearchDocs(source.url, source.file, source.titles, source.held);
  const index = createIndex(docs);
  return {
    size: docs.length,
    close: () => undefined,
    search: (query) => Promise.resolve(toResult(runQuery(index, query))),
  };
}

/** Starts the search over `source`: in a worker where the browser has them, else in the page. */
export function startSearchEngine(source: SearchSource): Promise<SearchEngine> {
  return typeof Worker === 'undefined' ? inPage(source) : inWorker(source);
}
