/**
 * Validation of the files the app loads. A broken top level (or a schema version this app cannot read) fails
 * with the first few problems in words a user can act on; bad rows inside arrays are dropped one by one, with
 * the rows that refer to them, and counted, so one bad claim never hides a whole dataset.
 */
import { z } from 'zod';
import {
  ActorSchema,
  ArticleBodySchema,
  ArticleSchema,
  ClaimSchema,
  DatasetSchema,
  EventSchema,
  MentionSchema,
  OutletSchema,
  PlaceSchema,
  type ArticleBody,
  type Dataset,
} from './schema';
import { fastParser } from './fast-guard';
import {
  DATASET_FILE,
  SkipLog,
  bodyFile,
  describeIssues,
  versionProblem,
  MAX_PROBLEMS,
  type Parsed,
} from './validation-report';

export { DATASET_FILE, MAX_PROBLEMS, bodyFile, type Parsed, type Skipped } from './validation-report';

const rows = z.array(z.unknown());
const TopLevelSchema = DatasetSchema.extend({
  articles: rows,
  outlets: rows,
  actors: rows,
  places: rows,
  claims: rows,
  events: rows,
});
// zod copies every array it checks (tens of thousands of rows here); the guard reads the top level in place.
const parseTop = fastParser(TopLevelSchema);

/** Keeps the rows of `list` that parse and pass `check`; logs the others under `collection`. */
function keepRows<T extends { id: string }>(
  list: readonly unknown[],
  collection: string,
  schema: z.ZodType<T>,
  log: SkipLog,
  check: (row: T) => string | null = () => null,
): T[] {
  const kept: T[] = [];
  const seen = new Set<string>();
  const parse = fastParser(schema);
  list.forEach((raw, i) => {
    const parsed = parse(raw);
    if (!parsed.success) {
      log.add(collection, describeIssues(parsed.error, [collection, i])[0] ?? `${collection}[${i}]: invalid`);
      return;
    }
    const row = parsed.data;
    const problem = seen.has(row.id) ? `id "${row.id}" appears twice` : check(row);
    if (problem) {
      log.add(collection, `${collection}[${i}]: ${problem}`);
      return;
    }
    seen.add(row.id);
    kept.push(row);
  });
  return kept;
}

/** Ids in `ids` that `known` lacks, described for a message, or null when all are known. */
function missing(ids: readonly (string | null)[], known: ReadonlySet<string>, what: string): string | null {
  for (const id of ids) {
    if (id !== null && !known.has(id)) return `refers to ${what} "${id}", which is missing or was skipped`;
  }
  return null;
}

/** The ids of `row[field]` found in `ids`; each dangling one is logged as a skipped reference. */
function known(
  row: { id: string } & Record<'actorIds' | 'placeIds', string[]>,
  field: 'actorIds' | 'placeIds',
  ids: ReadonlySet<string>,
  log: SkipLog,
): string[] {
  const kept = row[field].filter((id) => ids.has(id));
  if (kept.length < row[field].length) {
    const gone = row[field].find((id) => !ids.has(id));
    log.add('references', `"${row.id}".${field}: "${gone}" is missing or was skipped`);
  }
  return kept;
}

