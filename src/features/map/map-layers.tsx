import { divIcon, svg, type Control, type DivIcon, type LeafletMouseEvent, type PathOptions } from 'leaflet';
import { memo, useEffect, useMemo } from 'react';
import { CircleMarker, GeoJSON, Marker, Pane, Polygon, TileLayer, Tooltip, useMap } from 'react-leaflet';
import type { Place } from '../../domain/schema';
import { formatDay } from '../../domain/series-labels';
import type { MultiPolygon, Polygon as GeoPolygon, Position } from 'geojson';
import { lineFeature, type Basemap } from './basemap';
import type { EventPlace } from './map-caps';
import { showTextTooltip } from './text-tooltip';

const ATTRIBUTION = 'Borders: Natural Earth | Places: GeoNames';
const OSM_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** Above the tiles (200) and below the overlays (400), where Leaflet would draw the countries otherwise. */
const COUNTRIES_Z = 350;

const toLatLng = (p: Position): [number, number] => [p[1] ?? 0, p[0] ?? 0];

/** Leaflet positions (lat, lon) of a GeoJSON polygon or multipolygon. */
function areaPositions(geometry: GeoPolygon | MultiPolygon): [number, number][][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.map(toLatLng)));
}

/** Credits the bundled borders and the gazetteer in Leaflet's attribution, whether or not the borders loaded. */
export function DataAttribution() {
  const map = useMap();
  useEffect(() => {
    const control = map.attributionControl as Control.Attribution | undefined;
    control?.addAttribution(ATTRIBUTION);
    return () => void control?.removeAttribution(ATTRIBUTION);
  }, [map]);
  return null;
}

/** Countries, the occupied-area overlays and, when opted in, OpenStreetMap tiles underneath. */
export function BasemapLayers({ basemap, tiles }: { basemap: Basemap | null; tiles: boolean }) {
  // Overlays use SVG (not the canvas) so CSS can hatch them; there are only two.
  const areaRenderer = useMemo(() => svg(), []);
  const countryStyle = useMemo<PathOptions>(
    () => ({ color: '#8c8c8c', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: tiles ? 0 : 1 }),
    [tiles],
  );
  return (
    <>
      {tiles && (
        <TileLayer url="https://tile.openstreetmap.org/{z}/{x}/{y}.png" attribution={OSM_ATTRIBUTION} />
      )}
      {basemap && (
        // A pane of their own gives the countries their own canvas: on the shared one, every change of the
        // symbols redrew the countries under them too.
        <Pane name="countries" style={{ zIndex: COUNTRIES_Z }}>
          <GeoJSON data={basemap.countries} style={countryStyle} interactive={false} />
        </Pane>
      )}
      {basemap?.areas.features.map((area) => (
        <Polygon
          key={area.properties.id}
          positions={areaPositions(area.geometry)}
          // Renderer and class are construction options: react-leaflet passes props, not pathOptions, to the layer.
          renderer={areaRenderer}
          className={`map-area map-area--${area.properties.id}`}
          pathOptions={{
            color: '#7f1d1d',
            weight: 1.2,
            dashArray: '4 3',
          }}
        >
          <Tooltip sticky>{area.properties.label}</Tooltip>
        </Polygon>
      ))}
    </>
  );
}

/** Shared borders that visible claims refer to, drawn as the real line; thicker for the selected claim. */
export function BorderLines(props: {
  basemap: Basemap;
  borders: readonly Place[];
  selected: ReadonlySet<string>;
}) {
  return (
    <>
      {props.borders.map((place) => {
        const [a, b] = place.border ?? ['', ''];
        const selected = props.selected.has(place.id);
        return (
          <GeoJSON
            key={`${place.id}:${selected}`}
            data={lineFeature(place.id, props.basemap.borderLine(a, b))}
            style={{ color: '#6a3d9a', weight: selected ? 6 : 4, opacity: 0.85 }}
            eventHandlers={{ mouseover: (e: LeafletMouseEvent) => showTextTooltip(e, place.name) }}
          />
        );
      })}
    </>
  );
}

/** Places the filtered articles and claims mention: small dots under the troop symbols, on the canvas. */
export const PlaceDots = memo(function PlaceDots({ places }: { places: readonly Place[] }) {
  return (
    <>
      {places
        .filter((place) => place.kind !== 'border')
        .map((place) => (
          <CircleMarker
            key={place.id}
            center={[place.lat, place.lon]}
            radius={3}
            pathOptions={{ color: '#fff', weight: 1, fillColor: '#333', fillOpacity: 0.9 }}
            eventHandlers={{ mouseover: (e: LeafletMouseEvent) => showTextTooltip(e, place.name) }}
          />
        ))}
    </>
  );
});

const icons = new Map<number, DivIcon>();

/** A diamond icon `size` pixels across, shared by every marker of that size. */
function eventIcon(size: number): DivIcon {
  let icon = icons.get(size);
  if (!icon) icons.set(size, (icon = divIcon({ className: 'map-event-icon', iconSize: [size, size] })));
  return icon;
}

/** "Kyiv: 3 events. 10 Feb 2022: Drills begin; …", at most five titles. */
function eventPlaceText({ place, events }: EventPlace): string {
  const lines = events.slice(0, 5).map((e) => `${formatDay(e.date)}: ${e.title}`);
  if (events.length > 5) lines.push(`and ${events.length - 5} more`);
  return `${place.name}: ${events.length === 1 ? '1 event' : `${events.length} events`}\n${lines.join('\n')}`;
}

/**
 * The places with the most event sources, one diamond each, larger for more events; a handful of DOM
 * markers whatever the corpus size. The places list gives every event in text.
 */
export const EventMarkers = memo(function EventMarkers({ groups }: { groups: readonly EventPlace[] }) {
  const most = groups.reduce((max, g) => Math.max(max, g.events.length), 1);
  return (
    <>
      {groups.map((group) => (
        <Marker
          key={group.id}
          position={[group.place.lat, group.place.lon]}
          icon={eventIcon(Math.round(10 + 8 * Math.sqrt((group.events.length - 1) / Math.max(1, most - 1))))}
          keyboard={false}
          eventHandlers={{
            mouseover: (e: LeafletMouseEvent) =>
              showTextTooltip(e, eventPlaceText(group), 'map-tooltip--lines'),
          }}
        />
      ))}
    </>
  );
});
