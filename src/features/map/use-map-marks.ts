import { useCallback, useMemo } from 'react';
import type { ClaimantScheme } from '../../domain/claimant-colors';
import { perList } from '../../domain/per-list';
import type { Claim, CrisisEvent, Place } from '../../domain/schema';
import { describeClaim } from '../../domain/series-labels';
import { nearestOnLine, type Basemap } from './basemap';
import { capSymbols, EVENT_PLACE_LIMIT, groupEvents, withSelected } from './map-caps';
import {
  aggregateSymbols,
  buildSymbolIndex,
  symbolsOfClaim,
  type LatLon,
  type PlaceSymbol,
} from './map-symbols';

// Remembered per list of claims (see perList): a search cleared or a filter undone finds its symbols again.
const aggregatedOf = perList(aggregateSymbols);
const cappedOf = perList((marks: ReturnType<typeof aggregateSymbols>) => capSymbols(marks.symbols));

/** What the marks depend on: the visible rows, the dataset's lookups and scheme, the selection, the borders. */
export interface MapMarksInput {
  claims: readonly Claim[];
  placesById: ReadonlyMap<string, Place>;
  datasetClaims: readonly Claim[];
  claimsById: ReadonlyMap<string, Claim>;
  /** In `bySources` order (see `eventsBySources`). */
  events: readonly CrisisEvent[];
  scheme: ClaimantScheme;
  selectedClaimId: string | null;
  basemap: Basemap | null;
}

/**
 * Everything the map draws and lists, memoised so that a filter change recomputes the aggregates once and a
 * selection recomputes only its emphasis.
 */
export function useMapMarks({
  claims,
  placesById,
  datasetClaims,
  claimsById,
  events,
  scheme,
  selectedClaimId,
  basemap,
}: MapMarksInput) {
  const anchorOf = useCallback(
    (place: Place): LatLon => {
      const own = { lat: place.lat, lon: place.lon };
      if (!basemap || !place.border) return own;
      return nearestOnLine(basemap.borderLine(place.border[0], place.border[1]), own) ?? own;
    },
    [basemap],
  );
  const index = useMemo(
    () => buildSymbolIndex(datasetClaims, placesById, scheme.keyOf),
    [datasetClaims, placesById, scheme],
  );
  const marks = aggregatedOf(claims, index, anchorOf);
  const selected = useMemo(
    () => symbolsOfClaim(selectedClaimId ? claimsById.get(selectedClaimId) : undefined, claims, index),
    [selectedClaimId, claimsById, claims, index],
  );
  const capped = cappedOf(marks);
  const drawn = useMemo(() => withSelected(capped, marks.symbols, selected), [capped, marks, selected]);
  const eventGroups = useMemo(() => groupEvents(events, placesById, true), [events, placesById]);
  const eventPlaces = useMemo(() => eventGroups.places.slice(0, EVENT_PLACE_LIMIT), [eventGroups]);
  const labelOf = useCallback(
    (symbol: PlaceSymbol) => {
      const claim = claimsById.get(symbol.topClaimId);
      const text = claim ? describeClaim(claim, scheme.namesOf(claim)) : scheme.labelOf(symbol.key);
      const more = symbol.count > 1 ? ` (largest of ${symbol.count} claims)` : '';
      return `${symbol.place.name}: ${text}${more}`;
    },
    [claimsById, scheme],
  );
  const entries = useMemo(() => {
    const keys = new Set(drawn.map((s) => s.key));
    return scheme.entries.filter((e) => keys.has(e.key));
  }, [drawn, scheme]);
  const selectedSymbols = useMemo(() => drawn.filter((s) => selected.has(s.id)), [drawn, selected]);
  const selectedBorders = useMemo(() => new Set(selectedSymbols.map((s) => s.place.id)), [selectedSymbols]);
  const selectedAt = useMemo(() => selectedSymbols.map((s) => s.at), [selectedSymbols]);
  return { marks, drawn, selected, selectedAt, selectedBorders, eventGroups, eventPlaces, entries, labelOf };
}
