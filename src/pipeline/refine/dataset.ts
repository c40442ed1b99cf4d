/**
 * The last step of ingest: events merged across articles, the actors, places and outlets actually used,
 * every row validated on its own (a bad row is dropped with a note, never the whole dataset), then the
 * dataset as a whole.
 */
import {
  ActorSchema,
  ArticleSchema,
  DatasetSchema,
  EventSchema,
  PlaceSchema,
  SCHEMA_VERSION,
  type Article,
  type ArticleBody,
  type Claim,
  type CrisisEvent,
  type Dataset,
} from '../../domain/schema';
import type { Analysis } from '../ingest-stages';
import type { ReportBuilder } from '../report';
import type { Reference } from '../types';
import { assembleActors, assembleOutlets, assemblePlaces, sortById, validRows } from './assemble';
import { mergeEvents } from './events';

/** Everything the per-article loop produced. */
export interface DatasetParts {
  articles: Article[];
  bodies: ArticleBody[];
  claims: Claim[];
  analyses: Analysis[];
  reports: ReportBuilder;
  reference: Reference;
  generatedAt: string;
}

/** Merges events, assembles actors, places and outlets, validates every row and the whole dataset. */
export function assembleDataset(parts: DatasetParts): { dataset: Dataset; bodies: ArticleBody[] } {
  const { reports, reference } = parts;
  const fileOf = new Map(parts.articles.map((a) => [a.id, a.file]));
  const found = parts.analyses.map((a) => a.found);
  let events: CrisisEvent[] = [];
  try {
    events = mergeEvents(parts.analyses.flatMap((a) => a.events));
  } catch (error) {
    // Events are a view over articles already kept; losing them must not lose the dataset.
    const first = parts.articles[0];
    if (first)
      reports.note(first.file, `event merging failed (${error instanceof Error ? error.message : error})`);
  }
  const eventsChecked = validRows(sortById(events), EventSchema, (e) => `event "${e.title.slice(0, 40)}"`);
  const articlesChecked = validRows(sortById(parts.articles), ArticleSchema, (a) => `article ${a.id}`);
  const usedActors = new Set([
    ...articlesChecked.rows.flatMap((a) => a.actorIds),
    ...eventsChecked.rows.flatMap((e) => e.actorIds),
  ]);
  const usedPlaces = new Set([
    ...articlesChecked.rows.flatMap((a) => a.placeIds),
    ...eventsChecked.rows.flatMap((e) => e.placeIds),
  ]);
  const actors = validRows(assembleActors(usedActors, found, reference), ActorSchema, (a) => `actor ${a.id}`);
  const places = validRows(assemblePlaces(usedPlaces, found, reference), PlaceSchema, (p) => `place ${p.id}`);
  for (const note of articlesChecked.notes)
    reports.note(fileOf.get(note.split(' ')[2]?.replace(/:$/, '') ?? '') ?? '', note);
  const kept = new Set(articlesChecked.rows.map((a) => a.id));
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: parts.generatedAt,
    articles: articlesChecked.rows,
    outlets: assembleOutlets(articlesChecked.rows),
    actors: actors.rows,
    places: places.rows,
    claims: sortById(parts.claims.filter((c) => kept.has(c.articleId))),
    events: eventsChecked.rows,
    report: reports.done(),
  };
  const checked = DatasetSchema.safeParse(dataset);
  if (!checked.success) {
    // Every row was validated above; what is left can only be a top-level field, which is a programming error.
    throw new Error(
      `internal error: the dataset failed validation (${checked.error.issues[0]?.message ?? ''})`,
    );
  }
  return { dataset, bodies: sortById(parts.bodies.filter((b) => kept.has(b.id))) };
}
