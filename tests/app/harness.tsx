/** Shared set-up for app tests: a fetch that serves the mini dataset, and providers around a component. */
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { createQueryClient } from '../../src/app/query-client';
import { flushView } from '../../src/app/hooks/use-view-state';
import { DatasetProvider } from '../../src/data/dataset-provider';
import { bundledOnly } from '../../src/data/local/local-data';
import { datasetQuery } from '../../src/data/queries';
import { buildIndex } from '../../src/domain/dataset-index';
import { miniBodies, miniDataset } from '../fixtures/mini-dataset';

/** What the stub serves at a path: JSON, or a response of its own. */
export type Served = unknown | (() => Response);

/** The mini dataset and its bodies, by path relative to the page. */
export function miniFiles(): Record<string, Served> {
  const files: Record<string, Served> = { 'data/dataset.json': structuredClone(miniDataset) };
  for (const [id, body] of Object.entries(miniBodies)) files[`data/articles/${id}.json`] = body;
  return files;
}

/** Replaces `fetch` with one that serves `files` (404 for anything else) and records the paths asked for. */
export function stubFetch(files: Record<string, Served>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const path = new URL(String(input)).pathname.replace(/^\//, '');
    const served = files[path];
    if (served === undefined) return new Response('not found', { status: 404 });
    if (typeof served === 'function') return (served as () => Response)();
    return new Response(JSON.stringify(served), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Puts the page at `search` without adding history. */
export function visit(search: string): void {
  // A change left waiting by the test before is written first, so it cannot stand in for this address.
  flushView();
  window.history.replaceState(null, '', `/${search}`);
}

/** Renders `ui` under a query client that already holds the mini dataset (as after the ready boundary). */
export function renderLoaded(ui: ReactNode) {
  const client = createQueryClient();
  const dataset = structuredClone(miniDataset);
  client.setQueryData(datasetQuery().queryKey, {
    dataset,
    index: buildIndex(dataset),
    skipped: [],
    local: bundledOnly(dataset, []),
  });
  return {
    client,
    ...render(
      <QueryClientProvider client={client}>
        <DatasetProvider>{ui}</DatasetProvider>
      </QueryClientProvider>,
    ),
  };
}
