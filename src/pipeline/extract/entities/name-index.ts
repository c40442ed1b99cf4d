/**
 * The name index the recogniser matches against: every registry name, alias and title as a token key.
 * Built once per Reference object and cached, so callers only ever pass the Reference around.
 */
import type { Day } from '../../../domain/schema';
import { referenceData, type ReferenceData } from '../../reference';
import type { PlaceRecord, Reference } from '../../types';
import { nameKey, type CaseRule } from './tokens';

/** One thing a key can name. */
export interface NameEntry {
  kind: 'actor' | 'place';
  id: string;
  via: 'name' | 'alias' | 'title';
  rules: CaseRule[];
  /** For titles: the term of office (null ends are open). */
  from: Day | null;
  to: Day | null;
  /**
   * A surname derived from the registry name, not listed as an alias: it names the person only in a
   * document that names them otherwise too ("Ned Price ... Price said"), so "Price rises" stays a word.
   */
  derived?: boolean;
}

/** A registry name kept for typo matching. */
export interface FuzzyName {
  key: string;
  kind: 'actor' | 'place';
  id: string;
  /** Number of word tokens (a surname is 1, "Olaf Scholz" is 2). */
  words: number;
  /** First letters of its words, compared before any distance is computed. */
  initials: string;
}

/** Everything the recogniser looks names up in. */
export interface NameIndex {
  data: ReferenceData;
  names: Map<string, NameEntry[]>;
  /** Longest key, in tokens. */
  maxLength: number;
  /** Every token prefix of every key, so a lookup stops as soon as no key can continue. */
  prefixes: Set<string>;
  fuzzy: FuzzyName[];
  /** Country places by ISO alpha-3 code. */
  countries: Map<string, PlaceRecord>;
  /** Border areas by their two ISO alpha-3 codes, sorted and joined with `|`. */
  borders: Map<string, PlaceRecord>;
}

const cache = new WeakMap<Reference, NameIndex>();

function add(index: NameIndex, surface: string, entry: Omit<NameEntry, 'rules'>): void {
  // "the Ukrainian border" also names it without the article (the longest match still takes the article
  // when present); a single word after "the" ("the British") is too loose alone, so it is listed explicitly.
  const bare = surface.replace(/^the\s+/i, '');
  if (bare !== surface && /\s/.test(bare)) add(index, bare, entry);
  const { key, rules, length } = nameKey(surface);
  if (!key) return;
  const list = index.names.get(key) ?? [];
  if (
    list.some(
      (e) => e.kind === entry.kind && e.id === entry.id && e.via === entry.via && e.from === entry.from,
    )
  ) {
    return;
  }
  list.push({ ...entry, rules });
  index.names.set(key, list);
  const parts = key.split(' ');
  for (let n = 1; n <= parts.length; n += 1) index.prefixes.add(parts.slice(0, n).join(' '));
  index.maxLength = Math.max(index.maxLength, length);
}

function fuzzyName(key: string, kind: FuzzyName['kind'], id: string, words: number): FuzzyName {
  return { key, kind, id, words, initials: initialsOf(key) };
}

/** First letters of the words of a key ("olaf scholz" -> "os"). */
export function initialsOf(key: string): string {
  return key
    .split(' ')
    .map((w) => w.charAt(0))
    .join('');
}

function surnameOf(name: string): string | null {
  const words = name.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return words.length > 1 && last.length >= 4 ? last : null;
}

function build(reference: Reference): NameIndex {
  const data = referenceData(reference);
  const index: NameIndex = {
    data,
    names: new Map(),
    maxLength: 1,
    prefixes: new Set(),
    fuzzy: [],
    countries: new Map(),
    borders: new Map(),
  };
  const surnames = new Map<string, string[]>();
  for (const actor of data.actors.values()) {
    const open = { from: null, to: null };
    add(index, actor.name, { kind: 'actor', id: actor.id, via: 'name', ...open });
    for (const alias of actor.aliases)
      add(index, alias, { kind: 'actor', id: actor.id, via: 'alias', ...open });
    for (const t of actor.titles) add(index, t.title, { kind: 'actor', id: actor.id, via: 'title', ...t });
    if (actor.kind !== 'person') continue;
    const full = nameKey(actor.name);
    index.fuzzy.push(fuzzyName(full.key, 'actor', actor.id, full.length));
    // A one-word alias (a well-known surname such as "Zelenskyy") is a typo target too.
    for (const alias of actor.aliases) {
      const one = nameKey(alias);
      if (one.length === 1) index.fuzzy.push(fuzzyName(one.key, 'actor', actor.id, 1));
    }
    const surname = surnameOf(actor.name);
    if (surname) surnames.set(surname, [...(surnames.get(surname) ?? []), actor.id]);
  }
  // A surname alone names a person only when no other registry person shares it.
  for (const [surname, ids] of surnames) {
    const [id] = ids;
    if (ids.length !== 1 || !id || index.names.has(nameKey(surname).key)) continue;
    add(index, surname, { kind: 'actor', id, via: 'alias', from: null, to: null, derived: true });
    index.fuzzy.push(fuzzyName(nameKey(surname).key, 'actor', id, 1));
  }
  for (const place of data.places.values()) {
    if (place.kind === 'country' && place.country) index.countries.set(place.country, place);
    if (place.border) index.borders.set([...place.border].sort().join('|'), place);
    add(index, place.name, { kind: 'place', id: place.id, via: 'name', from: null, to: null });
    for (const alias of place.aliases)
      add(index, alias, { kind: 'place', id: place.id, via: 'alias', from: null, to: null });
    if (place.kind === 'country' || place.kind === 'city') {
      const { key } = nameKey(place.name);
      if (!key.includes(' ')) index.fuzzy.push(fuzzyName(key, 'place', place.id, 1));
    }
  }
  return index;
}

/** The name index of a reference, built on first use. */
export function nameIndex(reference: Reference): NameIndex {
  let index = cache.get(reference);
  if (!index) {
    index = build(reference);
    cache.set(reference, index);
  }
  return index;
}
