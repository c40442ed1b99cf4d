/** The articles already shown, for the in-browser ingest: their ids (so new ids never collide) and texts (duplicates). */
import type { QueryClient } from '@tanstack/react-query';
import type { ExistingArticles } from '../../pipeline/browser/protocol';
import { SEARCH_TEXT_FILE, SearchTextSchema } from '../../domain/search-text';
import { loadJson } from '../load-json';
import { datasetQuery, type LoadedDataset } from '../queries';


// The bundled texts are in one file (written for search); without it duplicates go unnoticed, nothing fails.
async function bundledTexts(signal?: AbortSignal): Promise<{ id: string; text: string }[]> {
  try {
    const parsed = SearchTextSchema.safeParse(await loadJson(SEARCH_TEXT_FILE, signal));
    return parsed.success ? parsed.data.articles : [];
  } catch {
    return [];
  }
}

/** What the dataset shown now holds. */
export async function existingArticles(client: QueryClient, signal?: AbortSignal): Promise<ExistingArticles> {
  const loaded = client.getQueryData<LoadedDataset>(datasetQuery().queryKey);
  if (!loaded) return { ids: [] };
  const { dataset, index, local } = loaded;
  const held = [...local.bodies.values()];
  const rows = local.base.source.kind === 'file' ? held : [...(await bundledTexts(signal)), ...held];
  return {
    ids: dataset.articles.map((a) => a.id),
    texts: rows.flatMap((row) => {
      const article = index.articles.get(row.id);
      return article ? [{ id: row.id, file: article.file, text: row.text }] : [];
    }),
  };
}