/** Validates `dataset.json`: see the module comment for what fails and what is skipped. */
export function parseDataset(json: unknown): Parsed<Dataset, 'dataset'> {
  const file = DATASET_FILE;
  const version = versionProblem(json);
  if (version) return { ok: false, file, problems: [version] };
  const top = parseTop(json);
  if (!top.success) return { ok: false, file, problems: describeIssues(top.error).slice(0, MAX_PROBLEMS) };

  const log = new SkipLog();
  const d = top.data;
  const actorRows = keepRows(d.actors, 'actors', ActorSchema, log);
  const actorIds = new Set(actorRows.map((a) => a.id));
  const actors = actorRows.map((a) => {
    if (a.affiliation === null || actorIds.has(a.affiliation)) return a;
    log.add('references', `"${a.id}".affiliation: "${a.affiliation}" is missing or was skipped`);
    return { ...a, affiliation: null };
  });
  const places = keepRows(d.places, 'places', PlaceSchema, log);
  const placeIds = new Set(places.map((p) => p.id));
  const articles = keepRows(d.articles, 'articles', ArticleSchema, log, (a) =>
    a.entries.some((e) => e.end > a.bodyLength) ? 'a live entry lies outside the body' : null,
  );
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const articleIds = new Set(articleById.keys());
  // One set of entry ids per live page: a page of tens of thousands of entries is checked in linear time.
  const entryIds = new Set(articles.flatMap((a) => a.entries.map((e) => `${a.id}\u0000${e.id}`)));

  let claims = keepRows(d.claims, 'claims', ClaimSchema, log, (c) => {
    const article = articleById.get(c.articleId);
    if (!article) return `refers to article "${c.articleId}", which is missing or was skipped`;
    if (c.entryId && !entryIds.has(`${article.id}\u0000${c.entryId}`)) {
      return `refers to live entry "${c.entryId}", which its article does not have`;
    }
    if (c.quote.start > c.quote.end || c.quote.end > article.bodyLength)
      return 'its quote lies outside the body';
    if (c.valueMin > c.valueMax) return 'valueMin is larger than valueMax';
    return (
      missing(c.claimantIds, actorIds, 'actor') ??
      missing([c.subjectId], actorIds, 'actor') ??
      missing(c.placeIds, placeIds, 'place')
    );
  });
  // A claim that is part of a dropped claim goes too; repeat until no chain is left dangling.
  for (let changed = true; changed;) {
    const ids = new Set(claims.map((c) => c.id));
    const orphans = claims.filter((c) => c.partOf !== null && !ids.has(c.partOf));
    for (const c of orphans) log.add('claims', `claim "${c.id}": part of "${c.partOf}", which was skipped`);
    changed = orphans.length > 0;
    const gone = new Set(orphans);
    if (changed) claims = claims.filter((c) => !gone.has(c));
  }
  const events = keepRows(d.events, 'events', EventSchema, log, (e) =>
    missing(
      e.sources.map((s) => s.articleId),
      articleIds,
      'article',
    ),
  ).map((e) => ({
    ...e,
    actorIds: known(e, 'actorIds', actorIds, log),
    placeIds: known(e, 'placeIds', placeIds, log),
  }));
  const outlets = keepRows(d.outlets, 'outlets', OutletSchema, log).map((o) => ({
    ...o,
    articleIds: o.articleIds.filter((id) => articleById.has(id)),
  }));
  // An article naming an unknown actor or place is still worth reading: only the dangling reference goes.
  const keptArticles = articles.map((a) => ({
    ...a,
    actorIds: known(a, 'actorIds', actorIds, log),
    placeIds: known(a, 'placeIds', placeIds, log),
  }));
  return {
    ok: true,
    dataset: { ...d, articles: keptArticles, outlets, actors, places, claims, events },
    skipped: log.list(),
  };
}

const BodyTopSchema = ArticleBodySchema.extend({ mentions: rows });

/** Mentions the reader loads per body: as many as the pipeline writes (MAX_MENTIONS there); a body file from
 *  elsewhere with millions more must not exhaust the page's memory. */
export const MAX_BODY_MENTIONS = 20_000;

/** Validates an article body: bad or out-of-range mentions are dropped and counted, and only the first
 *  MAX_BODY_MENTIONS are kept; the text itself must be sound. */
export function parseArticleBody(json: unknown, expectedId: string): Parsed<ArticleBody, 'body'> {
  const file = bodyFile(expectedId);
  const version = versionProblem(json);
  if (version) return { ok: false, file, problems: [version] };
  const top = BodyTopSchema.safeParse(json);
  if (!top.success) return { ok: false, file, problems: describeIssues(top.error).slice(0, MAX_PROBLEMS) };
  if (top.data.id !== expectedId) {
    return {
      ok: false,
      file,
      problems: [`id: is "${top.data.id}", but this file belongs to "${expectedId}"`],
    };
  }
  const log = new SkipLog();
  const { text } = top.data;
  const parseMention = fastParser(MentionSchema);
  const extra = top.data.mentions.length - MAX_BODY_MENTIONS;
  if (extra > 0)
    log.add(
      'mentions',
      `only the first ${MAX_BODY_MENTIONS.toLocaleString('en-US')} mentions are highlighted`,
      extra,
    );
  const mentions = top.data.mentions.slice(0, MAX_BODY_MENTIONS).flatMap((raw, i) => {
    const parsed = parseMention(raw);
    if (!parsed.success) {
      log.add('mentions', describeIssues(parsed.error, ['mentions', i])[0] ?? `mentions[${i}]: invalid`);
      return [];
    }
    const mention = parsed.data;
    if (mention.end > text.length || mention.start > mention.end) {
      log.add('mentions', `mentions[${i}]: lies outside the text`);
      return [];
    }
    return [mention];
  });
  return { ok: true, body: { ...top.data, mentions }, skipped: log.list() };
}
