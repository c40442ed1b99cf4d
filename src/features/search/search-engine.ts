/**
 * Full-text search of article titles and texts with MiniSearch, loaded as its own chunk on first use so the
 * initial bundle does not carry it. Words are split the same way for the index and for the reader's highlights.
 */
import type MiniSearch from 'minisearch';

/** What separates words: white space, punctuation and symbols (a character class, never built from user input). */
export const SEPARATOR_CLASS = '\\n\\r\\p{Z}\\p{P}\\p{S}';
const SEPARATOR = new RegExp(`[${SEPARATOR_CLASS}]+`, 'u');

/** One searchable article. */
export interface SearchDoc {
  id: string;
  title: string;
  text: string;
}

/** What a search found: article ids best first, and per article the indexed words that matched. */
export interface SearchResult {
  ranked: string[];
  termsOf: (id: string) => readonly string[] | undefined;
}

/** A built index. */
export interface SearchEngine {
  search(query: string): SearchResult;
  size: number;
}

/** Lower-case words of `text` as the index stores them. */
export function tokenize(text: string): string[] {
  return text.split(SEPARATOR).filter((t) => t !== '');
}

/** Builds the index in chunks (the page stays responsive meanwhile) and resolves with a search function. */
export async function buildSearchEngine(docs: readonly SearchDoc[]): Promise<SearchEngine> {
  const { default: MiniSearchClass } = await import('minisearch');
  const index: MiniSearch<SearchDoc> = new MiniSearchClass<SearchDoc>({
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
  await index.addAllAsync([...docs], { chunkSize: 500 });
  return {
    size: docs.length,
    search(query) {
      const results = query.trim() ? index.search(query) : [];
      // Only an opened article needs its matched words: look them up then, not for every match per keystroke.
      let terms: Map<string, readonly string[]> | null = null;
      return {
        ranked: results.map((r) => String(r.id)),
        termsOf: (id) => {
          terms ??= new Map(results.map((r) => [String(r.id), r.terms]));
          return terms.get(id);
        },
      };
    },
  };
}
