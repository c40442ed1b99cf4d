/** The documents to index: `search-text.json` (every body, written by ingest) checked, with the dataset's titles. */
import { DataLoadError, loadJsonAt } from '../../data/load-json';
import { SearchTextSchema } from '../../domain/search-text';
import { describeIssues } from '../../domain/validation-report';
import type { SearchDoc } from './search-core';

/** Fetches and checks the search text at `url`; only articles with a title here (kept by the dataset) are indexed. */
export async function loadSearchDocs(
  url: URL,
  file: string,
  titles: readonly (readonly [string, string])[],
): Promise<SearchDoc[]> {
  const parsed = SearchTextSchema.safeParse(await loadJsonAt(url, file));
  if (!parsed.success) throw new DataLoadError(file, describeIssues(parsed.error).slice(0, 5));
  const titleOf = new Map(titles);
  // Only articles the dataset kept are searchable, so a match always has a card to show.
  return parsed.data.articles.flatMap((row) => {
    const title = titleOf.get(row.id);
    return title === undefined ? [] : [{ id: row.id, title, text: row.text }];
  });
}
