/**
 * The MiniSearch index and its queries, shared by the search worker and the in-page fallback; a query's answer
 * is plain data (ids and typed arrays) so it crosses from the worker cheaply.
 */
import MiniSearch from 'minisearch';
import { tokenize } from './search-words';

/** One searchable article. */
export interface SearchDoc {
  id: string;
  title: string;
  text: string;
}

/**
 * What a query found: article ids best first, and per article the indexed words that matched, as positions in
 * `terms` (article i matched `terms[termAt[k]]` for k from `termStart[i]` to `termStart[i + 1] - 1`).
 */
export interface Found {
  query: string;
  ranked: string[];
  terms: string[];
  termStart: Int32Array;
  termAt: Int32Array;
}

/** Builds the index over `docs`. */
export function createIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'text'],
    tokenize,
    processTerm: (term) => term.toLowerCase(),
    searchOptions: {
      boost: { title: 2 },
      combineWith: 'AND',
      // The last word is still being typed: match its prefix. Long words forgive one typo ("Yelyna").
      // Two letters would expand to most of the vocabulary; from three on a prefix narrows.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      fuzzy: (term) => (term.length >= 6 ? 1 : false),
    },
  });
  index.addAll(docs);
  return index;
}

/** Runs `query` on `index`. */
export function runQuery(index: MiniSearch<SearchDoc>, query: string): Found {
  const results = query.trim() ? index.search(query) : [];
  const terms: string[] = [];
  const termPosition = new Map<string, number>();
  const termStart = new Int32Array(results.length + 1);
  const at: number[] = [];
  results.forEach((result, i) => {
    for (const term of result.terms) {
      let position = termPosition.get(term);
      if (position === undefined) termPosition.set(term, (position = terms.push(term) - 1));
      at.push(position);
    }
    termStart[i + 1] = at.length;
  });
  return { query, ranked: results.map((r) => String(r.id)), terms, termStart, termAt: Int32Array.from(at) };
}
