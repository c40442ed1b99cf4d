/** The documents to index: `search-text.json` (every body, written by ingest) checked, and the texts held in this
 *  browser (added articles, an opened file), with the dataset's titles. */
import { DataLoadError, loadJsonAt } from '../../data/load-json';
import { SearchTextSchema } from '../../domain/search-text';
import { describeIssues } from '../../domain/validation-report';
import type { SearchDoc } from './search-core';

/** An article text held in this browser. */
export interface HeldText {
  id: string;
  text: string;
}

/**
 * Fetches and checks the search text at `url` (none for an opened dataset file, whose bodies are all held) and adds
 * `held`; only articles with a title here (kept by the dataset) are indexed.
 */
export async function loadSearchDocs(
  url: URL | null,
  file: string,
  titles: readonly (readonly [string, string])[],
  held: readonly HeldText[] = [],
): Promise<SearchDoc[]> {
  let rows: readonly HeldText[] = held;
  if (url) {
    const parsed = SearchTextSchema.safeParse(await loadJsonAt(url, file));
    if (!parsed.success) throw new DataLoadError(file, describeIssues(parsed.error).slice(0, 5));
    rows = [...parsed.data.articles, ...held];
  }
  const titleOf = new Map(titles.map(([id, title], at) => [id, { at, title }]));
  // Only articles the dataset kept are searchable, so a match always has a card to show.
  return rows.flatMap((row) => {
    const titled = titleOf.get(row.id);
    return titled === undefined ? [] : [{ at: titled.at, title: titled.title, text: row.text }];
  });
}
