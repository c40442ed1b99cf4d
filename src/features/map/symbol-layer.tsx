import type { LeafletMouseEvent } from 'leaflet';
import { memo, useMemo } from 'react';
import { CircleMarker } from 'react-leaflet';
import { symbolRadius, type PlaceSymbol } from './map-symbols';
import { showTextTooltip } from './text-tooltip';

interface SymbolMarkProps {
  symbol: PlaceSymbol;
  radius: number;
  color: string;
  selected: boolean;
  label: string;
  onSelect: (claimId: string) => void;
}

const SymbolMark = memo(function SymbolMark({
  symbol,
  radius,
  color,
  selected,
  label,
  onSelect,
}: SymbolMarkProps) {
  const handlers = useMemo(
    () => ({
      mouseover: (e: LeafletMouseEvent) => showTextTooltip(e, label),
      click: () => onSelect(symbol.topClaimId),
    }),
    [label, onSelect, symbol.topClaimId],
  );
  return (
    <CircleMarker
      center={[symbol.at.lat, symbol.at.lon]}
      radius={radius}
      pathOptions={{
        color: selected ? '#111' : color,
        weight: selected ? 3 : 1.5,
        fillColor: color,
        fillOpacity: selected ? 0.55 : 0.3,
      }}
      eventHandlers={handlers}
    />
  );
});

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
 * Proportional troop symbols on the map's canvas renderer. Drawn largest first, so several claimants at one
 * place read as concentric rings; the selected claim's symbols are outlined.
 */
export function SymbolLayer({ symbols, maxValue, colorOf, labelOf, selected, onSelect }: SymbolLayerProps) {
  return (
    <>
      {symbols.map((symbol) => (
        <SymbolMark
          key={symbol.id}
          symbol={symbol}
          radius={symbolRadius(symbol.value, maxValue)}
          color={colorOf(symbol.key)}
          selected={selected.has(symbol.id)}
          label={labelOf(symbol)}
          onSelect={onSelect}
        />
      ))}
    </>
  );
}
