/**
 * Types passed between the pipeline's stages (read -> parse -> recognise -> extract -> refine -> write).
 * What leaves the pipeline is typed by src/domain/schema.ts; these are the internal hand-offs.
 */
import type { ActorKind, Claim, CrisisEvent, Day, Entry, PlaceKind } from '../domain/schema';

/** An outlet and the cue it was read from. */
export interface OutletCue {
  name: string;
  source: 'text' | 'url';
  evidence: string;
}

/** One input file as io.ts found it; `bytes` is null when it could not or must not be read. */
export interface RawFile {
  /** Path relative to the input folder, with `/` separators. */
  file: string;
  size: number;
  bytes: Uint8Array | null;
  /** Why the file was not read (too large, unreadable, a directory...), in words a person understands. */
  readError: string | null;
  /** For PDF and Word files: the text and metadata taken out of `bytes` (extract/document/binary.ts). */
  extracted?: ExtractedText;
  /** The article id to use instead of the one the file name gives (the browser keeps clear of ids in use). */
  id?: string;
}

/** Text and metadata read out of a binary document (PDF, Word) before it is parsed like any text. */
export interface ExtractedText {
  text: string;
  /** Metadata as the document states it, checked later like front matter (title, date, author). */
  meta: Record<string, string | null>;
  messages: string[];
}

/** Metadata a user gave explicitly (YAML front matter); it wins over anything extracted. */
export interface UserMeta {
  title: string | null;
  outlet: string | null;
  url: string | null;
  date: Day | null;
  author: string | null;
}

/** A decoded, normalised document: `text` is the body every span indexes, exactly as written to its body file. */
export interface ParsedDoc {
  id: string;
  file: string;
  text: string;
  format: 'text' | 'markdown' | 'html' | 'pdf' | 'docx';
  meta: UserMeta;
  /** A ` date YYYY-MM-DD` header line, if the file had one. */
  headerDate: Day | null;
  /** A header line that gives only the month (` date YYYY-MM`), as "YYYY-MM": no day, but the month is known. */
  headerMonth: string | null;
  title: string;
  /** The outlet the text or the URL names (`findOutlet`), or null; the file's own metadata outranks it. */
  outletCue: OutletCue | null;
  kind: 'article' | 'liveblog';
  entries: Entry[];
  /** Warnings for the report (decoded from Latin-1, front matter ignored, ...). */
  messages: string[];
}

/** A sentence as a half-open span of the body. */
export interface Sentence {
  start: number;
  end: number;
}

/** How a date expression was anchored. */
export interface DateHit {
  start: number;
  end: number;
  date: Day;
  precision: 'day' | 'week' | 'month';
  /** True for "on Monday", "yesterday", "last week": resolved against an anchor day. */
  relative: boolean;
}

/** An actor in the reference registry (data/reference/actors.json). */
export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  affiliation: string | null;
  aliases: string[];
  /** Titles that name the actor only while they hold the office ("the German chancellor"). */
  titles: { title: string; from: Day | null; to: Day | null }[];
}

/** A place in the reference gazetteer (data/reference/places.json) or found via GeoNames. */
export interface PlaceRecord {
  id: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  aliases: string[];
  border: [string, string] | null;
  country: string | null;
  source: 'reference' | 'geonames';
}

/** An actor named at a span; `via` says how it was recognised. */
export interface ActorHit {
  actorId: string;
  start: number;
  end: number;
  text: string;
  via: 'name' | 'alias' | 'title' | 'fuzzy' | 'metonym' | 'new';
}

/** A place named at a span. */
export interface PlaceHit {
  placeId: string;
  start: number;
  end: number;
  text: string;
}

/** What the recogniser found in one document, including actors not in the registry. */
export interface Recognised {
  actors: ActorHit[];
  places: PlaceHit[];
  newActors: ActorRecord[];
  newPlaces: PlaceRecord[];
}

/** A claim before the orchestrator gives it its live entry and report date. */
export type ClaimDraft = Omit<Claim, 'entryId' | 'reportedOn'>;

/** An event as found in one document, before events from several documents are merged. */
export type EventDraft = Omit<CrisisEvent, 'id'> & { trigger: string };

/**
 * Reference data loaded once per run (src/pipeline/reference.ts builds it). The recogniser may add
 * indexes of its own to the object it builds; other stages rely only on these two maps.
 */
export interface Reference {
  actors: Map<string, ActorRecord>;
  places: Map<string, PlaceRecord>;
}
