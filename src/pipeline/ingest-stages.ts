/**
 * Per-file stages of ingest, each wrapped so a failure becomes a note on that file instead of a crash:
 * read (bytes -> ParsedDoc or a rejection reason), analyse (recognise, claims, events), and claim linking
 * (live entry, report date, plausibility).
 */
import type { Claim, Day } from '../domain/schema';
import { decode } from './extract/document/decode';
import { needsExtraction } from './extract/document/binary';
import { formatOf, parseDocument } from './extract/document/parse-document';
import { recognise } from './extract/entities/recognise';
import { extractClaims } from './extract/claims/extract-claims';
import { extractEvents } from './extract/events/extract-events';
import { ownDate } from './refine/article-dates';
import { entryAt } from './extract/liveblog/entry-at';
import type { ClaimDraft, EventDraft, ParsedDoc, RawFile, Recognised, Reference } from './types';

/** Everything the per-file stages produce; plain data, so it can come back from a worker thread. */
export type FileResult =
  | { file: string; rejected: string }
  | { file: string; doc: ParsedDoc; messages: string[]; day: Day | null; analysis: Analysis };

/** A file read into a document, or the reason it was not. */
export type ReadResult = { doc: ParsedDoc; messages: string[] } | { rejected: string };

/** What the extractors found in one document, with notes for failures. */
export interface Analysis {
  found: Recognised;
  claims: ClaimDraft[];
  events: EventDraft[];
  messages: string[];
}

const NOTHING: Recognised = { actors: [], places: [], newActors: [], newPlaces: [] };
/** Above these, a "troop" number is a misreading (the largest armies count about two million). */
const MAX_TROOPS = 3_000_000;
const MAX_BTG = 5_000;

function why(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 160);
}

/** Decodes and parses one raw file; never throws. */
export function readDocument(raw: RawFile): ReadResult {
  if (raw.readError) return { rejected: raw.readError };
  if (raw.extracted) return fromExtracted(raw);
  if (!raw.bytes) return { rejected: 'could not be read' };
  if (!formatOf(raw.file))
    return { rejected: 'is not a supported type (use .txt, .md, .html, .pdf or .docx)' };
  if (needsExtraction(raw.file))
    return { rejected: 'was not read: PDF and Word files go through extractDocument first' };
  try {
    const decoded = decode(raw.bytes);
    if (!decoded.ok) return { rejected: decoded.reason };
    const doc = parseDocument(raw.file, decoded.text, raw.id);
    if (doc.text.trim() === '')
      return { rejected: 'has no article text once its metadata or markup is removed' };
    return { doc, messages: [...decoded.messages, ...doc.messages] };
  } catch (error) {
    return { rejected: `could not be parsed (${why(error)})` };
  }
}

function fromExtracted(raw: RawFile): ReadResult {
  try {
    const doc = parseDocument(raw.file, raw.extracted!, raw.id);
    if (doc.text.trim() === '') return { rejected: 'has no text once page furniture is removed' };
    return { doc, messages: doc.messages };
  } catch (error) {
    return { rejected: `could not be parsed (${why(error)})` };
  }
}

/** Recognises actors and places; on failure the document goes on with none and a note. */
export function recogniseSafely(
  doc: ParsedDoc,
  reference: Reference,
  day: Day | null,
): { found: Recognised; messages: string[] } {
  try {
    return { found: recognise(doc, reference, day), messages: [] };
  } catch (error) {
    return {
      found: NOTHING,
      messages: [`actor and place recognition failed (${why(error)}); none were kept`],
    };
  }
}

/** Runs the claim and event extractors; each failure becomes a note and an empty result. */
export function analyse(doc: ParsedDoc, found: Recognised, reference: Reference, day: Day | null): Analysis {
  const messages: string[] = [];
  let claims: ClaimDraft[] = [];
  let events: EventDraft[] = [];
  try {
    claims = extractClaims(doc, found, reference, day);
  } catch (error) {
    messages.push(`troop-claim extraction failed (${why(error)}); no claims were kept`);
  }
  try {
    events = extractEvents(doc, found, day);
  } catch (error) {
    messages.push(`event extraction failed (${why(error)}); no events were kept`);
  }
  return { found, claims, events, messages };
}

function plausible(c: ClaimDraft): boolean {
  const limit = c.unit === 'btg' ? MAX_BTG : MAX_TROOPS;
  const values = [c.valueMin, c.valueMax, c.troopsMin ?? 0, c.troopsMax ?? 0];
  return values.every((v) => Number.isFinite(v) && v >= 0) && c.valueMin <= c.valueMax && c.valueMax <= limit;
}

/** Gives claims their live entry and report date, dropping implausible numbers with a note. */
export function linkClaims(
  drafts: ClaimDraft[],
  doc: ParsedDoc,
  date: Day | null,
): { claims: Claim[]; messages: string[] } {
  const claims: Claim[] = [];
  const messages: string[] = [];
  for (const draft of drafts) {
    if (!plausible(draft)) {
      messages.push(
        `ignored an implausible troop number: "${doc.text.slice(draft.valueSpan.start, draft.valueSpan.end).slice(0, 40)}"`,
      );
      continue;
    }
    const entry = entryAt(doc.entries, draft.quote.start);
    claims.push({
      ...draft,
      entryId: entry?.id ?? null,
      reportedOn: entry ? entry.publishedAt.slice(0, 10) : date,
    });
  }
  return { claims, messages };
}

/** The date a document gives by itself (metadata, header, URL, live entry, text), before cross-document inference. */
export function ownDay(doc: ParsedDoc): Day | null {
  const { text, entries, headerDate, headerMonth } = doc;
  return (
    ownDate({ text, entries, headerDate, headerMonth, metaDate: doc.meta.date, url: doc.meta.url })?.date ??
    null
  );
}

/** All per-file work for one raw file: read, recognise and extract against the document's own date. */
export function analyseFile(raw: RawFile, reference: Reference): FileResult {
  const read = readDocument(raw);
  if ('rejected' in read) return { file: raw.file, rejected: read.rejected };
  const day = ownDay(read.doc);
  const recognised = recogniseSafely(read.doc, reference, day);
  const analysis = analyse(read.doc, recognised.found, reference, day);
  return {
    file: raw.file,
    doc: read.doc,
    messages: [...read.messages, ...recognised.messages],
    day,
    analysis,
  };
}
