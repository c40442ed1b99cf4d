/**
 * Dataset assembly from per-article results: the places and actors actually used, outlets with their
 * articles, body files with mentions, and per-row validation so one bad row is dropped with a note
 * instead of failing the whole dataset.
 */
import type { z } from 'zod';
import {
  SCHEMA_VERSION,
  type Actor,
  type Article,
  type ArticleBody,
  type Mention,
  type Outlet,
  type Place,
} from '../../domain/schema';
import { outletIdFor } from '../ids';
import type { ActorRecord, PlaceRecord, Recognised, Reference } from '../types';
import { mergeActors } from './actors';

/** Compares ids (or any strings) by code unit, the same on every machine and locale. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts objects with an `id` by id. */
export function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => byString(a.id, b.id));
}

/** Sorted, de-duplicated strings. */
export function uniqueSorted(items: Iterable<string>): string[] {
  return [...new Set(items)].sort(byString);
}

/** Every place referenced anywhere, from the reference or from what the recogniser found, with surface forms. */
export function assemblePlaces(used: Set<string>, found: Recognised[], reference: Reference): Place[] {
  const records = new Map<string, PlaceRecord>(reference.places);
  const surfaces = new Map<string, Set<string>>();
  for (const f of found) {
    for (const p of f.newPlaces) if (!records.has(p.id)) records.set(p.id, p);
    for (const hit of f.places)
      surfaces.set(hit.placeId, (surfaces.get(hit.placeId) ?? new Set()).add(hit.text));
  }
  const places: Place[] = [];
  for (const id of uniqueSorted(used)) {
    const record = records.get(id);
    if (!record) continue;
    const aliases = uniqueSorted(
      [...record.aliases, ...(surfaces.get(id) ?? [])].filter((a) => a !== record.name),
    );
    places.push({ ...record, aliases });
  }
  return places;
}

function actorFrom(record: ActorRecord, inRegistry: boolean): Actor {
  const { id, name, kind, affiliation, aliases } = record;
  return { id, name, kind, affiliation, aliases: uniqueSorted(aliases), inRegistry };
}

/** Actors merged by the actor refiner, plus any referenced id it did not return (so no id dangles). */
export function assembleActors(used: Set<string>, found: Recognised[], reference: Reference): Actor[] {
  const merged = new Map(mergeActors(found, reference).map((a) => [a.id, a]));
  const extra = new Map<string, ActorRecord>();
  for (const f of found) for (const a of f.newActors) extra.set(a.id, a);
  for (const id of used) {
    if (merged.has(id)) continue;
    const record = reference.actors.get(id) ?? extra.get(id);
    if (record) merged.set(id, actorFrom(record, reference.actors.has(id)));
  }
  return sortById([...merged.values()]);
}

/** One outlet per name, listing its articles. */
export function assembleOutlets(articles: Article[]): Outlet[] {
  const byId = new Map<string, Outlet>();
  for (const article of articles) {
    if (!article.outlet) continue;
    const id = outletIdFor(article.outlet);
    const outlet = byId.get(id) ?? { id, name: article.outlet, articleIds: [] };
    outlet.articleIds.push(article.id);
    byId.set(id, outlet);
  }
  return sortById([...byId.values()]).map((o) => ({ ...o, articleIds: uniqueSorted(o.articleIds) }));
}

/** Mentions kept per article: far above any real article, low enough that no body file can freeze the reader. */
export const MAX_MENTIONS = 20_000;

/** The body file of an article: its text and its actor and place mentions (the first MAX_MENTIONS), in text
 *  order, and how many mentions were left out. */
export function bodyFor(id: string, text: string, found: Recognised): { body: ArticleBody; dropped: number } {
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  const all: Mention[] = [
    ...found.actors.map((a): Mention => ({ kind: 'actor', refId: a.actorId, start: a.start, end: a.end })),
    ...found.places.map((p): Mention => ({ kind: 'place', refId: p.placeId, start: p.start, end: p.end })),
  ];
  for (const m of all) {
    const key = `${m.kind}|${m.refId}|${m.start}|${m.end}`;
    if (seen.has(key) || m.start < 0 || m.end > text.length || m.end < m.start) continue;
    seen.add(key);
    mentions.push(m);
  }
  mentions.sort(
    (a, b) => a.start - b.start || a.end - b.end || byString(a.kind, b.kind) || byString(a.refId, b.refId),
  );
  const kept = mentions.slice(0, MAX_MENTIONS);
  return {
    body: { schemaVersion: SCHEMA_VERSION, id, text, mentions: kept },
    dropped: mentions.length - kept.length,
  };
}

/** Rows that pass `schema`, and one note per row that does not (naming the first problem). */
export function validRows<T>(
  rows: T[],
  schema: z.ZodType<T>,
  label: (row: T) => string,
): { rows: T[]; notes: string[] } {
  const kept: T[] = [];
  const notes: string[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) kept.push(row);
    else {
      const issue = parsed.error.issues[0];
      notes.push(`dropped ${label(row)}: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid'}`);
    }
  }
  return { rows: kept, notes };
}
