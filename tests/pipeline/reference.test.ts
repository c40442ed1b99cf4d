import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReference } from '../../src/pipeline/node/reference';
import { buildReference, foldKey } from '../../src/pipeline/reference';

const reference = loadReference(path.resolve(import.meta.dirname, '../../data/reference'));

describe('loadReference: the registry as shipped', () => {
  it('covers the region’s main actors and places', () => {
    expect(reference.actors.size).toBeGreaterThanOrEqual(150);
    expect([...reference.actors.values()].filter((a) => a.kind === 'person').length).toBeGreaterThanOrEqual(
      100,
    );
    expect(reference.places.size).toBeGreaterThanOrEqual(100);
  });

  it('points every affiliation at an actor in the registry, and countries at themselves', () => {
    for (const actor of reference.actors.values()) {
      if (actor.affiliation !== null) expect(reference.actors.has(actor.affiliation), actor.id).toBe(true);
      if (actor.kind === 'country') expect(actor.affiliation).toBe(actor.id);
    }
  });

  it('gives every title a term that starts before it ends', () => {
    for (const actor of reference.actors.values()) {
      for (const t of actor.titles)
        if (t.from && t.to) expect(t.from < t.to, `${actor.id}: ${t.title}`).toBe(true);
    }
  });

  it('hands the German chancellorship from Merkel to Scholz on 8 December 2021', () => {
    const term = (id: string) =>
      reference.actors.get(id)!.titles.find((t) => t.title === 'German chancellor')!;
    expect(term('angela-merkel').to).toBe('2021-12-08');
    expect(term('olaf-scholz').from).toBe('2021-12-08');
  });

  it('gives border areas two ISO alpha-3 codes and a point between them', () => {
    const borders = [...reference.places.values()].filter((p) => p.kind === 'border');
    expect(borders.length).toBeGreaterThanOrEqual(5);
    for (const b of borders) expect(b.border).toHaveLength(2);
    expect(reference.places.get('russia-ukraine-border')!.border).toEqual(['UKR', 'RUS']);
  });

  it('keeps side tables: metonyms, demonyms, ISO codes', () => {
    expect(reference.metonyms.get('kyiv')).toBe('ukrainian-government');
    expect(reference.metonyms.get('moscow')).toBe('russia');
    expect(reference.demonyms.get('belarusian')).toBe('BLR');
    expect(reference.iso2to3.get('UA')).toBe('UKR');
  });
});

describe('buildReference: bad hand edits fail with readable messages', () => {
  const place = {
    id: 'x',
    name: 'X',
    kind: 'city',
    lat: 1,
    lon: 1,
    aliases: [],
    border: null,
    country: null,
  };
  const actor = { id: 'a', name: 'A', kind: 'person', affiliation: null, aliases: [], titles: [] };

  it.each([
    ['a bad kind', { actors: [{ ...actor, kind: 'robot' }] }, { places: [] }, /actors\.json.*\n.*kind/],
    ['an id with capitals', { actors: [{ ...actor, id: 'Bad Id' }] }, { places: [] }, /actors\.0\.id/],
    ['a latitude off the globe', { actors: [] }, { places: [{ ...place, lat: 91 }] }, /places\.0\.lat/],
    ['a duplicate id', { actors: [actor, actor] }, { places: [] }, /duplicate id a/],
    [
      'a title with a bad date',
      { actors: [{ ...actor, titles: [{ title: 't', from: '2021-13-01', to: null }] }] },
      { places: [] },
      /titles\.0\.from/,
    ],
  ])('%s', (_, actors, places, message) => {
    expect(() => buildReference(actors, places)).toThrow(message);
  });
});

describe('foldKey', () => {
  it.each([
    ['Volodímir  Zelenski', 'volodimir zelenski'],
    ['Russia’s', "russia's"],
    ['Kraków', 'krakow'],
  ])('%s -> %s', (name, key) => {
    expect(foldKey(name)).toBe(key);
  });
});
