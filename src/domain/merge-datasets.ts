/**
 * Joins articles added in the browser to a dataset: their claims, events, actors, places and outlets join the
 * base's, and an article whose id the base already holds is left out with a note in the report. Pure.
 */
import { reportOf } from './report-summary';
import type { ArticleBody, CrisisEvent, Dataset, FileReport, Outlet } from './schema';

/** The joined dataset and which of the extra articles made it in. */
export interface MergedDataset {
  dataset: Dataset;
  /** Ids of the extra articles now in the dataset. */
  added: string[];
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function byIdFirstWins<T extends { id: string }>(base: readonly T[], extra: readonly T[]): T[] {
  const ids = new Set(base.map((row) => row.id));
  return [...base, ...extra.filter((row) => !ids.has(row.id))];
}

function mergeOutlets(
  base: readonly Outlet[],
  extra: readonly Outlet[],
  kept: ReadonlySet<string>,
): Outlet[] {
  const out = new Map(base.map((o) => [o.id, o]));
  for (const outlet of extra) {
    const ids = outlet.articleIds.filter((id) => kept.has(id));
    if (ids.length === 0) continue;
    const known = out.get(outlet.id);
    out.set(
      outlet.id,
      known ? { ...known, articleIds: union(known.articleIds, ids) } : { ...outlet, articleIds: ids },
    );
  }
  return [...out.values()];
}

// The same happening reported by a bundled and an added article keeps one id (ids derive from content).
function mergeEvents(
  base: readonly CrisisEvent[],
  extra: readonly CrisisEvent[],
  kept: ReadonlySet<string>,
): CrisisEvent[] {
  const out = new Map(base.map((e) => [e.id, e]));
  for (const event of extra) {
    const sources = event.sources.filter((s) => kept.has(s.articleId));
    if (sources.length === 0) continue;
    const known = out.get(event.id);
    out.set(
      event.id,
      known
        ? {
            ...known,
            sources: [...known.sources, ...sources],
            actorIds: union(known.actorIds, event.actorIds),
            placeIds: union(known.placeIds, event.placeIds),
          }
        : { ...event, sources },
    );
  }
  return [...out.values()];
}

function noteDropped(files: readonly FileReport[], dropped: ReadonlySet<string>): FileReport[] {
  return files.map((f) =>
    f.articleId !== null && dropped.has(f.articleId)
      ? {
          ...f,
          status: f.status === 'rejected' ? f.status : 'warning',
          messages: [
            ...f.messages,
            'an article with the same id is already in the dataset; this one was not added',
          ],
        }
      : f,
  );
}

/** `base` with the articles of `extra` whose ids it does not hold, and everything that hangs off them. */
export function mergeDatasets(base: Dataset, extra: Dataset): MergedDataset {
  const baseIds = new Set(base.articles.map((a) => a.id));
  const articles = extra.articles.filter((a) => !baseIds.has(a.id));
  const kept = new Set(articles.map((a) => a.id));
  const dropped = new Set(extra.articles.filter((a) => baseIds.has(a.id)).map((a) => a.id));
  const claimIds = new Set(base.claims.map((c) => c.id));
  const files = [...base.report.files, ...noteDropped(extra.report.files, dropped)];
  return {
    added: [...kept],
    dataset: {
      schemaVersion: base.schemaVersion,
      generatedAt: base.generatedAt > extra.generatedAt ? base.generatedAt : extra.generatedAt,
      articles: [...base.articles, ...articles],
      outlets: mergeOutlets(base.outlets, extra.outlets, kept),
      actors: byIdFirstWins(base.actors, extra.actors),
      places: byIdFirstWins(base.places, extra.places),
      claims: [...base.claims, ...extra.claims.filter((c) => kept.has(c.articleId) && !claimIds.has(c.id))],
      events: mergeEvents(base.events, extra.events, kept),
      report: reportOf(files),
    },
  };
}

/** The bodies of `merged`'s added articles among `extra`, after the base's. */
export function mergeBodies(
  base: readonly ArticleBody[],
  extra: readonly ArticleBody[],
  added: readonly string[],
): ArticleBody[] {
  const ids = new Set(added);
  return [...base, ...extra.filter((b) => ids.has(b.id))];
}
