/**
 * The pure ingest orchestrator: raw files in, a validated dataset and body files out. It never throws on
 * input: every file ends up in the report as ok, warning or rejected with a reason. Output is sorted by id so
 * the same input always gives byte-identical JSON (the caller supplies `generatedAt`).
 */
import {
  ActorSchema,
  ArticleSchema,
  ClaimSchema,
  DatasetSchema,
  EventSchema,
  PlaceSchema,
  SCHEMA_VERSION,
  type Article,
  type ArticleBody,
  type Claim,
  type Dataset,
  type FileReport,
} from '../domain/schema';
import { findOutlet, knownOutlet } from './extract/outlet';
import { analyse, linkClaims, readDocument, recogniseSafely, type Analysis } from './ingest-stages';
import { dateArticles } from './refine/article-dates';
import {
  assembleActors,
  assembleOutlets,
  assemblePlaces,
  bodyFor,
  byString,
  sortById,
  uniqueSorted,
  validRows,
} from './refine/assemble';
import { findDuplicates } from './refine/duplicates';
import { mergeEvents } from './refine/events';
import type { ParsedDoc, RawFile, Reference } from './types';

/** Options of one run; `generatedAt` is passed in so the function stays pure and reproducible. */
export interface IngestOptions {
  generatedAt: string;
  /** Called after each article is analysed (for a progress bar); must not throw. */
  onProgress?: (done: number, total: number) => void;
}

/** A dataset and the body file of each article. */
export interface IngestResult {
  dataset: Dataset;
  bodies: ArticleBody[];
}

class Reports {
  private byFile = new Map<string, FileReport & { rejected: boolean }>();
  add(file: string, articleId: string | null = null): void {
    this.byFile.set(file, { file, status: 'ok', messages: [], articleId, rejected: false });
  }
  note(file: string, ...messages: string[]): void {
    this.byFile.get(file)?.messages.push(...messages);
  }
  reject(file: string, reason: string): void {
    const report = this.byFile.get(file);
    if (report)
      Object.assign(report, { rejected: true, articleId: null, messages: [reason, ...report.messages] });
  }
  link(file: string, articleId: string): void {
    const report = this.byFile.get(file);
    if (report) report.articleId = articleId;
  }
  done(): Dataset['report'] {
    const files = [...this.byFile.values()]
      .map(({ rejected, ...r }): FileReport => ({
        ...r,
        status: rejected ? 'rejected' : r.messages.length ? 'warning' : 'ok',
      }))
      .sort((a, b) => byString(a.file, b.file));
    const count = (status: FileReport['status']) => files.filter((f) => f.status === status).length;
    return {
      files,
      summary: {
        read: files.length,
        ok: count('ok'),
        warning: count('warning'),
        rejected: count('rejected'),
      },
    };
  }
}

function readAll(files: RawFile[], reports: Reports): ParsedDoc[] {
  const docs: ParsedDoc[] = [];
  const ids = new Set<string>();
  for (const raw of [...files].sort((a, b) => byString(a.file, b.file))) {
    reports.add(raw.file);
    const read = readDocument(raw);
    if ('rejected' in read) {
      reports.reject(raw.file, read.rejected);
      continue;
    }
    if (ids.has(read.doc.id)) {
      reports.reject(raw.file, `has the same article id as another file (${read.doc.id}); rename it`);
      continue;
    }
    ids.add(read.doc.id);
    reports.link(raw.file, read.doc.id);
    reports.note(raw.file, ...read.messages);
    docs.push(read.doc);
  }
  return docs;
}

function dropDuplicates(docs: ParsedDoc[], reports: Reports): ParsedDoc[] {
  const duplicates = findDuplicates(docs);
  const dropped = new Set(duplicates.map((d) => d.file));
  for (const d of duplicates) {
    const how = d.exact ? 'the same article' : 'a near-identical copy of the article';
    reports.note(d.file, `${how} as ${d.keptFile}; merged into it`);
    reports.note(d.keptFile, `the same article was also saved as ${d.file}; merged`);
    reports.link(d.file, d.keptId);
  }
  return docs.filter((d) => !dropped.has(d.file));
}

