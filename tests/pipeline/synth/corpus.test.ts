import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { synthCorpus, synthFile } from '../../../src/pipeline/synth/corpus';
import { createRng, seedFor } from '../../../src/pipeline/synth/prng';
import { poolsFrom } from '../../../src/pipeline/synth/pools';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const pools = poolsFrom(readJson('data/reference/actors.json'), readJson('data/reference/places.json'));
const corpus = (count: number, seed = 'test') => [...synthCorpus(count, seed, pools)];

describe('the seeded generator', () => {
  test('the same seed gives the same stream, another seed a different one', () => {
    const draw = (state: number) => Array.from({ length: 5 }, createRng(state).next);
    expect(draw(seedFor('a', 1))).toEqual(draw(seedFor('a', 1)));
    expect(draw(seedFor('a', 1))).not.toEqual(draw(seedFor('a', 2)));
    expect(draw(seedFor('a', 1))).not.toEqual(draw(seedFor('b', 1)));
  });

  test('the same N and seed give the same files, byte for byte', () => {
    expect(corpus(60)).toEqual(corpus(60));
    expect(corpus(60, 'other')).not.toEqual(corpus(60));
  });

  test('a larger corpus starts with the smaller one, so 1,000 and 10,000 share their first articles', () => {
    expect(corpus(100).slice(0, 40)).toEqual(corpus(40));
    expect(synthFile('test', 39, pools)).toEqual(corpus(40)[39]);
  });

  test('registry files of an unexpected shape still give a corpus', () => {
    const bare = poolsFrom(null, { places: 'not a list' });
    expect(bare.speakers.length).toBeGreaterThan(3);
    expect([...synthCorpus(5, 'x', bare)]).toHaveLength(5);
  });
});

describe('a 500-article corpus', () => {
  const files = corpus(500);
  const all = files.map((file) => file.content).join('\n');

  test('file names are unique and carry the formats users save', () => {
    expect(new Set(files.map((file) => file.name)).size).toBe(500);
    const extensions = new Set(files.map((file) => file.name.split('.').pop()));
    expect([...extensions].sort()).toEqual(['html', 'md', 'txt']);
  });

  test('about one in ten is a live page in the run-on "published at" layout', () => {
    const live = files.filter((file) =>
      /published at \d\d:\d\d Greenwich Mean Time \d{1,2} \w+ 20\d\d/.test(file.content),
    );
    expect(live.length).toBeGreaterThan(25);
    expect(live.length).toBeLessThan(80);
  });

  test('dates run from October 2021 to March 2022', () => {
    const days = [...all.matchAll(/(?:date:? )(20\d\d-\d\d-\d\d)/g)].map((match) => match[1] ?? '').sort();
    expect(days[0]?.slice(0, 7)).toBe('2021-10');
    expect(days.at(-1)?.slice(0, 7)).toBe('2022-03');
  });

  test('many outlets appear', () => {
    const outlets = new Set([...all.matchAll(/outlet: "([^"]+)"/g)].map((match) => match[1]));
    expect(outlets.size).toBeGreaterThan(20);
  });

  test('about five troop claims per article', () => {
    const claims = files.reduce((sum, file) => sum + file.claims, 0);
    expect(claims / files.length).toBeGreaterThan(4);
    expect(claims / files.length).toBeLessThan(7);
  });

  test.each([
    ['a hedge', /\b(about|around|nearly|more than|an estimated) \d{1,3},\d{3} /],
    ['a range', /between \d{1,3},\d{3} and \d{1,3},\d{3}|\d{1,3},\d{3}\u2013\d{1,3},\d{3}/],
    ['a vague amount', /tens of thousands of /],
    ['BTGs with a size per group', /battalion tactical groups[^.]*, each (of|numbering)/],
    ['a forecast', /could assemble a force of up to|as many as \d/],
    ['a subset', /, including \d{1,3},\d{3} taking part/],
    ['an addition', /a further \d|\d more are/],
    ['an attribution after the figure', /, according to [A-Z]/],
    ['casualties that are not troops', /has killed an estimated/],
    ['distances that are not troops', /about \d+ miles from/],
    ['money that is not troops', /\$\d|\u00a3\d/],
    ['years that are not troops', /since 20\d\d/],
  ])('includes %s', (_form, pattern) => {
    expect(all).toMatch(pattern);
  });
});
