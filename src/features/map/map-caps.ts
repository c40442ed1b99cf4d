/**
 * Caps on what the map draws, so a 10,000-article filter stays legible and cheap: the symbols and event places
 * backed by the most sources are drawn, the rest are reachable through the places list.
 */
import { bySources } from '../../domain/event-order';
import type { CrisisEvent, Place } from '../../domain/schema';
import type { PlaceSymbol } from './map-symbols';

/** Troop symbols drawn at most; beyond this, rings of small series at crowded places only add noise. */
export const SYMBOL_LIMIT = 200;
/** Claimant rings drawn at most at one place. */
export const RINGS_PER_PLACE = 3;
/** Places with events drawn at most. */
export const EVENT_PLACE_LIMIT = 40;

/**
 * The symbols to draw, in the given (largest first) order: at each place the series with the most claims,
 * and overall the symbols with the most claims.
 */
export function capSymbols(symbols: readonly PlaceSymbol[]): readonly PlaceSymbol[] {
  if (symbols.length <= SYMBOL_LIMIT) return symbols;
  const ranked = [...symbols].sort(
    (a, b) => b.count - a.count || b.value - a.value || (a.id < b.id ? -1 : 1),
  );
  const perPlace = new Map<string, number>();
  const kept = new Set<string>();
  for (const symbol of ranked) {
    if (kept.size >= SYMBOL_LIMIT) break;
    const rings = perPlace.get(symbol.place.id) ?? 0;
    if (rings >= RINGS_PER_PLACE) continue;
    perPlace.set(symbol.place.id, rings + 1);
    kept.add(symbol.id);
  }
  return symbols.filter((symbol) => kept.has(symbol.id));
}

/** `drawn` plus the selected symbols it left out, so a selection always shows on the map. */
export function withSelected(
  drawn: readonly PlaceSymbol[],
  all: readonly PlaceSymbol[],
  selected: ReadonlySet<string>,
): readonly PlaceSymbol[] {
  const missing = new Set(selected);
  for (const symbol of drawn) missing.delete(symbol.id);
  if (missing.size === 0) return drawn;
  const ids = new Set(drawn.map((symbol) => symbol.id));
  return all.filter((symbol) => ids.has(symbol.id) || missing.has(symbol.id));
}

/** The events at one place (an event counts at its first located place). */
export interface EventPlace {
  /** The place's id. */
  id: string;
  place: Place;
  /** Most sources first, then newest. */
  events: CrisisEvent[];
  /** Sources of all its events together: what ranks the places. */
  sources: number;
}

/** An event at the place the map shows it. */
export interface LocatedEvent {
  event: CrisisEvent;
  place: Place;
}

/** Events grouped per place, and every located event; both ranked by number of sources. */
export interface EventGroups {
  places: EventPlace[];
  events: LocatedEvent[];
}

/**
 * Groups the visible events by their first located place; events with no known place are left out. With `ranked`,
 * the events already come in `bySources` order (`eventsBySources`) and are kept in it rather than sorted again.
 */
export function groupEvents(
  events: readonly CrisisEvent[],
  placesById: ReadonlyMap<string, Place>,
  ranked = false,
): EventGroups {
  const byPlace = new Map<string, EventPlace>();
  const located: LocatedEvent[] = [];
  for (const event of events) {
    let place: Place | undefined;
    for (const id of event.placeIds) if ((place = placesById.get(id))) break;
    if (!place) continue;
    located.push({ event, place });
    const group = byPlace.get(place.id);
    if (group) {
      group.events.push(event);
      group.sources += event.sources.length;
    } else byPlace.set(place.id, { id: place.id, place, events: [event], sources: event.sources.length });
  }
  const places = [...byPlace.values()];
  if (!ranked) for (const group of places) group.events.sort(bySources);
  places.sort(
    (a, b) =>
      b.sources - a.sources || b.events.length - a.events.length || (a.place.name < b.place.name ? -1 : 1),
  );
  return { places, events: ranked ? located : located.sort((a, b) => bySources(a.event, b.event)) };
}
