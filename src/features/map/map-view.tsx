import 'leaflet/dist/leaflet.css';
import './map.css';
import { useCallback, useMemo, useState } from 'react';
import { MapContainer } from 'react-leaflet';
import type { ClaimantScheme } from '../../domain/claimant-colors';
import type { Claim, CrisisEvent, Place } from '../../domain/schema';
import { describeClaim } from '../../domain/series-labels';
import type { MapViewport } from '../../url-state/view-state';
import { nearestOnLine, type Basemap } from './basemap';
import { BasemapLayers, BorderLines, EventMarkers, PlaceDots } from './map-layers';
import { MapLegend } from './map-legend';
import { buildPlaceSymbols, type LatLon, type PlaceSymbol } from './map-symbols';
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

/** Ukraine and its neighbours: the first view when there is nothing to fit. */
const DEFAULT_VIEW: MapViewport = { lat: 49.5, lon: 33, zoom: 5 };

/** Bounds around the troop symbols, or else the mentioned places; the default view when there are none. */
function fitView(
  points: readonly LatLon[],
  places: readonly Place[],
): MapViewport | { bounds: [[number, number], [number, number]] } {
  const all = points.length ? points : places.map((p) => ({ lat: p.lat, lon: p.lon }));
  if (all.length === 0) return DEFAULT_VIEW;
  const lats = all.map((p) => p.lat);
  const lons = all.map((p) => p.lon);
  const [s, n, w, e] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  if (n - s < 0.5 && e - w < 0.5) return { lat: (s + n) / 2, lon: (w + e) / 2, zoom: 6 };
  return {
    bounds: [
      [s, w],
      [n, e],
    ],
  };
}

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
  const marks = useMemo(
    () => buildPlaceSymbols(claims, placesById, scheme.keyOf, anchorOf),
    [claims, placesById, scheme, anchorOf],
  );
  const labelOf = useCallback(
    (symbol: PlaceSymbol) => {
      const claim = claimsById.get(symbol.topClaimId);
      const text = claim ? describeClaim(claim, scheme.namesOf(claim)) : scheme.labelOf(symbol.key);
      const more = symbol.claimIds.length > 1 ? ` (largest of ${symbol.claimIds.length} claims)` : '';
      return `${symbol.place.name}: ${text}${more}`;
    },
    [claimsById, scheme],
  );
  const keys = new Set(marks.symbols.map((s) => s.key));
  const entries = scheme.entries.filter((e) => keys.has(e.key));
  const selectedAt =
    marks.symbols.find((s) => selectedClaimId && s.claimIds.includes(selectedClaimId))?.at ?? null;
  const selectedBorders = new Set(
    marks.symbols
      .filter((s) => selectedClaimId && s.claimIds.includes(selectedClaimId))
      .map((s) => s.place.id),
  );
  // The first view only (MapContainer ignores later props): the URL's viewport, or the data's extent.
  const [initial] = useState(
    () =>
      props.viewport ??
      fitView(
        marks.symbols.map((sym) => sym.at),
        places,
      ),
  );

  return (
    <>
      <div className="map-view__header">
        <h2>Map</h2>
        <label className="map-view__tiles">
          <input type="checkbox" checked={tiles} onChange={(e) => setTiles(e.target.checked)} />
          Online map tiles (OpenStreetMap)
        </label>
      </div>
      <svg className="map-view__defs" width="0" height="0" aria-hidden="true" focusable="false">
        <defs>
          <pattern
            id="map-hatch-crimea"
            width="7"
            height="7"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="7" height="7" fill="#b91c1c" fillOpacity="0.08" />
            <line x1="0" y1="0" x2="0" y2="7" stroke="#b91c1c" strokeWidth="2" strokeOpacity="0.45" />
          </pattern>
          <pattern
            id="map-hatch-donbas"
            width="7"
            height="7"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(-45)"
          >
            <rect width="7" height="7" fill="#7f1d1d" fillOpacity="0.08" />
            <line x1="0" y1="0" x2="0" y2="7" stroke="#7f1d1d" strokeWidth="2" strokeOpacity="0.45" />
          </pattern>
        </defs>
      </svg>
      <div className="map-view__frame">
        <MapContainer
          className="map-view__map"
          {...('bounds' in initial
            ? { bounds: initial.bounds, boundsOptions: { padding: [24, 24], maxZoom: 7 } }
            : { center: [initial.lat, initial.lon], zoom: initial.zoom })}
          minZoom={2}
          maxZoom={12}
          preferCanvas
          worldCopyJump
        >
          <BasemapLayers basemap={basemap} tiles={tiles} />
          {basemap && <BorderLines basemap={basemap} borders={marks.borders} selected={selectedBorders} />}
          <PlaceDots places={places} />
          <EventMarkers events={events} placesById={placesById} />
          <SymbolLayer
            symbols={marks.symbols}
            maxValue={marks.maxValue}
            colorOf={scheme.colorOf}
            labelOf={labelOf}
            selectedClaimId={selectedClaimId}
            onSelect={props.onSelectClaim}
          />
          <MapViewportSync
            viewport={props.viewport}
            onViewportChange={props.onViewportChange}
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
      <PlacesList
        symbols={marks.symbols}
        events={events}
        labelOf={labelOf}
        selectedClaimId={selectedClaimId}
        onSelect={props.onSelectClaim}
        unmapped={marks.unmapped}
      />
    </>
  );
}
