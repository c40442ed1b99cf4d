/**
 * Names the generator writes about: read from the reference registry (data/reference/) when it is there,
 * topped up with generic phrases so a half-filled registry still gives varied articles.
 */

/** Who can be quoted as the source of a figure, and how to name them. */
export interface Speaker {
  name: string;
  /** "the German chancellor" for a person with a title, else null. */
  title: string | null;
  person: boolean;
}

/** A place and the kind of phrase that fits it. */
export interface SynthPlace {
  name: string;
  kind: string;
}

/** Everything the templates draw names from. */
export interface Pools {
  speakers: Speaker[];
  places: SynthPlace[];
  outlets: string[];
}

const GENERIC_SPEAKERS: Speaker[] = [
  { name: 'US officials', title: null, person: false },
  { name: 'Western officials', title: null, person: false },
  { name: "Ukraine's defence ministry", title: null, person: false },
  { name: 'Nato', title: null, person: false },
  { name: 'British intelligence', title: null, person: false },
  { name: 'the Pentagon', title: null, person: false },
  { name: 'Ukrainian military intelligence', title: null, person: false },
];

const GENERIC_PLACES: SynthPlace[] = [
  { name: 'Belarus', kind: 'country' },
  { name: 'Crimea', kind: 'region' },
  { name: 'Donbas', kind: 'region' },
  { name: 'Voronezh', kind: 'city' },
  { name: 'Yelnya', kind: 'city' },
  { name: 'Rostov', kind: 'city' },
  { name: 'Kursk', kind: 'city' },
  { name: 'the Black Sea', kind: 'sea' },
];

const OUTLET_HEADS = [
  'Daily',
  'Evening',
  'Morning',
  'Weekly',
  'Northern',
  'Atlantic',
  'Baltic',
  'Capital',
  'Union',
];
const OUTLET_TAILS = [
  'Ledger',
  'Courier',
  'Observer',
  'Dispatch',
  'Herald',
  'Sentinel',
  'Record',
  'Monitor',
  'Wire',
];

/** Forty-odd invented outlet names, the same on every run. */
export function outletNames(): string[] {
  return OUTLET_HEADS.flatMap((head, i) =>
    OUTLET_TAILS.filter((_, j) => (i + j) % 2 === 0).map((tail) => `The ${head} ${tail}`),
  );
}

function records(json: unknown, key: string): Record<string, unknown>[] {
  const list = typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[key] : json;
  return Array.isArray(list)
    ? list.filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null)
    : [];
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;

const SPEAKING_KINDS = new Set([
  'person',
  'government',
  'ministry',
  'military',
  'alliance',
  'organisation',
  'country',
]);

/** Builds the pools from parsed actors.json and places.json, whatever shape they turn out to have. */
export function poolsFrom(actorsJson: unknown, placesJson: unknown): Pools {
  const speakers: Speaker[] = [];
  for (const row of records(actorsJson, 'actors')) {
    const name = text(row.name);
    const kind = text(row.kind) ?? '';
    // The generator writes about Russian forces; Russian sources speaking about them stay rare in real news.
    if (!name || !SPEAKING_KINDS.has(kind) || /russia/i.test(String(row.affiliation ?? ''))) continue;
    const titles = Array.isArray(row.titles) ? row.titles : [];
    const first = titles
      .map((entry) => text((entry as Record<string, unknown>)?.title))
      .find((title) => title);
    speakers.push({ name, title: first ?? null, person: kind === 'person' });
  }
  const places: SynthPlace[] = [];
  for (const row of records(placesJson, 'places')) {
    const name = text(row.name);
    const kind = text(row.kind) ?? 'other';
    if (name && name !== 'Russia' && name !== 'Ukraine') places.push({ name, kind });
  }
  return {
    speakers: [...speakers, ...GENERIC_SPEAKERS.filter((g) => !speakers.some((s) => s.name === g.name))],
    places: [...places, ...GENERIC_PLACES.filter((g) => !places.some((p) => p.name === g.name))],
    outlets: outletNames(),
  };
}
