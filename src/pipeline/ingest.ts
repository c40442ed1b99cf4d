/**
 * The pure ingest orchestrator: raw files in, a validated dataset and body files out. It never throws on
 * input: every file ends up in the report as ok, warning or rejected with a reason. Output is sorted by id so
 * the same input always gives byte-identical JSON (the caller supplies `generatedAt`).
 */
import { ClaimSchema, type Article, type ArticleBody, type Claim, type Dataset } from '../domain/schema';
import { knownOutlet } from './extract/document/outlet';
import {
  analyse,
  analyseFile,
  linkClaims,
  recogniseSafely,
  type Analysis,
  type FileResult,
} from './ingest-stages';
import { dateArticles } from './refine/article-dates';
import { bodyFor, byString, MAX_MENTIONS, uniqueSorted, validRows } from './refine/assemble';
import { withStableIds } from './refine/claim-ids';
import { assembleDataset } from './refine/dataset';
import { findDuplicates, type DuplicateInput } from './refine/duplicates';
import { ReportBuilder } from './report';
import type { ParsedDoc, RawFile, Reference } from './types';

/** Options of one run; `generatedAt` is passed in so the function stays pure and reproducible. */
export interface IngestOptions {
  generatedAt: string;
  /** Called after each article is analysed (for a progress bar); must not throw. */
  onProgress?: (done: number, total: number) => void;
  /** Articles already in the dataset these files join (the browser's): a new file with the same text is
   *  merged into one of them, a near-copy is warned about. They are not analysed again. */
  existing?: DuplicateInput[];
}

/** A dataset and the body file of each article. */
export interface IngestResult {
  dataset: Dataset;
  bodies: ArticleBody[];
}

type Analysed = Extract<FileResult, { doc: ParsedDoc }>;

/** Registers every file; rejected ones get their reason, and an id clash rejects the later file. */
function register(results: FileResult[], reports: ReportBuilder): Analysed[] {
  const kept: Analysed[] = [];
  const ids = new Set<string>();
  for (const result of [...results].sort((a, b) => byString(a.file, b.file))) {
    reports.add(result.file);
    if ('rejected' in result) reports.reject(result.file, result.rejected);
    else if (ids.has(result.doc.id)) {
      reports.reject(result.file, `has the same article id as another file (${result.doc.id}); rename it`);
    } else {
      ids.add(result.doc.id);
      reports.link(result.file, result.doc.id);
      reports.note(result.file, ...result.messages);
      kept.push(result);
    }
  }
  return kept;
}

function dropDuplicates(
  results: Analysed[],
  reports: ReportBuilder,
  existing: DuplicateInput[] = [],
): Analysed[] {
  const { merged, near } = findDuplicates(
    results.map(({ doc }) => ({
      id: doc.id,
      file: doc.file,
      text: doc.text,
      meta: { ...doc.meta, date: doc.meta.date ?? doc.headerDate },
    })),
    existing,
  );
  const dropped = new Set(merged.map((d) => d.file));
  // An existing article is not a file of this run, so it gets no note here (its name may even be a new file's).
  for (const d of merged) {
    reports.note(d.file, `the same article as ${d.keptFile}; merged into it`);
    if (!d.keptExisting) reports.note(d.keptFile, `the same article was also saved as ${d.file}; merged`);
    reports.link(d.file, d.keptId);
  }
  // Symmetric notes: neither copy is presumed genuine, so both stay and each names the other.
  for (const n of near) {
    const note = (other: string) =>
      n.sameText
        ? `has the same text as ${other} but different metadata; both kept, check which is genuine`
        : `is a near-copy of ${other} (some words or figures differ); both kept, check which is genuine`;
    reports.note(n.file, note(n.otherFile));
    if (!n.otherExisting) reports.note(n.otherFile, note(n.file));
  }
  return results.filter((r) => !dropped.has(r.file));
}

function outletOf(doc: ParsedDoc): Pick<Article, 'outlet' | 'outletSource'> {
  if (doc.meta.outlet)
    return { outlet: knownOutlet(doc.meta.outlet) ?? doc.meta.outlet, outletSource: 'metadata' };
  const cue = doc.outletCue;
  return cue ? { outlet: cue.name, outletSource: cue.source } : { outlet: null, outletSource: null };
}

/** Turns raw files into a dataset; pure and deterministic, never throws on bad input. */
export function ingest(files: RawFile[], reference: Reference, options: IngestOptions): IngestResult {
  const sorted = [...files].sort((a, b) => byString(a.file, b.file));
  const results = sorted.map((raw, i) => {
    const result = analyseFile(raw, reference);
    options.onProgress?.(i + 1, sorted.length);
    return result;
  });
  return assembleIngest(results, reference, options);
}

/**
 * The cross-document half of ingest, from per-file results (computed here or in worker threads):
 * duplicates, dates, re-analysis of documents whose date was inferred, and dataset assembly.
 */
export function assembleIngest(
  results: FileResult[],
  reference: Reference,
  options: IngestOptions,
): IngestResult {
  const reports = new ReportBuilder();
  const kept = dropDuplicates(register(results, reports), reports, options.existing);
  const dates = dateArticles(
    kept.map(({ doc, analysis }) => ({
      id: doc.id,
      file: doc.file,
      text: doc.text,
      entries: doc.entries,
      metaDate: doc.meta.date,
      headerDate: doc.headerDate,
      headerMonth: doc.headerMonth,
      url: doc.meta.url,
      actorIds: uniqueSorted(analysis.found.actors.map((a) => a.actorId)),
      placeIds: uniqueSorted(analysis.found.places.map((p) => p.placeId)),
    })),
  );
  const articles: Article[] = [];
  const bodies: ArticleBody[] = [];
  const analyses: Analysis[] = [];
  const claims: Claim[] = [];
  for (const result of kept) {
    const { doc } = result;
    const dated = dates.get(doc.id)!;
    reports.note(doc.file, ...dated.messages);
    let analysis = result.analysis;
    if (dated.date !== result.day) {
      // An inferred date changes who a title names ("the German chancellor"), so look again with it.
      const found = recogniseSafely(doc, reference, dated.date).found;
      analysis = analyse(doc, found, reference, dated.date);
    }
    const linkedRaw = linkClaims(analysis.claims, doc, dated.date);
    const checked = validRows(withStableIds(linkedRaw.claims, doc.text), ClaimSchema, (c) => `claim ${c.id}`);
    const linked = checked.rows;
    reports.note(doc.file, ...analysis.messages, ...linkedRaw.messages, ...checked.notes);
    analyses.push(analysis);
    claims.push(...linked);
    const found = analysis.found;
    const claimed = linked.flatMap((c) => [...c.claimantIds, ...(c.subjectId ? [c.subjectId] : [])]);
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
      placeIds: uniqueSorted([...found.places.map((p) => p.placeId), ...linked.flatMap((c) => c.placeIds)]),
      bodyLength: doc.text.length,
      claimCount: linked.length,
    });
    const { body, dropped } = bodyFor(doc.id, doc.text, found);
    if (dropped > 0)
      reports.note(
        doc.file,
        `only the first ${MAX_MENTIONS.toLocaleString('en-US')} of ${(dropped + MAX_MENTIONS).toLocaleString('en-US')} mentions of actors and places are highlighted`,
      );
    bodies.push(body);
  }
  return assembleDataset({
    articles,
    bodies,
    claims,
    analyses,
    reports,
    reference,
    generatedAt: options.generatedAt,
  });
}
