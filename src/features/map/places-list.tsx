import { useId, useState } from 'react';
import { formatCount, formatDay } from '../../domain/series-labels';
import type { LocatedEvent } from './map-caps';
import type { PlaceSymbol } from './map-symbols';

/** Items each list shows until "Show all" is pressed. */
export const PLACES_LIST_LIMIT = 50;

/** Props: the map's symbols (largest first), its located events (most sources first), and selection. */
export interface PlacesListProps {
  symbols: readonly PlaceSymbol[];
  events: readonly LocatedEvent[];
  labelOf: (symbol: PlaceSymbol) => string;
  /** Ids of the symbols holding the selected claim. */
  selected: ReadonlySet<string>;
  onSelect: (claimId: string) => void;
  unmapped: number;
}

/** A "Show all N" / "Show fewer" toggle for a list cut at PLACES_LIST_LIMIT. */
function ShowAll(props: {
  total: number;
  all: boolean;
  onToggle: () => void;
  controls: string;
  what: string;
}) {
  if (props.total <= PLACES_LIST_LIMIT) return null;
  return (
    <button
      type="button"
      className="places-list__more"
      aria-expanded={props.all}
      aria-controls={props.controls}
      onClick={props.onToggle}
    >
      {props.all
        ? `Show the first ${PLACES_LIST_LIMIT} ${props.what}`
        : `Show all ${formatCount(props.total)} ${props.what}`}
    </button>
  );
}

/**
 * The map's marks as buttons and text, so a keyboard or screen-reader user can reach and select what the
 * canvas draws, including the symbols and events the map leaves out when it is crowded.
 */
export function PlacesList({ symbols, events, labelOf, selected, onSelect, unmapped }: PlacesListProps) {
  const headingId = useId();
  const listId = useId();
  const eventsId = useId();
  const eventsHeadingId = useId();
  const [allSymbols, setAllSymbols] = useState(false);
  const [allEvents, setAllEvents] = useState(false);
  // The selected claim's symbols are listed even when they are not among the first, so its state is announced.
  const shown = allSymbols ? symbols : symbols.filter((s, i) => i < PLACES_LIST_LIMIT || selected.has(s.id));
  const shownEvents = allEvents ? events : events.slice(0, PLACES_LIST_LIMIT);
  return (
    <div className="places-list">
      <h3 id={headingId}>Places on the map</h3>
      {shown.length === 0 ? (
        <p>No located troop numbers match the filters.</p>
      ) : (
        <ul id={listId} aria-labelledby={headingId}>
          {shown.map((symbol) => (
            <li key={symbol.id}>
              <button
                type="button"
                aria-pressed={selected.has(symbol.id)}
                onClick={() => onSelect(symbol.topClaimId)}
              >
                {labelOf(symbol)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ShowAll
        total={symbols.length}
        all={allSymbols}
        onToggle={() => setAllSymbols(!allSymbols)}
        controls={listId}
        what="places"
      />
      {unmapped > 0 && (
        <p className="places-list__note">
          {unmapped} claims have no place or troop number and are not on the map.
        </p>
      )}
      {events.length > 0 && (
        <>
          <h3 id={eventsHeadingId}>Events on the map</h3>
          <ul id={eventsId} aria-labelledby={eventsHeadingId} className="places-list__events">
            {shownEvents.map(({ event, place }) => (
              <li key={event.id}>
                {formatDay(event.date)}: {event.title} ({place.name})
              </li>
            ))}
          </ul>
          <ShowAll
            total={events.length}
            all={allEvents}
            onToggle={() => setAllEvents(!allEvents)}
            controls={eventsId}
            what="events"
          />
        </>
      )}
    </div>
  );
}
