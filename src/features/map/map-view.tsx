import 'leaflet/dist/leaflet.css';
import './map.css';
import type { FitBoundsOptions } from 'leaflet';
import { useMemo, useState } from 'react';
import { MapContainer } from 'react-leaflet';
import type { ClaimantScheme } from '../../domain/claimant-colors';
import { keepClaims } from '../../domain/filters';
import type { Claim, CrisisEvent, Place } from '../../domain/schema';
import type { MapViewport } from '../../url-state/view-state';
import type { Basemap } from './basemap';
import { initialBox } from './map-fit';
import { BasemapLayers, BorderLines, DataAttribution, EventMarkers, PlaceDots } from './map-layers';
import { MapHatches } from './map-hatches';
import { MapLegend } from './map-legend';
import { MapTime } from './map-time';
import { MapViewportSync } from './map-viewport';
import { PlacesList } from './places-list';
import { SymbolLayer } from './symbol-layer';
import { useMapMarks } from './use-map-marks';

/** Props: the visible rows, the dataset's lookups and scheme, and the view state the map reads and sets. */
export interface MapViewProps {
  claims: readonly Claim[];
  /** Places referred to by the visible claims, articles or events. */
  places: readonly Place[];
  placesById: ReadonlyMap<string, Place>;
  /** The dataset's claims in order: what the visible claims' positions refer to (see `claimPositions`). */
  datasetClaims: readonly Claim[];
  /** Claims by id as the views show them (a corrected claim with its corrections). */
  claimsById: ReadonlyMap<string, Claim>;
  /** The visible events, most sourced first (see `eventsBySources`). */
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
  const { places, scheme, selectedClaimId, basemap } = props;
  const [tiles, setTiles] = useState(false);
  // The time control: claims reported up to `day` (null: all of them), played through the days with claims.
  const [day, setDay] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const days = useMemo(() => {
    const seen = new Set<string>();
    for (const claim of props.claims) if (claim.reportedOn) seen.add(claim.reportedOn);
    return [...seen].sort();
  }, [props.claims]);
  const upTo = day !== null && days.includes(day) ? day : null;
  const claims = useMemo(
    () =>
      upTo === null
        ? props.claims
        : keepClaims(props.claims, (c) => c.reportedOn !== null && c.reportedOn <= upTo),
    [props.claims, upTo],
  );
  const { marks, drawn, selected, selectedAt, selectedBorders, eventGroups, eventPlaces, entries, labelOf } =
    useMapMarks({ ...props, claims });
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
              selectedClaimId={selectedAt.length ? selectedClaimId : null}
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
        <MapTime days={days} day={upTo} playing={playing} onDayChange={setDay} onPlayingChange={setPlaying} />
        <MapLegend
          entries={entries}
          maxValue={marks.maxValue}
          leftOut={marks.symbols.length - drawn.length}
        />
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
