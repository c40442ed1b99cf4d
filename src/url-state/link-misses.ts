/**
 * What a link names that the loaded dataset lacks: a link to articles added in another browser opens here with the
 * rest of its view (sanitizeView drops the unknown ids), and this says what was left out.
 */
import { UNATTRIBUTED, type DatasetIndex } from '../domain/dataset-index';
import type { ViewState } from './view-state';

/** Counts of what the link names but the dataset does not hold. */
export interface LinkMisses {
  articles: number;
  claims: number;
  filters: number;
}

/** The misses of `view` (as parsed from the URL, before sanitizing), or null when it names nothing unknown. */
export function linkMisses(view: ViewState, index: DatasetIndex): LinkMisses | null {
  const claims = view.claim && !index.claims.has(view.claim) ? 1 : 0;
  const unknownArticle = view.article !== null && !index.articles.has(view.article);
  const unknownEntry = view.entry !== null && !index.entries.has(view.entry);
  const articles = unknownArticle || (!view.article && unknownEntry) ? 1 : 0;
  const filters =
    view.actors.filter((id) => !index.actors.has(id)).length +
    view.claimants.filter((id) => id !== UNATTRIBUTED && !index.actors.has(id)).length +
    view.places.filter((id) => !index.places.has(id)).length;
  return articles + claims + filters > 0 ? { articles, claims, filters } : null;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The notice in words. */
export function linkMissesText(misses: LinkMisses): string {
  const parts = [
    misses.articles ? count(misses.articles, 'article') : '',
    misses.claims ? count(misses.claims, 'claim') : '',
    misses.filters ? count(misses.filters, 'filter value') : '',
  ].filter(Boolean);
  const what = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `This link refers to ${what} not in this dataset (added in another browser, or from another dataset); the rest of the view is shown.`;
}
