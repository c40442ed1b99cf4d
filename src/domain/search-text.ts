/**
 * `search-text.json`: every article's body text in one file, written by ingest for the app's full-text search.
 * Bodies otherwise live one per file; a search needs them all, and one request beats thousands.
 */
import { z } from 'zod';
import { IdSchema, SCHEMA_VERSION } from './schema';

/** The file the app loads the search text from, relative to the page. */
export const SEARCH_TEXT_FILE = 'data/search-text.json';

/** One article's searchable text. */
export const SearchTextRowSchema = z.object({ id: IdSchema, text: z.string() });

/** The whole file. */
export const SearchTextSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(SearchTextRowSchema),
});

export type SearchTextRow = z.infer<typeof SearchTextRowSchema>;
export type SearchText = z.infer<typeof SearchTextSchema>;
