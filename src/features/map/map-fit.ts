/** The map's first view: the data's places near Ukraine, never the whole world because of one far mention. */
import type { LatLon } from './map-symbols';

/** A latitude/longitude box. */
export interface Box {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Ukraine and its neighbours (Warsaw, Minsk, Moscow, Rostov, the Black Sea): places outside do not widen the view. */
const REGION: Box = { south: 43, west: 19, north: 57, east: 42 };

/** Ukraine's extent, Crimea included: always in the first view, as the region of interest. */
export const FOCUS: Box = { south: 44.3, west: 22.1, north: 52.4, east: 40.3 };

const inside = (box: Box, p: LatLon): boolean =>
  p.lat >= box.south && p.lat <= box.north && p.lon >= box.west && p.lon <= box.east;

/** The box to fit first: Ukraine widened to the given points that lie within the region. */
export function initialBox(points: Iterable<LatLon>): Box {
  const box = { ...FOCUS };
  for (const p of points) {
    if (!inside(REGION, p)) continue;
    box.south = Math.min(box.south, p.lat);
    box.north = Math.max(box.north, p.lat);
    box.west = Math.min(box.west, p.lon);
    box.east = Math.max(box.east, p.lon);
  }
  return box;
}
