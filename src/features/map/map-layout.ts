/**
 * Where symbols go at one zoom, computed in screen pixels without Leaflet: several claimants at one place are
 * spread around it so none hides another, and at volume places closer than a symbol are gathered into numbered
 * clusters that split as the map zooms in.
 */
import type { PlaceSymbol } from './map-symbols';

/** A point in pixels (Leaflet's projected coordinates at the current zoom). */
export interface Pixel {
  x: number;
  y: number;
}

/** A symbol and where it is drawn. */
export interface LaidSymbol {
  symbol: PlaceSymbol;
  at: Pixel;
}

/** Several places drawn as one numbered circle. */
export interface SymbolCluster {
  /** The ids of its places, sorted and joined: stable while the same places stay together. */
  id: string;
  at: Pixel;
  /** Claims behind all its symbols. */
  count: number;
  symbols: PlaceSymbol[];
}

/** What the map draws at one zoom. */
export interface SymbolLayout {
  symbols: LaidSymbol[];
  clusters: SymbolCluster[];
}

/** Options: gather places into clusters (at volume), and how close places must be to share one. */
export interface LayoutOptions {
  cluster: boolean;
  clusterRadius?: number;
}

/** Distance from the place of each of several symbols there: apart enough that equal circles show two outlines. */
export const SPREAD = 10;

interface PlaceGroup {
  id: string;
  at: Pixel;
  symbols: PlaceSymbol[];
  count: number;
}

/** Symbols at one place, spread evenly around it (largest first, from twelve o'clock); one symbol stays put. */
function spread(group: PlaceGroup): LaidSymbol[] {
  const n = group.symbols.length;
  if (n === 1) return [{ symbol: group.symbols[0]!, at: group.at }];
  return group.symbols.map((symbol, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return {
      symbol,
      at: { x: group.at.x + SPREAD * Math.cos(angle), y: group.at.y + SPREAD * Math.sin(angle) },
    };
  });
}

/**
 * Lays out `symbols` (largest first) with `project` (place anchor to pixels). Clustering is greedy from the busiest
 * place: each place joins the first cluster whose centre lies within the radius, else starts one.
 */
export function layoutSymbols(
  symbols: readonly PlaceSymbol[],
  project: (symbol: PlaceSymbol) => Pixel,
  { cluster, clusterRadius = 36 }: LayoutOptions,
): SymbolLayout {
  const groups = new Map<string, PlaceGroup>();
  for (const symbol of symbols) {
    const group = groups.get(symbol.place.id);
    if (group) {
      group.symbols.push(symbol);
      group.count += symbol.count;
    } else
      groups.set(symbol.place.id, {
        id: symbol.place.id,
        at: project(symbol),
        symbols: [symbol],
        count: symbol.count,
      });
  }
  const places = [...groups.values()];
  if (!cluster) return { symbols: places.flatMap(spread), clusters: [] };
  places.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  const gathered: PlaceGroup[][] = [];
  const r2 = clusterRadius * clusterRadius;
  for (const place of places) {
    const home = gathered.find(
      ([first]) => (first!.at.x - place.at.x) ** 2 + (first!.at.y - place.at.y) ** 2 < r2,
    );
    if (home) home.push(place);
    else gathered.push([place]);
  }
  const out: SymbolLayout = { symbols: [], clusters: [] };
  for (const members of gathered) {
    if (members.length === 1) {
      out.symbols.push(...spread(members[0]!));
      continue;
    }
    const count = members.reduce((sum, m) => sum + m.count, 0);
    // The centre weighted by claims, so a cluster sits nearer its busiest places.
    const x = members.reduce((sum, m) => sum + m.at.x * m.count, 0) / count;
    const y = members.reduce((sum, m) => sum + m.at.y * m.count, 0) / count;
    out.clusters.push({
      id: members
        .map((m) => m.id)
        .sort()
        .join('|'),
      at: { x, y },
      count,
      symbols: members.flatMap((m) => m.symbols),
    });
  }
  return out;
}
