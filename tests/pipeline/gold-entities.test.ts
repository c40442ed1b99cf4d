/**
 * Scores actor and place recognition on the seed dataset against the careful reader's gold file:
 * every person's spellings, titles and typos that occur in an article map to that person, and every gold
 * place is in the dataset, mentioned, and within 1.5 degrees of the gold's coordinates.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleBody, Dataset } from '../../src/domain/schema';
import { seedDataset } from './seed-dataset';

interface GoldActor {
  id: string;
  type: string;
  aliases: string[];
  files: string[];
}
interface GoldPlace {
  id: string;
  lat: number;
  lon: number;
  aliases: string[];
  files: string[];
}

const gold = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/seeds-gold.json'), 'utf8'),
) as { actors: GoldActor[]; places: GoldPlace[] };

/** Gold ids that differ from ours (people missing from the registry get `x-` ids). */
const PLACE_IDS: Record<string, string> = { 'ukraine-border': 'russia-ukraine-border' };

/**
 * Aliases that only coreference can resolve ("his Ukrainian counterpart") or that are bylines' role lines:
 * out of scope for a name recogniser, listed here so that the rest is checked strictly.
 */
const NEEDS_COREFERENCE = new Set([
  'his Ukrainian counterpart',
  'his foreign minister',
  'a senior national security official',
  'Chief political correspondent',
  'BBC Brussels correspondent',
  'BBC diplomatic correspondent',
  'The head of the Nato defence alliance',
]);

let dataset: Dataset;
let bodies: Map<string, ArticleBody>;

beforeAll(async () => {
  ({ dataset, bodies } = await seedDataset());
}, 120_000);

function bodyOf(file: string): ArticleBody {
  const article = dataset.articles.find((a) => a.file === file);
  if (!article) throw new Error(`no article for ${file}`);
  return bodies.get(article.id)!;
}

function occurrences(text: string, needle: string): number[] {
  const flat = text.replace(/\u00a0/g, ' ');
  const at: number[] = [];
  for (let i = flat.indexOf(needle); i >= 0; i = flat.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** Spans of other gold actors' longer aliases ("Biden" inside "The Biden administration" is the government). */
function otherActorsSpans(file: string, person: GoldActor, text: string): [number, number][] {
  return gold.actors
    .filter((a) => a.id !== person.id && a.files.includes(file))
    .flatMap((a) =>
      a.aliases.flatMap((alias) =>
        occurrences(text, alias).map((s): [number, number] => [s, s + alias.length]),
      ),
    );
}

function personId(g: GoldActor): string {
  return dataset.actors.some((a) => a.id === g.id && a.inRegistry) ? g.id : `x-${g.id}`;
}

describe('gold actors: every written form of a person maps to that person', () => {
  const persons = gold.actors.filter((a) => a.type === 'person');

  it.each(persons.map((p) => [p.id, p] as const))('%s', (_, person) => {
    const id = personId(person);
    const missed: string[] = [];
    let checked = 0;
    for (const file of person.files) {
      const body = bodyOf(file);
      const others = otherActorsSpans(file, person, body.text);
      for (const alias of person.aliases) {
        if (NEEDS_COREFERENCE.has(alias)) continue;
        for (const start of occurrences(body.text, alias)) {
          const end = start + alias.length;
          if (others.some(([s, e]) => s <= start && end <= e && e - s > end - start)) continue;
          checked += 1;
          const hit = body.mentions.some(
            (m) => m.kind === 'actor' && m.refId === id && m.start < end && start < m.end,
          );
          if (!hit) missed.push(`${file.slice(0, 3)}@${start} "${alias}"`);
        }
      }
    }
    expect(missed).toEqual([]);
    if (checked > 0) expect(dataset.actors.map((a) => a.id)).toContain(id);
  });

  it.each([
    ['volodymyr-zelensky', ['Zelensky', 'Zelenskyy', 'Zelenski']],
    ['olaf-scholz', ['Olaf Sholz', 'Scholz']],
    ['vladimir-putin', ['Valdimir Putin', 'Putin']],
  ])('merges the variants of %s into one actor', (id, forms) => {
    const actor = dataset.actors.find((a) => a.id === id)!;
    for (const form of forms) expect(actor.aliases.join('|')).toContain(form);
  });
});

describe('gold places: found, mentioned and placed', () => {
  it.each(gold.places.map((p) => [p.id, p] as const))('%s', (_, place) => {
    const id = PLACE_IDS[place.id] ?? place.id;
    const ours = dataset.places.find((p) => p.id === id);
    expect(ours, `${id} in dataset.places`).toBeDefined();
    expect(Math.abs(ours!.lat - place.lat)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(ours!.lon - place.lon)).toBeLessThanOrEqual(1.5);
    const mentioned = place.files.some((file) =>
      bodyOf(file).mentions.some((m) => m.kind === 'place' && m.refId === id),
    );
    expect(mentioned).toBe(true);
  });

  it.each([
    ['kyiv', ['Kiev', 'Kyiv']],
    ['luhansk', ['Lugansk', 'Luhansk']],
    ['donbas', ['Donbass', 'Donbas']],
  ])('merges the spellings of %s', (id, forms) => {
    const place = dataset.places.find((p) => p.id === id)!;
    const names = [place.name, ...place.aliases].join('|');
    for (const form of forms) expect(names).toContain(form);
  });
});
