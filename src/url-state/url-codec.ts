/**
 * The one URL schema of the view: `parseView` reads any query string (every value untrusted) and never throws;
 * `serializeView` writes keys in a fixed order and omits defaults, so equal views give equal URLs.
 */
import { REVIEW_STATUSES, type ReviewStatus } from '../domain/reviews';
import { DEFAULT_VIEW, type ChartMode, type MapViewport, type Pane, type ViewState } from './view-state';

/** Longest query string read at all; anything beyond is cut before parsing. */
export const MAX_QUERY_LENGTH = 20_000;
/** Most ids kept per list parameter. */
export const MAX_LIST_IDS = 50;
/** Longest id accepted (the schema's limit). */
export const MAX_ID_LENGTH = 200;

const ID = /^[a-z0-9][a-z0-9._:-]*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PANES: readonly Pane[] = ['map', 'chart', 'articles'];
const CHART_MODES: readonly ChartMode[] = ['chart', 'table', 'compare'];

/** A real calendar day (rejects 2022-02-30), or null. */
export function parseDay(value: string | null | undefined): string | null {
  const match = value ? DAY.exec(value) : null;
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? value!
    : null;
}

/** A well-formed id, or null. */
export function parseId(value: string | null | undefined): string | null {
  return value && value.length <= MAX_ID_LENGTH && ID.test(value) ? value : null;
}

function parseList(value: string | null): string[] {
  if (!value) return [];
  const ids = new Set<string>();
  for (const part of value.split(',')) {
    const id = parseId(part.trim());
    if (id) ids.add(id);
    if (ids.size >= MAX_LIST_IDS) break;
  }
  return [...ids];
}

/** Longest search kept; a search is a few words, not a document. */
export const MAX_SEARCH_LENGTH = 200;

/** A search as typed, with runs of white space folded and cut to a sane length. */
export function parseSearch(value: string | null): string {
  return (value ?? '').replace(/\s+/g, ' ').trimStart().slice(0, MAX_SEARCH_LENGTH);
}

function parseStatuses(value: string | null): ReviewStatus[] {
  const wanted = new Set(value?.split(','));
  return REVIEW_STATUSES.filter((s) => wanted.has(s));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Viewport precision: about a metre of latitude, and hundredths of a zoom level. */
export function normaliseViewport(v: MapViewport): MapViewport {
  return {
    lat: round(clamp(v.lat, -90, 90), 5),
    lon: round(clamp(v.lon, -180, 180), 5),
    zoom: round(clamp(v.zoom, 0, 20), 2),
  };
}

function parseViewport(value: string | null): MapViewport | null {
  const parts = value?.split(',');
  if (!parts || parts.length !== 3 || parts.some((p) => p.length > 24)) return null;
  const [lat, lon, zoom] = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (![lat, lon, zoom].every((n) => Number.isFinite(n))) return null;
  return normaliseViewport({ lat: lat!, lon: lon!, zoom: zoom! });
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

/**
 * Reads a query string (with or without `?`). Malformed or unknown values fall back to defaults;
 * a reversed date range is swapped, since both ends were meant, just in the wrong order.
 */
export function parseView(search: string): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(String(search).slice(0, MAX_QUERY_LENGTH));
  } catch {
    return DEFAULT_VIEW;
  }
  const get = (key: string): string | null => params.get(key);
  let from = parseDay(get('from'));
  let to = parseDay(get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  return {
    from,
    to,
    actors: parseList(get('actors')),
    claimants: parseList(get('claimants')),
    places: parseList(get('places')),
    q: parseSearch(get('q')),
    review: parseStatuses(get('review')),
    showRejected: get('rejected') === 'shown',
    claim: parseId(get('claim')),
    article: parseId(get('article')),
    entry: parseId(get('entry')),
    map: parseViewport(get('map')),
    chart: oneOf(CHART_MODES, get('chart'), DEFAULT_VIEW.chart),
    pane: oneOf(PANES, get('pane'), DEFAULT_VIEW.pane),
  };
}

// Ids only hold a-z 0-9 . _ : -, so only `:` would be escaped; keeping it and commas literal keeps links readable.
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** Writes the view as `?key=value&...` in schema order, defaults omitted; '' for the default view. */
export function serializeView(view: ViewState): string {
  const pairs: [string, string | null][] = [
    ['from', view.from],
    ['to', view.to],
    ['actors', view.actors.length ? view.actors.join(',') : null],
    ['claimants', view.claimants.length ? view.claimants.join(',') : null],
    ['places', view.places.length ? view.places.join(',') : null],
    ['q', view.q.trim() ? view.q : null],
    ['review', view.review.length ? view.review.join(',') : null],
    ['rejected', view.showRejected ? 'shown' : null],
    ['claim', view.claim],
    ['article', view.article],
    ['entry', view.entry],
    ['map', view.map ? [view.map.lat, view.map.lon, view.map.zoom].join(',') : null],
    ['chart', view.chart === DEFAULT_VIEW.chart ? null : view.chart],
    ['pane', view.pane === DEFAULT_VIEW.pane ? null : view.pane],
  ];
  const query = pairs
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(([key, value]) => `${key}=${encode(value)}`)
    .join('&');
  return query ? `?${query}` : '';
}
