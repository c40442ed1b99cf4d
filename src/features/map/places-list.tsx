import { useId } from 'react';
import type { CrisisEvent } from '../../domain/schema';
import { formatDay } from '../../domain/series-labels';
import type { PlaceSymbol } from './map-symbols';

/** Symbols listed at most; the rest are on the map and in the chart's table. */
export const PLACES_LIST_LIMIT = 60;

/** Props: the map's symbols (largest first), its events, and selection. */
export interface PlacesListProps {
  symbols: readonly PlaceSymbol[];
  events: readonly CrisisEvent[];
  labelOf: (symbol: PlaceSymbol) => string;
  selectedClaimId: string | null;
  onSelect: (claimId: string) => void;
  unmapped: number;
}

/**
 * The map's marks as buttons and text, so a keyboard or screen-reader user can reach and select what the
 * canvas draws.
 */
export function PlacesList({
  symbols,
  events,
  labelOf,
  selectedClaimId,
  onSelect,
  unmapped,
}: PlacesListProps) {
  const headingId = useId();
  const shown = symbols.slice(0, PLACES_LIST_LIMIT);
  return (
    <div className="places-list">
      <h3 id={headingId}>Places on the map</h3>
      {shown.length === 0 ? (
        <p>No located troop numbers match the filters.</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {shown.map((symbol) => {
            const selected = selectedClaimId !== null && symbol.claimIds.includes(selectedClaimId);
            return (
              <li key={symbol.id}>
                <button type="button" aria-pressed={selected} onClick={() => onSelect(symbol.topClaimId)}>
                  {labelOf(symbol)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {(symbols.length > shown.length || unmapped > 0) && (
        <p className="places-list__note">
          {symbols.length > shown.length &&
            `${symbols.length - shown.length} smaller symbols are not listed. `}
          {unmapped > 0 && `${unmapped} claims have no place or troop number and are not on the map.`}
        </p>
      )}
      {events.length > 0 && (
        <ul aria-label="Events on the map" className="places-list__events">
          {events.slice(0, PLACES_LIST_LIMIT).map((event) => (
            <li key={event.id}>
              {formatDay(event.date)}: {event.title}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
