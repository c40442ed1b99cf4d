/**
 * Builds the reference registry from the parsed contents of data/reference/actors.json and places.json
 * (read by `node/reference.ts` in the CLI, fetched by the browser's ingest worker). The files are validated
 * here so that a bad hand edit fails with a readable message, not a wrong dataset. Fields the dataset does not
 * carry (metonyms, demonyms, ISO alpha-2 codes) go to side maps; the GeoNames gazetteer is passed in.
 */
import { z } from 'zod';
import { ActorKindSchema, DaySchema, IdSchema, PlaceKindSchema } from '../domain/schema';
import type { CityGazetteer } from './extract/places/cities';
import type { ActorRecord, PlaceRecord, Reference } from './types';

const TitleSchema = z.object({
  title: z.string().min(1),
  from: DaySchema.nullable(),
  to: DaySchema.nullable(),
});

const ActorEntrySchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  kind: ActorKindSchema,
  affiliation: IdSchema.nullable(),
  aliases: z.array(z.string().min(1)).default([]),
  titles: z.array(TitleSchema).default([]),
  /** Place names that stand for this actor when they act ("Moscow said"). */
  metonyms: z.array(z.string().min(1)).default([]),
});

const PlaceEntrySchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  kind: PlaceKindSchema,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  aliases: z.array(z.string().min(1)).default([]),
  border: z
    .tuple([z.string().length(3), z.string().length(3)])
    .nullable()
    .default(null),
  country: z.string().length(3).nullable().default(null),
  /** ISO alpha-2 code of a country, to place GeoNames cities (which use alpha-2) in it. */
  iso2: z.string().length(2).optional(),
  /** Adjectives of a country ("Russian"): never fuzzy-matched to a name, used to read titles. */
  demonyms: z.array(z.string().min(1)).default([]),
});

const ActorsFileSchema = z.object({ actors: z.array(ActorEntrySchema) });
const PlacesFileSchema = z.object({ places: z.array(PlaceEntrySchema) });

/** The registry plus the side tables the recogniser uses. */
export interface ReferenceData extends Reference {
  /** Folded place name ("moscow") -> id of the actor it stands for when it acts. */
  metonyms: Map<string, string>;
  /** Folded demonym ("russian") -> ISO alpha-3 code of its country. */
  demonyms: Map<string, string>;
  /** ISO alpha-2 -> alpha-3 for the countries in the gazetteer. */
  iso2to3: Map<string, string>;
  /** GeoNames cities for places the registry does not hold; null geocodes nothing. */
  cities: CityGazetteer | null;
}

/** Folds a name for map keys: lower case, accents and curly apostrophes removed. */
export function foldKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function problems(file: string, error: z.ZodError): string {
  const lines = error.issues.slice(0, 10).map((i) => `  ${i.path.join('.')}: ${i.message}`);
  return `${file} is not valid reference data:\n${lines.join('\n')}`;
}

/** Builds the registry from already parsed file contents and a gazetteer of cities (or none). */
export function buildReference(
  actorsJson: unknown,
  placesJson: unknown,
  cities: CityGazetteer | null = null,
): ReferenceData {
  const actorsParsed = ActorsFileSchema.safeParse(actorsJson);
  if (!actorsParsed.success) throw new Error(problems('actors.json', actorsParsed.error));
  const placesParsed = PlacesFileSchema.safeParse(placesJson);
  if (!placesParsed.success) throw new Error(problems('places.json', placesParsed.error));

  const data: ReferenceData = {
    actors: new Map(),
    places: new Map(),
    metonyms: new Map(),
    demonyms: new Map(),
    iso2to3: new Map(),
    cities,
  };
  for (const { metonyms, ...entry } of actorsParsed.data.actors) {
    if (data.actors.has(entry.id)) throw new Error(`actors.json: duplicate id ${entry.id}`);
    const record: ActorRecord = { ...entry };
    data.actors.set(entry.id, record);
    for (const m of metonyms) data.metonyms.set(foldKey(m), entry.id);
  }
  for (const { iso2, demonyms, ...entry } of placesParsed.data.places) {
    if (data.places.has(entry.id)) throw new Error(`places.json: duplicate id ${entry.id}`);
    const record: PlaceRecord = { ...entry, source: 'reference' };
    data.places.set(entry.id, record);
    if (entry.kind === 'country' && entry.country) {
      if (iso2) data.iso2to3.set(iso2.toUpperCase(), entry.country);
      for (const d of demonyms) data.demonyms.set(foldKey(d), entry.country);
    }
  }
  return data;
}

/** The side tables of a reference, or empty ones when a caller built a bare `Reference` by hand. */
export function referenceData(reference: Reference): ReferenceData {
  if ('metonyms' in reference && 'demonyms' in reference && 'iso2to3' in reference && 'cities' in reference) {
    return reference as ReferenceData;
  }
  return { ...reference, metonyms: new Map(), demonyms: new Map(), iso2to3: new Map(), cities: null };
}
