/** Messages between the page and the search worker. */
import type { Found } from './search-core';
import type { HeldText } from './search-docs';

/** Page to worker: build the index (the worker fetches the texts), or run a query. */
export type ToWorker =
  | {
      type: 'build';
      url: string | null;
      file: string;
      titles: [id: string, title: string][];
      held: HeldText[];
    }
  | { type: 'search'; query: string };

/** Worker to page: the index is ready (or could not be built), or a query's answer. */
export type FromWorker =
  | { type: 'ready'; size: number }
  | { type: 'failed'; file: string; problems: string[] }
  | { type: 'found'; found: Found };
