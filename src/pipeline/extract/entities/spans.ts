/**
 * The recogniser's working set: which tokens are taken by which name, so that later passes (typos, titles,
 * new names, bare borders, cities) only look at what earlier passes left free.
 */
import type { ActorHit, PlaceHit } from '../../types';
import type { Token } from './tokens';

/** A name over tokens [from, to): an actor, a place, or both (a country is both). */
export interface NameSpan {
  from: number;
  to: number;
  actor: { id: string; via: ActorHit['via']; derived?: boolean } | null;
  place: { id: string } | null;
}

/** Spans over a token list, with at most one span per token. */
export class SpanSet {
  private readonly owner: Int32Array;
  private readonly spans: (NameSpan | null)[] = [];
  /** Where each span sits in `spans`: looked up, not searched, so long documents stay linear. */
  private readonly slot = new Map<NameSpan, number>();
  /** Places named inside a longer name ("Poland" in "the border between Belarus and Poland"). */
  private readonly nested: { from: number; to: number; id: string }[] = [];
  private readonly nestedKeys = new Set<string>();

  constructor(readonly tokens: readonly Token[]) {
    this.owner = new Int32Array(tokens.length).fill(-1);
  }

  /** True when token k exists and belongs to no name yet. */
  free(k: number): boolean {
    return k >= 0 && k < this.tokens.length && this.owner[k] === -1;
  }

  /** The span that holds token k, if any. */
  at(k: number): NameSpan | null {
    const n = k >= 0 && k < this.tokens.length ? this.owner[k]! : -1;
    return n >= 0 ? (this.spans[n] ?? null) : null;
  }

  /** Adds a span over free tokens (tokens already taken make it a no-op). */
  add(span: NameSpan): void {
    for (let k = span.from; k < span.to; k += 1) if (!this.free(k)) return;
    const n = this.spans.length;
    this.spans.push(span);
    this.slot.set(span, n);
    for (let k = span.from; k < span.to; k += 1) this.owner[k] = n;
  }

  /** Removes a span, freeing its tokens. */
  remove(span: NameSpan): void {
    const n = this.slot.get(span) ?? -1;
    if (n < 0) return;
    this.spans[n] = null;
    this.slot.delete(span);
    for (let k = span.from; k < span.to; k += 1) this.owner[k] = -1;
  }

  /** Widens a span to tokens [from, to), absorbing whatever spans lay in the way. */
  stretch(span: NameSpan, from: number, to: number): void {
    for (let k = from; k < to; k += 1) {
      const other = this.at(k);
      if (other && other !== span) this.remove(other);
    }
    const n = this.slot.get(span) ?? -1;
    for (let k = from; k < to; k += 1) this.owner[k] = n;
    span.from = Math.min(span.from, from);
    span.to = Math.max(span.to, to);
  }

  /** Records a place named inside another span; it is reported as its own, overlapping, hit. */
  addNested(from: number, to: number, id: string): void {
    const key = `${from}|${id}`;
    if (this.nestedKeys.has(key)) return;
    this.nestedKeys.add(key);
    this.nested.push({ from, to, id });
  }

  /** Live spans in text order. */
  list(): NameSpan[] {
    return this.spans.filter((s): s is NameSpan => s !== null).sort((a, b) => a.from - b.from);
  }

  /** The spans as hits with character offsets into `text`. */
  hits(text: string): { actors: ActorHit[]; places: PlaceHit[] } {
    const actors: ActorHit[] = [];
    const places: PlaceHit[] = [];
    for (const span of this.list()) {
      const start = this.tokens[span.from]!.start;
      const end = this.tokens[span.to - 1]!.end;
      const surface = text.slice(start, end);
      if (span.actor) actors.push({ actorId: span.actor.id, start, end, text: surface, via: span.actor.via });
      if (span.place) places.push({ placeId: span.place.id, start, end, text: surface });
    }
    for (const n of this.nested) {
      const start = this.tokens[n.from]!.start;
      const end = this.tokens[n.to - 1]!.end;
      places.push({ placeId: n.id, start, end, text: text.slice(start, end) });
    }
    places.sort((a, b) => a.start - b.start || b.end - a.end);
    return { actors, places };
  }
}
