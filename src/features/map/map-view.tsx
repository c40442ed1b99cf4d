import 'leaflet/dist/leaflet.css';
import './map.css';
import type { FitBoundsOptions } from 'leaflet';
import { useCallback, useMemo, useState } from 'react';
import { MapContainer } from 'react-leaflet';
import type { ClaimantScheme } from '../../domain/claimant-colors';
import type { Claim, CrisisEvent, Place } from '../../domain/schema';
import { describeClaim } from '../../domain/series-labels';
import type { MapViewport } from '../../url-state/view-state';
import { nearestOnLine, type Basemap } from './basemap';
import { capSymbols, EVENT_PLACE_LIMIT, groupEvents, withSelected } from './map-caps';
import { initialBox } from './map-fit';
import { BasemapLayers, BorderLines, DataAttribution, EventMarkers, PlaceDots } from './map-layers';
import { MapHatches } from './map-hatches';
import { MapLegend } from './map-legend';
import {
  aggregateSymbols,
  buildSymbolIndex,
  symbolsOfClaim,
  type LatLon,
  type PlaceSymbol,
} from './map-symbols';
import { MapViewportSync } from './map-viewport';
import { PlacesList } from './places-list';
import { SymbolLayer } from './symbol-layer';

/** Props: the visible rows, the dataset's lookups and scheme, and the view state the map reads and sets. */
export interface MapViewProps {
  claims: readonly Claim[];
  /** Places referred to by the visible claims, articles or events. */
  places: readonly Place[];
  placesById: ReadonlyMap<string, Place>;
  claimsById: ReadonlyMap<string, Claim>;
  events: readonly CrisisEvent[];
  scheme: ClaimantScheme;
  selectedClaimId: string | null;
  onSelectClaim: (id: string) => void;
  viewport: MapViewport | null;
  /** User moves of the map; the caller replaces history rather than pushing it. */
  onViewportChange: (viewport: MapViewport) => void;
  /** Null while loading: the data then shows over a plain background. */
  basemap: Basemap | null;
  /** Set when the basemap files could not be loaded; the data still shows. */
  basemapError?: string | null;
}

/** Room kept clear of Leaflet's controls in the first view: zoom buttons top left, attribution at the bottom. */
const FIT_OPTIONS: FitBoundsOptions = { paddingTopLeft: [52, 16], paddingBottomRight: [16, 40], maxZoom: 7 };

/** The map region's content (see MapRegion): bundled borders, occupied-area overlays, troop symbols, places, events and their list. */
export function MapView(props: MapViewProps) {
  const { claims, places, placesById, claimsById, events, scheme, selectedClaimId, basemap } = props;
  const [tiles, setTiles] = useState(false);
  const anchorOf = useCallback(
    (place: Place): LatLon => {
      const own = { lat: place.lat, lon: place.lon };
      if (!basemap || !place.border) return own;
      return nearestOnLine(basemap.borderLine(place.border[0], place.border[1]), own) ?? own;
    },
    [basemap],
  );
  const index = useMemo(
    () => buildSymbolIndex(claimsById.values(), placesById, scheme.keyOf),
    [claimsById, placesById, scheme],
  );
  const marks = useMemo(() => aggregateSymbols(claims, index, anchorOf), [claims, index, anchorOf]);
  const selected = useMemo(
    () =>
      symbolsOfClaim(
        selectedClaimId,
        selectedClaimId ? claimsById.get(selectedClaimId) : undefined,
        claims,
        index,
      ),
    [selectedClaimId, claimsById, claims, index],
  );
  const capped = useMemo(() => capSymbols(marks.symbols), [marks]);
  const drawn = useMemo(() => withSelected(capped, marks.symbols, selected), [capped, marks, selected]);
  const eventGroups = useMemo(() => groupEvents(events, placesById), [events, placesById]);
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
    const keys = new Set(capped.map((s) => s.key));
    return scheme.entries.filter((e) => keys.has(e.key));
  }, [capped, scheme]);
  const selectedSymbols = useMemo(() => drawn.filter((s) => selected.has(s.id)), [drawn, selected]);
  const selectedBorders = useMemo(() => new Set(selectedSymbols.map((s) => s.place.id)), [selectedSymbols]);
  const selectedAt = useMemo(() => selectedSymbols.map((s) => s.at), [selectedSymbols]);
  // The first view only (MapContainer ignores later props): the URL's viewport, or Ukraine and the data near it.
  const [initial] = useState(() => {
    if (props.viewport) return props.viewport;
    const box = initialBox([...drawn.map((s) => s.at), ...places]);
    return {
      bounds: [
        [box.south, box.west],
        [box.north, box.east],
      ] as [[number, number], [number, number]],
    };
  });

  return (
    <>
      <div className="map-view__main">
        <div className="map-view__header">
          <h2>Map</h2>
          <label className="map-view__tiles">
            <input type="checkbox" checked={tiles} onChange={(e) => setTiles(e.target.checked)} />
            Online map tiles (OpenStreetMap)
          </label>
        </div>
        <MapHatches />
        <div className="map-view__frame">
          <MapContainer
            className="map-view__map"
            {...('bounds' in initial
              ? { bounds: initial.bounds, boundsOptions: FIT_OPTIONS }
              : { center: [initial.lat, initial.lon], zoom: initial.zoom })}
            zoomSnap={0.25}
            minZoom={2}
            maxZoom={12}
            preferCanvas
            worldCopyJump
          >
            <BasemapLayers basemap={basemap} tiles={tiles} />
            {basemap && <BorderLines basemap={basemap} borders={marks.borders} selected={selectedBorders} />}
            <DataAttribution />
            <PlaceDots places={places} />
            <EventMarkers groups={eventPlaces} />
            <SymbolLayer
              symbols={drawn}
              maxValue={marks.maxValue}
              colorOf={scheme.colorOf}
              labelOf={labelOf}
              selected={selected}
              onSelect={props.onSelectClaim}
            />
            <MapViewportSync
              viewport={props.viewport}
              onViewportChange={props.onViewportChange}
              selectedClaimId={selectedSymbols.length ? selectedClaimId : null}
              selectedAt={selectedAt}
            />
          </MapContainer>
        </div>
        {props.basemapError && (
          <p className="map-view__note" role="status">
            Country borders could not be loaded ({props.basemapError}); troop symbols and places are still
            shown.
          </p>
        )}
        <MapLegend entries={entries} maxValue={marks.maxValue} />
      </div>
      <PlacesList
        symbols={marks.symbols}
        events={eventGroups.events}
        labelOf={labelOf}
        selected={selected}
        onSelect={props.onSelectClaim}
        unmapped={marks.unmapped}
      />
    </>
  );
}
