/** A small hand-made registry and a naive name finder, so claim tests do not depend on the real recogniser. */
import type {
  ActorRecord,
  ParsedDoc,
  PlaceRecord,
  Recognised,
  Reference,
} from '../../../../src/pipeline/types';
import { parsedDoc } from '../../parsed-doc';

const actor = (
  id: string,
  kind: ActorRecord['kind'],
  affiliation: string | null,
  aliases: string[],
): ActorRecord => ({
  id,
  name: aliases[0] ?? id,
  kind,
  affiliation,
  aliases,
  titles: [],
});

const place = (
  id: string,
  kind: PlaceRecord['kind'],
  country: string | null,
  aliases: string[],
  border: [string, string] | null = null,
): PlaceRecord => ({
  id,
  name: aliases[0] ?? id,
  kind,
  lat: 50,
  lon: 30,
  aliases,
  border,
  country,
  source: 'reference',
});

const ACTORS = [
  actor('russia', 'country', 'russia', ['Russia', 'Moscow', 'the Kremlin', 'Kremlin']),
  actor('ukraine', 'country', 'ukraine', ['Ukraine', 'Kyiv', 'Kiev']),
  actor('belarus', 'country', 'belarus', ['Belarus', 'Minsk']),
  actor('united-states', 'country', 'united-states', ['United States', 'the US', 'US', 'U.S.', 'Washington']),
  actor('united-kingdom', 'country', 'united-kingdom', ['United Kingdom', 'UK', 'Britain', 'London']),
  actor('poland', 'country', 'poland', ['Poland']),
  actor('nato', 'alliance', 'nato', ['Nato', 'NATO']),
  actor('western-officials', 'group', null, [
    'western officials',
    'Western officials',
    'Western intelligence',
  ]),
  actor('ukrainian-defence-ministry', 'ministry', 'ukraine', [
    "Ukraine's defence ministry",
    'Ukraine’s defence ministry',
  ]),
  actor('russian-defence-ministry', 'ministry', 'russia', [
    "Russia's defence ministry",
    'Russian Defence Ministry',
  ]),
  actor('pentagon', 'ministry', 'united-states', ['the Pentagon', 'Pentagon']),
  actor('lloyd-austin', 'person', 'united-states', ['Lloyd Austin', 'Austin']),
  actor('vladimir-putin', 'person', 'russia', ['Vladimir Putin', 'Putin']),
  actor('jens-stoltenberg', 'person', 'nato', ['Jens Stoltenberg', 'Stoltenberg']),
  actor('dmytro-kuleba', 'person', 'ukraine', ['Dmytro Kuleba', 'Kuleba']),
  actor('harbour-wire', 'media', null, ['Harbour Wire', 'HW']),
  actor('border-council', 'government', 'poland', ['Border Security and Defence Council']),
];

const PLACES = [
  place(
    'ukraine-border',
    'border',
    null,
    [
      "Ukraine's borders",
      'Ukraine’s borders',
      "Ukraine's border",
      'Ukraine’s border',
      'the border with Ukraine',
      'the Ukrainian border',
      'the border',
    ],
    ['RUS', 'UKR'],
  ),
  place('belarus-ukraine-border', 'border', null, ['the Belarus border'], ['BLR', 'UKR']),
  place('ukraine', 'country', 'UKR', ['Ukraine']),
  place('russia', 'country', 'RUS', ['Russia']),
  place('belarus', 'country', 'BLR', ['Belarus']),
  place('poland', 'country', 'POL', ['Poland']),
  place('crimea', 'region', 'UKR', ['Crimea']),
  place('donbas', 'region', 'UKR', ['Donbas', 'Donbass']),
  place('kyiv', 'city', 'UKR', ['Kyiv', 'Kiev']),
  place('voronezh', 'city', 'RUS', ['Voronezh']),
];

/** The hand-made registry. */
export const reference: Reference = {
  actors: new Map(ACTORS.map((a) => [a.id, a])),
  places: new Map(PLACES.map((p) => [p.id, p])),
};

function hits(
  text: string,
  names: { id: string; aliases: string[] }[],
): { id: string; start: number; end: number }[] {
  const forms = names
    .flatMap((n) => n.aliases.map((alias) => ({ id: n.id, alias })))
    .sort((a, b) => b.alias.length - a.alias.length);
  const out: { id: string; start: number; end: number }[] = [];
  for (const { id, alias } of forms) {
    const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))) {
      const start = m.index;
      const end = start + alias.length;
      if (!out.some((h) => start < h.end && end > h.start)) out.push({ id, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Names in a text, found by exact alias, longest first, as the real recogniser reports them. */
export function recogniseNaively(text: string): Recognised {
  return {
    actors: hits(text, ACTORS).map((h) => ({
      actorId: h.id,
      start: h.start,
      end: h.end,
      text: text.slice(h.start, h.end),
      via: 'alias',
    })),
    places: hits(text, PLACES).map((h) => ({
      placeId: h.id,
      start: h.start,
      end: h.end,
      text: text.slice(h.start, h.end),
    })),
    newActors: [],
    newPlaces: [],
  };
}

/** A one-sentence or multi-sentence document as the parser would hand it over. */
export function docOf(text: string, date: string | null = '2022-02-15', id = 'doc'): ParsedDoc {
  return parsedDoc(text, { id, headerDate: date, title: text.slice(0, 40) });
}

/** A live-blog entry stamped at 09:00 UTC of `day` over `start`–`end` of the text. */
export function liveEntry(
  id: string,
  start: number,
  end: number,
  day = '2022-02-15',
): ParsedDoc['entries'][number] {
  return {
    id,
    publishedAt: `${day}T09:00:00Z`,
    headline: id,
    label: null,
    byline: null,
    start,
    end,
    textStart: start,
  };
}
