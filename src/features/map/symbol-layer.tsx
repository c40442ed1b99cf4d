import { divIcon, latLng, latLngBounds, type LatLng, type LeafletMouseEvent } from 'leaflet';
import { memo, useMemo, useState } from 'react';
import { CircleMarker, Marker, useMap, useMapEvents } from 'react-leaflet';
import { formatCount } from '../../domain/series-labels';
import { layoutSymbols, type SymbolCluster } from './map-layout';
import { symbolRadius, type PlaceSymbol } from './map-symbols';
import { showTextTooltip } from './text-tooltip';

/** Symbols drawn from which nearby places are gathered into numbered clusters. */
export const CLUSTER_FROM = 60;

interface SymbolMarkProps {
  /** The claim a click selects. */
  topClaimId: string;
  /** Where it is drawn, as numbers: a new LatLng per layout would make every mark re-render and move. */
  lat: number;
  lng: number;
  radius: number;
  color: string;
  selected: boolean;
  label: string;
  onSelect: (claimId: string) => void;
}

// A search or filter change lays out every symbol anew; with props that are all plain values, one whose place,
// size, colour and label stay the same neither re-renders nor makes Leaflet redraw it.
const SymbolMark = memo(function SymbolMark({
  topClaimId,
  lat,
  lng,
  radius,
  color,
  selected,
  label,
  onSelect,
}: SymbolMarkProps) {
  const handlers = useMemo(
    () => ({
      mouseover: (e: LeafletMouseEvent) => showTextTooltip(e, label),
      click: () => onSelect(topClaimId),
    }),
    [label, onSelect, topClaimId],
  );
  const center = useMemo(() => latLng(lat, lng), [lat, lng]);
  const pathOptions = useMemo(
    () => ({
      color: selected ? '#111' : color,
      weight: selected ? 3 : 1.5,
      fillColor: color,
      fillOpacity: selected ? 0.55 : 0.3,
    }),
    [selected, color],
  );
  return <CircleMarker center={center} radius={radius} pathOptions={pathOptions} eventHandlers={handlers} />;
});

/** "212 claims at 4 places: Kharkiv, Belgorod, … Click to zoom in." */
function clusterLabel(cluster: SymbolCluster): string {
  const names = [...new Set(cluster.symbols.map((s) => s.place.name))];
  const shown = names.slice(0, 4).join(', ') + (names.length > 4 ? ', …' : '');
  return `${formatCount(cluster.count)} claims at ${names.length} places: ${shown}. Click to zoom in.`;
}

/** A numbered circle for nearby places; a click zooms to them so they split apart. */
function ClusterMark({ cluster, center }: { cluster: SymbolCluster; center: LatLng }) {
  const map = useMap();
  const size = Math.round(Math.min(56, 22 + 4 * Math.sqrt(cluster.symbols.length)));
  const icon = useMemo(() => {
    // The count as a text node: a number, but never HTML built from data all the same.
    const node = document.createElement('span');
    node.textContent = formatCount(cluster.count);
    return divIcon({ html: node, className: 'map-cluster', iconSize: [size, size] });
  }, [cluster.count, size]);
  const handlers = useMemo(
    () => ({
      mouseover: (e: LeafletMouseEvent) => showTextTooltip(e, clusterLabel(cluster)),
      click: () => {
        const bounds = latLngBounds(cluster.symbols.map((s) => [s.at.lat, s.at.lon] as [number, number]));
        map.flyToBounds(bounds.pad(0.3), { maxZoom: Math.min(map.getMaxZoom(), map.getZoom() + 3) });
      },
    }),
    [cluster, map],
  );
  return <Marker position={center} icon={icon} eventHandlers={handlers} title={clusterLabel(cluster)} />;
}

/** Props: symbols largest first, the scale's maximum, and what selection needs. */
export interface SymbolLayerProps {
  symbols: readonly PlaceSymbol[];
  maxValue: number;
  colorOf: (key: string) => string;
  labelOf: (symbol: PlaceSymbol) => string;
  /** Ids of the symbols holding the selected claim. */
  selected: ReadonlySet<string>;
  onSelect: (claimId: string) => void;
}

/**
 * Proportional troop symbols on the map's canvas renderer, laid out per zoom (see map-layout.ts): several
 * claimants at one place sit around it, drawn largest first; at volume nearby places become numbered clusters.
 * The selected claim's symbols are outlined and never clustered away.
 */
export function SymbolLayer({ symbols, maxValue, colorOf, labelOf, selected, onSelect }: SymbolLayerProps) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const layout = useMemo(() => {
    const free = symbols.filter((s) => !selected.has(s.id));
    const laid = layoutSymbols(free, (s) => map.project([s.at.lat, s.at.lon], zoom), {
      cluster: symbols.length > CLUSTER_FROM,
    });
    const chosen = layoutSymbols(
      symbols.filter((s) => selected.has(s.id)),
      (s) => map.project([s.at.lat, s.at.lon], zoom),
      { cluster: false },
    );
    // Largest first across places too, so a small symbol is never drawn under a large neighbour's fill.
    const all = [...laid.symbols, ...chosen.symbols].sort((a, b) => b.symbol.value - a.symbol.value);
    return { symbols: all, clusters: laid.clusters };
  }, [symbols, selected, map, zoom]);
  return (
    <>
      {layout.symbols.map(({ symbol, at }) => {
        const center = map.unproject([at.x, at.y], zoom);
        return (
          <SymbolMark
            key={symbol.id}
            topClaimId={symbol.topClaimId}
            lat={center.lat}
            lng={center.lng}
            radius={symbolRadius(symbol.value, maxValue)}
            color={colorOf(symbol.key)}
            selected={selected.has(symbol.id)}
            label={labelOf(symbol)}
            onSelect={onSelect}
          />
        );
      })}
      {layout.clusters.map((cluster) => (
        <ClusterMark
          key={cluster.id}
          cluster={cluster}
          center={map.unproject([cluster.at.x, cluster.at.y], zoom)}
        />
      ))}
    </>
  );
}
