/**
 * The search worker: fetches the texts, builds the index and answers queries off the page's thread, so a
 * keystroke paints at once. Queries that arrive while one runs are coalesced: only the newest is answered.
 */
import { DataLoadError } from '../../data/load-json';
import { createIndex, runQuery } from './search-core';
import { loadSearchDocs } from './search-docs';
import type { FromWorker, ToWorker } from './search-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage: (message: FromWorker, transfer?: Transferable[]) => void;
};

let index: ReturnType<typeof createIndex> | null = null;
let waiting: string | null = null;

function answer(): void {
  const query = waiting;
  if (query === null || !index) return;
  waiting = null;
  const found = runQuery(index, query);
  const buffers = [found.termStart.buffer, found.termAt.buffer];
  scope.postMessage({ type: 'found', found }, found.ranked ? [...buffers, found.ranked.buffer] : buffers);
}

scope.onmessage = ({ data }) => {
  if (data.type === 'search') {
    // Later messages already queued run first; then the newest query is answered.
    const first = waiting === null;
    waiting = data.query;
    if (first) setTimeout(answer, 0);
    return;
  }
  loadSearchDocs(data.url === null ? null : new URL(data.url), data.file, data.titles, data.held).then(
    (docs) => {
      index = createIndex(docs);
      scope.postMessage({ type: 'ready', size: docs.length });
      if (waiting !== null) answer();
    },
    (error: unknown) =>
      scope.postMessage({
        type: 'failed',
        file: data.file,
        problems: error instanceof DataLoadError ? error.problems : [String(error)],
      }),
  );
};
