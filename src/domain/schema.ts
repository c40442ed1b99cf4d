/**
 * The dataset contract between the ingest pipeline and the app.
 * The pipeline validates with these schemas before writing; the app validates on load.
 * Every type used on either side is inferred from here.
 */
import { z } from 'zod';

/** Bumped whenever a change would make an older app misread a newer dataset (or the reverse). */
export const SCHEMA_VERSION = 1;

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar day, YYYY-MM-DD. */
export const DaySchema = z.string().regex(isoDay, 'must be a date written YYYY-MM-DD');

/** A UTC instant, ISO 8601 with a Z suffix. */
export const InstantSchema = z.iso.datetime({ offset: false });

/** Content-derived id: lower-case letters, digits and `-`, `_`, `.`, `:`; never a comma (URL lists use commas). */
export const IdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9._:-]*$/, 'must be a content-derived id (a-z, 0-9, - _ . :)');

/** A half-open character span [start, end) into an article body. */
export const SpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, 'end must not come before start');

/** How an article's date was known. */
export const DateSourceSchema = z.enum(['metadata', 'header', 'url', 'text', 'inferred', 'unknown']);

/** A timestamped entry of a live blog. */
export const EntrySchema = z.object({
  id: IdSchema,
  publishedAt: InstantSchema,
  headline: z.string(),
  /** Editorial label such as "Breaking" or "Analysis", if any. */
  label: z.string().nullable(),
  /** Byline of the entry ("Jessica Parker, BBC Brussels correspondent"), if any. */
  byline: z.string().nullable(),
  /** Span of the whole entry in the body, heading included. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Where the entry's running text starts (after heading, label and byline). */
  textStart: z.number().int().nonnegative(),
});

/** An ingested article; its body text lives in `articles/<id>.json`. */
export const ArticleSchema = z.object({
  id: IdSchema,
  file: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  /** How the outlet was known: front matter, a cue in the text, or the URL host. */
  outletSource: z.enum(['metadata', 'text', 'url']).nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  date: DaySchema.nullable(),
  dateSource: DateSourceSchema,
  /** One line saying why the date is what it is (always set for `inferred` and `unknown`). */
  dateReason: z.string().nullable(),
  kind: z.enum(['article', 'liveblog']),
  entries: z.array(EntrySchema),
  actorIds: z.array(IdSchema),
  placeIds: z.array(IdSchema),
  /** Length of the body text in UTF-16 code units (what spans index). */
  bodyLength: z.number().int().nonnegative(),
  /** Number of troop claims drawn from this article. */
  claimCount: z.number().int().nonnegative(),
});

/** What kind of actor this is. */
export const ActorKindSchema = z.enum([
  'person',
  'country',
  'government',
  'ministry',
  'military',
  'alliance',
  'organisation',
  'group',
  'media',
]);

/** A person, government, body or group that acts or speaks in the articles. */
export const ActorSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: ActorKindSchema,
  /** Id of the country or body this actor speaks for (a country actor points at itself), or null. */
  affiliation: IdSchema.nullable(),
  /** Surface forms seen in the corpus plus the registry's aliases. */
  aliases: z.array(z.string()),
  /** False for names found in the text but not in the reference registry. */
  inRegistry: z.boolean(),
});

/** A located place. */
export const PlaceKindSchema = z.enum(['country', 'region', 'city', 'sea', 'border', 'other']);

export const PlaceSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: PlaceKindSchema,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  aliases: z.array(z.string()),
  /** For border areas: the ISO 3166-1 alpha-3 codes of the two countries whose shared border this is. */
  border: z.tuple([z.string().length(3), z.string().length(3)]).nullable(),
  /** ISO alpha-3 code of the country the place lies in, where known. */
  country: z.string().length(3).nullable(),
  /** Where the coordinates came from, for attribution. */
  source: z.enum(['reference', 'geonames']),
});

/** A quote is a span plus the exact text at that span. */
export const QuoteSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

/**
 * estimate: reported current deployment; forecast: projected size of a future force;
 * historical: a past deployment; increment: troops added to (or withdrawn from) a force.
 */
export const ClaimKindSchema = z.enum(['estimate', 'forecast', 'historical', 'increment']);

