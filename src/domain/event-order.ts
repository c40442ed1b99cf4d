/**
 * Events ranked by how many passages report them (then newest, then id): the order the map lists and draws them
 * in. The dataset's events are ranked once; a filter change then lists its events in that order by position,
 * so the map's grouping meets sorted input instead of sorting thousands of events on every change.
 */
import type { DatasetIndex } from './dataset-index';
import { positionsOf, type Visible } from './filters';
import type { CrisisEvent } from './schema';

/** Most sources first, then newest, then by id. */
export function bySources(a: CrisisEvent, b: CrisisEvent): number {
  return (
    b.sources.length - a.sources.length ||
    (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
    (a.id < b.id ? -1 : 1)
  );
}

const orders = new WeakMap<DatasetIndex, Int32Array>();

/** Positions of the index's events in `bySources` order, computed once per index. */
function orderOf(index: DatasetIndex): Int32Array {
  let order = orders.get(index);
  if (!order) {
    const events = index.dataset.events;
    order = Int32Array.from(events.keys()).sort((a, b) => bySources(events[a]!, events[b]!));
    orders.set(index, order);
  }
  return order;
}

// By events list: a search or review narrows claims and articles but keeps the filters' events list, so the
// ranked list (and the map's grouping memoised on it) stays the same object.
const ranked = new WeakMap<readonly CrisisEvent[], CrisisEvent[]>();

/** The visible events in `bySources` order (sorted here when the rows' positions are not known). */
export function eventsBySources(visible: Visible): readonly CrisisEvent[] {
  let list = ranked.get(visible.events);
  if (!list) {
    list = rank(visible);
    ranked.set(visible.events, list);
  }
  return list;
}

function rank(visible: Visible): CrisisEvent[] {
  const at = positionsOf(visible);
  if (!at) return [...visible.events].sort(bySources);
  const all = at.index.dataset.events;
  const shown = new Uint8Array(all.length);
  for (const position of at.events) shown[position] = 1;
  const list: CrisisEvent[] = [];
  for (const position of orderOf(at.index)) if (shown[position] === 1) list.push(all[position]!);
  return list;
}
