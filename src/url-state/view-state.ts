/** The shareable view: everything a deep link reproduces. Parsed from and written to the URL (see url-codec). */
import type { ReviewStatus } from '../domain/reviews';

/** Map viewport. */
export interface MapViewport {
  lat: number;
  lon: number;
  zoom: number;
}

/** Which pane is shown on a phone; on a desktop all three show. */
export type Pane = 'map' | 'chart' | 'articles';

/** The chart as a chart, as the same data in a table, or comparing claimants (a line and a band per claimant). */
export type ChartMode = 'chart' | 'table' | 'compare';

export interface ViewState {
  /** Inclusive date filter, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** Actor ids an article must mention (any of). */
  actors: string[];
  /** Claimant ids (actors or their country/body) a claim must be attributed to (any of). */
  claimants: string[];
  /** Place ids a claim or article must refer to (any of). */
  places: string[];
  /** Full-text search of article titles and texts; '' for none. */
  q: string;
  /** Review statuses a claim must have (any of); empty: every status but rejected, unless `showRejected`. */
  review: ReviewStatus[];
  /** Rejected claims stay in the chart, table and map. */
  showRejected: boolean;
  /** Selected claim. */
  claim: string | null;
  /** Open article, and the live entry within it. */
  article: string | null;
  entry: string | null;
  /** Map viewport; null means "fit the data". */
  map: MapViewport | null;
  chart: ChartMode;
  pane: Pane;
}

/** The view a URL without parameters opens. Defaults are omitted from URLs. */
export const DEFAULT_VIEW: ViewState = {
  from: null,
  to: null,
  actors: [],
  claimants: [],
  places: [],
  q: '',
  review: [],
  showRejected: false,
  claim: null,
  article: null,
  entry: null,
  map: null,
  chart: 'chart',
  pane: 'map',
};