/** One reported number of troops or battalion tactical groups. */
export const ClaimSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  entryId: IdSchema.nullable(),
  /** The article's date, or the live entry's date. */
  reportedOn: DaySchema.nullable(),
  valueMin: z.number().nonnegative(),
  valueMax: z.number().nonnegative(),
  /** The text hedges the number ("about", "nearly", "more than", "estimated", a vague phrase). */
  approx: z.boolean(),
  /** A non-numeric quantity phrase ("tens of thousands"): the range is an interpretation. */
  vague: z.boolean(),
  /** The hedge word as written ("about", "more than", "up to"), lower-case, or null. */
  qualifier: z.string().nullable(),
  kind: ClaimKindSchema,
  unit: z.enum(['troops', 'btg']),
  /** Troops per group where the text gives a size per BTG. */
  perUnitMin: z.number().nonnegative().nullable(),
  perUnitMax: z.number().nonnegative().nullable(),
  /** The claim in troops: the value itself for `troops`, value x size per group for `btg` when known. */
  troopsMin: z.number().nonnegative().nullable(),
  troopsMax: z.number().nonnegative().nullable(),
  /** Whose forces are counted. */
  subjectId: IdSchema.nullable(),
  /** Who says so; empty means the outlet states it without attribution. */
  claimantIds: z.array(IdSchema),
  placeIds: z.array(IdSchema),
  /** Another claim in the same sentence this one relates to. */
  partOf: IdSchema.nullable(),
  /** subset: included in `partOf` ("including 30,000 in Belarus"); additional: on top of it ("30,000 more"). */
  relation: z.enum(['subset', 'additional']).nullable(),
  /** The sentence the number came from. */
  quote: QuoteSchema,
  /**
   * Every sentence of the article that states this same claim (headline, lead, quote), in text order; the
   * quote's span is one of them. A claim repeated in one article is charted once.
   */
  mentions: z.array(SpanSchema).min(1),
  /** The number phrase itself ("about 130,000"). */
  valueSpan: SpanSchema,
});

/** A dated happening the articles report. */
export const EventSchema = z.object({
  id: IdSchema,
  date: DaySchema,
  datePrecision: z.enum(['day', 'week', 'month']),
  title: z.string(),
  status: z.enum(['occurred', 'forecast', 'scheduled']),
  actorIds: z.array(IdSchema),
  placeIds: z.array(IdSchema),
  sources: z.array(
    z.object({
      articleId: IdSchema,
      entryId: IdSchema.nullable(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    }),
  ),
});

/** A news outlet that published at least one article. */
export const OutletSchema = z.object({
  id: IdSchema,
  name: z.string(),
  articleIds: z.array(IdSchema),
});

/** What happened to one input file. */
export const FileReportSchema = z.object({
  file: z.string(),
  status: z.enum(['ok', 'warning', 'rejected']),
  messages: z.array(z.string()),
  articleId: IdSchema.nullable(),
});

export const ReportSchema = z.object({
  files: z.array(FileReportSchema),
  summary: z.object({
    read: z.number().int().nonnegative(),
    ok: z.number().int().nonnegative(),
    warning: z.number().int().nonnegative(),
    rejected: z.number().int().nonnegative(),
  }),
});

/** `public/data/dataset.json`: everything but article bodies. */
export const DatasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: InstantSchema,
  articles: z.array(ArticleSchema),
  outlets: z.array(OutletSchema),
  actors: z.array(ActorSchema),
  places: z.array(PlaceSchema),
  claims: z.array(ClaimSchema),
  events: z.array(EventSchema),
  report: ReportSchema,
});

/** An actor or place named at a span of a body. */
export const MentionSchema = z.object({
  kind: z.enum(['actor', 'place']),
  refId: IdSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/**
 * `public/data/articles/<id>.json`: the body text and its mentions. Mentions live here, not in
 * dataset.json, because they are only needed when an article is opened and would dominate its size.
 */
export const ArticleBodySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: IdSchema,
  text: z.string(),
  mentions: z.array(MentionSchema),
});

export type Day = z.infer<typeof DaySchema>;
export type Span = z.infer<typeof SpanSchema>;
export type DateSource = z.infer<typeof DateSourceSchema>;
export type Entry = z.infer<typeof EntrySchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type ActorKind = z.infer<typeof ActorKindSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type PlaceKind = z.infer<typeof PlaceKindSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type ClaimKind = z.infer<typeof ClaimKindSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type CrisisEvent = z.infer<typeof EventSchema>;
export type Outlet = z.infer<typeof OutletSchema>;
export type FileReport = z.infer<typeof FileReportSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type ArticleBody = z.infer<typeof ArticleBodySchema>;
