/** The search-text file from the body files: one row per article, in id order like the bodies. */
import type { ArticleBody } from '../../domain/schema';
import { SCHEMA_VERSION } from '../../domain/schema';
import type { SearchText } from '../../domain/search-text';

/** Every article's body text, for the app's full-text search. */
export function searchTextFile(bodies: readonly ArticleBody[]): SearchText {
  return { schemaVersion: SCHEMA_VERSION, articles: bodies.map((b) => ({ id: b.id, text: b.text })) };
}
