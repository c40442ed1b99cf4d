/**
 * The claims matching the filters as rows a user can cite or re-analyse, written as CSV or JSON. Claimants are
 * named as the app names them (`docs/data-dictionary.md` describes every column).
 */
import { schemeFor, UNATTRIBUTED_LABEL } from './claimant-colors';
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
  /** As every view names them: "US intelligence (United States)"; ["Unattributed"] when nobody is named. */
  claimants: string[];
  /** The groups (countries or bodies) they speak for. */
  claimantGroups: string[];
  /** The chart's series the claim is drawn in, as its legend names it: "United States", "Joint: A and B". */
  series: string;
  places: string[];
  quote: string;
  articleTitle: string;
  outlet: string | null;
  url: string | null;
  /** The claim opened in the app (when the export knows the app's address). */
  link: string | null;
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

/** The app's deep link to a claim, its article and live entry open: `<appUrl>?claim=…&article=…`. */
export function claimLink(appUrl: string, claim: Claim): string {
  const entry = claim.entryId ? `&entry=${claim.entryId}` : '';
  return `${appUrl}?claim=${claim.id}&article=${claim.articleId}${entry}`;
}

/** Claims as export rows, names resolved through the index; `appUrl` (origin and path) gives each row its link. */
export function toExportRows(
  claims: readonly Claim[],
  index: DatasetIndex,
  appUrl: string | null = null,
): ExportRow[] {
  const scheme = schemeFor(index.dataset);
  return claims.map((c) => {
    const article = index.articles.get(c.articleId);
    const unattributed = c.claimantIds.length === 0;
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
      claimants: unattributed ? [UNATTRIBUTED_LABEL] : scheme.namesOf(c),
      claimantGroups: unattributed ? [UNATTRIBUTED_LABEL] : scheme.groupNamesOf(c),
      series: scheme.labelOf(scheme.keyOf(c)),
      places: c.placeIds.map((id) => index.places.get(id)?.name ?? id),
      quote: c.quote.text,
      articleTitle: article?.title ?? '',
      outlet: article?.outlet ?? null,
      url: article?.url ?? null,
      link: appUrl ? claimLink(appUrl, c) : null,
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
  ['claimantGroups', 'claimant_groups'],
  ['series', 'series'],
  ['places', 'places'],
  ['quote', 'quote'],
  ['articleTitle', 'article_title'],
  ['outlet', 'outlet'],
  ['url', 'url'],
  ['link', 'link'],
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

/** The byte order mark: without it Excel reads UTF-8 as a legacy code page and garbles "–" and curly quotes. */
export const UTF8_BOM = '\uFEFF';

/** The rows as CSV: a byte order mark, a header line, CRLF line ends. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [COLUMNS.map(([, header]) => header).join(',')];
  for (const row of rows) lines.push(COLUMNS.map(([key]) => csvCell(row[key])).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** What a filter keeps, as much of it as a file name needs. */
export interface ExportFilter {
  from: string | null;
  to: string | null;
  actors: readonly string[];
  claimants: readonly string[];
  places: readonly string[];
}

/**
 * A file name that says the filter: `crisis-ledger-claims_2022-01-01_to_2022-02-15_claimants-russia.csv`. Ids are
 * already safe in a file name; a long list is cut to its first ids and a count, so the name stays short.
 */
export function exportFileName(filter: ExportFilter, extension: 'csv' | 'json'): string {
  const parts = ['crisis-ledger-claims'];
  if (filter.from || filter.to) parts.push(`${filter.from ?? 'start'}_to_${filter.to ?? 'end'}`);
  const list = (name: string, ids: readonly string[]) => {
    if (!ids.length) return;
    const shown = ids.slice(0, 3).join('+');
    parts.push(`${name}-${shown}${ids.length > 3 ? `+${ids.length - 3}-more` : ''}`);
  };
  list('actors', filter.actors);
  list('claimants', filter.claimants);
  list('places', filter.places);
  if (parts.length === 1) parts.push('all');
  return `${parts.join('_').replace(/:/g, '-')}.${extension}`;
}

/** The rows as pretty-printed JSON. */
export function toJson(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
