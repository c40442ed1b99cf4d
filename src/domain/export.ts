/** The claims matching the filters as rows a user can cite or re-analyse, written as CSV or JSON. */
import type { DatasetIndex } from './dataset-index';
import { statusOf, type ReviewedClaim, type ReviewStatus } from './reviews';
import type { Claim } from './schema';

/** One exported claim: values, qualifier, unit, troops, kind, who says so, where, when, and the source. */
export interface ExportRow {
  id: string;
  reportedOn: string | null;
  valueMin: number;
  valueMax: number;
  qualifier: string | null;
  approx: boolean;
  vague: boolean;
  unit: string;
  troopsMin: number | null;
  troopsMax: number | null;
  kind: string;
  claimants: string[];
  places: string[];
  quote: string;
  articleTitle: string;
  outlet: string | null;
  url: string | null;
  /** The analyst's review: status, note, and the values as extracted when a correction replaced them. */
  reviewStatus: ReviewStatus;
  reviewNote: string | null;
  originalValueMin: number | null;
  originalValueMax: number | null;
  originalUnit: string | null;
}

/** The review columns of a claim (originals only for a corrected one). */
function reviewColumns(
  claim: ReviewedClaim,
): Pick<ExportRow, 'reviewStatus' | 'reviewNote' | 'originalValueMin' | 'originalValueMax' | 'originalUnit'> {
  const corrected = claim.review?.status === 'corrected' ? claim.review.original : null;
  return {
    reviewStatus: statusOf(claim),
    reviewNote: claim.review?.note || null,
    originalValueMin: corrected?.valueMin ?? null,
    originalValueMax: corrected?.valueMax ?? null,
    originalUnit: corrected?.unit ?? null,
  };
}

/** Claims as export rows, names resolved through the index. */
export function toExportRows(claims: readonly Claim[], index: DatasetIndex): ExportRow[] {
  return claims.map((c) => {
    const article = index.articles.get(c.articleId);
    return {
      id: c.id,
      reportedOn: c.reportedOn,
      valueMin: c.valueMin,
      valueMax: c.valueMax,
      qualifier: c.qualifier,
      approx: c.approx,
      vague: c.vague,
      unit: c.unit,
      troopsMin: c.troopsMin,
      troopsMax: c.troopsMax,
      kind: c.kind,
      claimants: c.claimantIds.map((id) => index.actors.get(id)?.name ?? id),
      places: c.placeIds.map((id) => index.places.get(id)?.name ?? id),
      quote: c.quote.text,
      articleTitle: article?.title ?? '',
      outlet: article?.outlet ?? null,
      url: article?.url ?? null,
      ...reviewColumns(c),
    };
  });
}

const COLUMNS: [keyof ExportRow, string][] = [
  ['id', 'claim_id'],
  ['reportedOn', 'reported_on'],
  ['valueMin', 'value_min'],
  ['valueMax', 'value_max'],
  ['qualifier', 'qualifier'],
  ['approx', 'approx'],
  ['vague', 'vague'],
  ['unit', 'unit'],
  ['troopsMin', 'troops_min'],
  ['troopsMax', 'troops_max'],
  ['kind', 'kind'],
  ['claimants', 'claimants'],
  ['places', 'places'],
  ['quote', 'quote'],
  ['articleTitle', 'article_title'],
  ['outlet', 'outlet'],
  ['url', 'url'],
  ['reviewStatus', 'review_status'],
  ['reviewNote', 'review_note'],
  ['originalValueMin', 'original_value_min'],
  ['originalValueMax', 'original_value_max'],
  ['originalUnit', 'original_unit'],
];

/** Whitespace and invisible characters (zero-width, soft hyphen, BOM, bidi marks) a spreadsheet skips. */
const LEADING_INVISIBLE = /^[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+/u;

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return, even after leading spaces, line breaks or invisible characters) gets a leading
 * apostrophe, since quotes and articles are untrusted input.
 */
export function csvCell(value: string | number | boolean | null | readonly string[]): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = typeof value === 'string' ? value : value.join('; ');
  if (/^[=+\-@\t\r]/.test(text) || /^[=+\-@]/.test(text.replace(LEADING_INVISIBLE, ''))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV with a header line and CRLF line ends. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [COLUMNS.map(([, header]) => header).join(',')];
  for (const row of rows) lines.push(COLUMNS.map(([key]) => csvCell(row[key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The rows as pretty-printed JSON. */
export function toJson(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
