import { describe, expect, it } from 'vitest';
import { layoutSymbols, SPREAD } from '../../../src/features/map/map-layout';
import type { PlaceSymbol } from '../../../src/features/map/map-symbols';
import type { Place } from '../../../src/domain/schema';

function place(id: string, x: number, y: number): Place {
  return {
    id,
    name: id,
    kind: 'city',
    lat: y,
    lon: x,
    aliases: [],
    border: null,
    country: null,
    source: 'reference',
  };
}

function symbol(p: Place, key: string, value: number, count = 1): PlaceSymbol {
  return {
    id: `${p.id}|${key}`,
    place: p,
    key,
    at: { lat: p.lat, lon: p.lon },
    value,
    count,
    topClaimId: `${p.id}-${key}`,
  };
}

// Pixels straight from the fixture's coordinates.
const project = (s: PlaceSymbol) => ({ x: s.at.lon, y: s.at.lat });

describe('layoutSymbols', () => {
  it('spreads two equal symbols at one place apart, so neither hides the other', () => {
    const kyiv = place('kyiv', 100, 100);
    const { symbols, clusters } = layoutSymbols(
      [symbol(kyiv, 'usa', 130_000), symbol(kyiv, 'ukraine', 130_000)],
      project,
      {
        cluster: false,
      },
    );
    expect(clusters).toEqual([]);
    const [a, b] = symbols.map((s) => s.at);
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeCloseTo(2 * SPREAD);
    for (const at of [a!, b!]) expect(Math.hypot(at.x - 100, at.y - 100)).toBeCloseTo(SPREAD);
  });

  it('keeps a lone symbol on its place', () => {
    const kyiv = place('kyiv', 100, 100);
    expect(layoutSymbols([symbol(kyiv, 'usa', 1)], project, { cluster: false }).symbols[0]?.at).toEqual({
      x: 100,
      y: 100,
    });
  });

  it('gathers nearby places into one numbered cluster at volume, and leaves far ones alone', () => {
    const near = [place('a', 0, 0), place('b', 10, 0), place('c', 0, 20)];
    const far = place('far', 500, 500);
    const layout = layoutSymbols(
      [...near.map((p, i) => symbol(p, 'k', 1000, i + 1)), symbol(far, 'k', 1000, 7)],
      project,
      { cluster: true, clusterRadius: 36 },
    );
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]).toMatchObject({ id: 'a|b|c', count: 6 });
    expect(layout.symbols.map((s) => s.symbol.place.id)).toEqual(['far']);
  });

  it('does not cluster when asked not to, however close the places', () => {
    const layout = layoutSymbols(
      [symbol(place('a', 0, 0), 'k', 1), symbol(place('b', 1, 1), 'k', 1)],
      project,
      {
        cluster: false,
      },
    );
    expect(layout.clusters).toEqual([]);
    expect(layout.symbols).toHaveLength(2);
  });
});
