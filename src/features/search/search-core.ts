/**
 * The MiniSearch index and its queries, shared by the search worker and the in-page fallback; a query's answer
 * is plain data (article positions and typed arrays) so it crosses from the worker cheaply.
 */
import MiniSearch from 'minisearch';
import { PREFIX_FROM, tokenize } from './search-words';

/** One searchable article; `at` is its position among the titles the page sent (the dataset's articles). */
export interface SearchDoc {
  at: number;
  title: string;
  text: string;
}

/**
 * What a query found: the articles' positions best first (null when no word of it applies), and per article the
 * indexed words that matched, as positions in `terms` (article i matched `terms[termAt[k]]` for k from
 * `termStart[i]` to `termStart[i + 1] - 1`). `left` is a last word left out because it is no word of the texts yet
 * (see `runQuery`). Positions, not ids: they cross from the worker as one buffer, and the page narrows by them.
 */
export interface Found {
  query: string;
  ranked: Int32Array | null;
  left: string | null;
  terms: string[];
  termStart: Int32Array;
  termAt: Int32Array;
}

/** Builds the index over `docs`. */
export function createIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>({
    idField: 'at',
    fields: ['title', 'text'],
    tokenize,
    processTerm: (term) => term.toLowerCase(),
    searchOptions: {
      boost: { title: 2 },
      combineWith: 'AND',
      // The last word is still being typed: match its prefix. Long words forgive one typo ("Yelyna").
      // Two letters would expand to most of the vocabulary; from three on a prefix narrows.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= PREFIX_FROM,
      fuzzy: (term) => (term.length >= 6 ? 1 : false),
    },
  });
  index.addAll(docs);
  return index;
}

/**
 * Runs `query` on `index`. A last word too short to match as a prefix that is no word of the texts ("tr" on the
 * way to "troops") is left out rather than emptying every view for a keystroke; a short word the texts have ("US")
 * applies as typed.
 */
export function runQuery(index: MiniSearch<SearchDoc>, query: string): Found {
  const words = tokenize(query);
  const last = words.at(-1);
  const left =
    last && last.length < PREFIX_FROM && index.search(last, { prefix: false, fuzzy: false }).length === 0
      ? last
      : null;
  const applied = left ? words.slice(0, -1) : words;
  const results = applied.length ? index.search(applied.join(' ')) : [];
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
  return {
    query,
    ranked: applied.length ? Int32Array.from(results, (r) => r.id as number) : null,
    left,
    terms,
    termStart,
    termAt: Int32Array.from(at),
  };
}