function outletOf(doc: ParsedDoc): Pick<Article, 'outlet' | 'outletSource'> {
  if (doc.meta.outlet)
    return { outlet: knownOutlet(doc.meta.outlet) ?? doc.meta.outlet, outletSource: 'metadata' };
  const cue = findOutlet(doc.text, doc.meta.url);
  return cue ? { outlet: cue.name, outletSource: cue.source } : { outlet: null, outletSource: null };
}

/** Turns raw files into a dataset; pure and deterministic, never throws on bad input. */
export function ingest(files: RawFile[], reference: Reference, options: IngestOptions): IngestResult {
  const reports = new Reports();
  const docs = dropDuplicates(readAll(files, reports), reports);
  const first = new Map(
    docs.map((doc) => {
      const day =
        doc.meta.date ??
        doc.headerDate ??
        doc.entries
          .map((e) => e.publishedAt.slice(0, 10))
          .sort()
          .pop() ??
        null;
      const recognised = recogniseSafely(doc, reference, day);
      reports.note(doc.file, ...recognised.messages);
      return [doc.id, { day, found: recognised.found }] as const;
    }),
  );
  const dates = dateArticles(
    docs.map((doc) => {
      const found = first.get(doc.id)!.found;
      return {
        id: doc.id,
        file: doc.file,
        text: doc.text,
        entries: doc.entries,
        metaDate: doc.meta.date,
        headerDate: doc.headerDate,
        actorIds: uniqueSorted(found.actors.map((a) => a.actorId)),
        placeIds: uniqueSorted(found.places.map((p) => p.placeId)),
      };
    }),
  );

  const articles: Article[] = [];
  const bodies: ArticleBody[] = [];
  const analyses: Analysis[] = [];
  const claims: Claim[] = [];
  for (const doc of docs) {
    const dated = dates.get(doc.id)!;
    reports.note(doc.file, ...dated.messages);
    let found = first.get(doc.id)!.found;
    if (dated.date && dated.date !== first.get(doc.id)!.day)
      found = recogniseSafely(doc, reference, dated.date).found;
    const analysis = analyse(doc, found, reference, dated.date);
    const linkedRaw = linkClaims(analysis.claims, doc, dated.date);
    const checked = validRows(linkedRaw.claims, ClaimSchema, (c) => `claim ${c.id}`);
    const linked = { claims: checked.rows, messages: [...linkedRaw.messages, ...checked.notes] };
    reports.note(doc.file, ...analysis.messages, ...linked.messages);
    analyses.push(analysis);
    claims.push(...linked.claims);
    const claimed = linked.claims.flatMap((c) => [...c.claimantIds, ...(c.subjectId ? [c.subjectId] : [])]);
    articles.push({
      id: doc.id,
      file: doc.file,
      title: doc.title,
      ...outletOf(doc),
      url: doc.meta.url,
      author: doc.meta.author,
      date: dated.date,
      dateSource: dated.source,
      dateReason: dated.reason,
      kind: doc.kind,
      entries: doc.entries,
      actorIds: uniqueSorted([...found.actors.map((a) => a.actorId), ...claimed]),
      placeIds: uniqueSorted([
        ...found.places.map((p) => p.placeId),
        ...linked.claims.flatMap((c) => c.placeIds),
      ]),
      bodyLength: doc.text.length,
      claimCount: linked.claims.length,
    });
    bodies.push(bodyFor(doc.id, doc.text, found));
    options.onProgress?.(bodies.length, docs.length);
  }
  return finish({ articles, bodies, claims, analyses, reports, reference, generatedAt: options.generatedAt });
}

interface Parts {
  articles: Article[];
  bodies: ArticleBody[];
  claims: Claim[];
  analyses: Analysis[];
  reports: Reports;
  reference: Reference;
  generatedAt: string;
}

function finish(parts: Parts): IngestResult {
  const { reports, reference } = parts;
  const fileOf = new Map(parts.articles.map((a) => [a.id, a.file]));
  const found = parts.analyses.map((a) => a.found);
  let events = [] as ReturnType<typeof mergeEvents>;
  try {
    events = mergeEvents(parts.analyses.flatMap((a) => a.events));
  } catch {
    events = [];
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
