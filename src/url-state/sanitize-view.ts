/** Drops ids a URL names that the loaded dataset does not hold, so a stale or edited link still opens. */
import { UNATTRIBUTED, type DatasetIndex } from '../domain/dataset-index';
import type { ViewState } from './view-state';

// The same list when every id is known, so what is memoised on it stays.
function known(ids: string[], has: (id: string) => boolean): string[] {
  return ids.every(has) ? ids : ids.filter(has);
}

/**
 * The view with unknown ids removed. A selected claim sets the open article and entry; an entry
 * outside the open article is dropped. Returns the same object when nothing changed, so memoised consumers stay put.
 */
export function sanitizeView(view: ViewState, index: DatasetIndex): ViewState {
  const actors = known(view.actors, (id) => index.actors.has(id));
  const claimants = known(view.claimants, (id) => id === UNATTRIBUTED || index.actors.has(id));
  const places = known(view.places, (id) => index.places.has(id));
  const selected = view.claim ? index.claims.get(view.claim) : undefined;
  const claim = selected ? selected.id : null;
  // The selected claim wins: whichever view selected it, the reader shows where it came from.
  let article =
    selected?.articleId ?? (view.article && index.articles.has(view.article) ? view.article : null);
  const entryInfo = selected ? undefined : view.entry ? index.entries.get(view.entry) : undefined;
  if (!article && entryInfo) article = entryInfo.article.id;
  const entry = selected
    ? selected.entryId
    : entryInfo && entryInfo.article.id === article
      ? entryInfo.entry.id
      : null;
  const unchanged =
    actors === view.actors &&
    claimants === view.claimants &&
    places === view.places &&
    claim === view.claim &&
    article === view.article &&
    entry === view.entry;
  return unchanged ? view : { ...view, actors, claimants, places, claim, article, entry };
}
