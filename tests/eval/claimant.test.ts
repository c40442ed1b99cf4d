/** Claimants and subjects reduced to the reference scorer's keys. */
import { describe, expect, it } from 'vitest';
import { actorKey, claimantKeys, claimantOk, subjectOk, toCountry } from '../../src/eval/claimant';
import type { ScoredActor } from '../../src/eval/scored-dataset';

const actors = new Map<string, ScoredActor>(
  [
    { id: 'russia', name: 'Russia', kind: 'country', affiliation: 'russia' },
    { id: 'united-states', name: 'United States', kind: 'country', affiliation: 'united-states' },
    { id: 'united-kingdom', name: 'United Kingdom', kind: 'country', affiliation: 'united-kingdom' },
    { id: 'spokesman', name: 'Ivan Petrenko', kind: 'person', affiliation: 'ukraine-mod' },
    { id: 'ukraine-mod', name: 'Ukrainian Defence Ministry', kind: 'ministry', affiliation: null },
    { id: 'us-paper', name: 'Washington Herald', kind: 'media', affiliation: 'united-states' },
    { id: 'monitor', name: 'Russia Watch Group', kind: 'organisation', affiliation: null },
    { id: 'kremlin-body', name: 'Kremlin', kind: 'organisation', affiliation: null },
    { id: 'west', name: 'Western officials', kind: 'government', affiliation: null },
    { id: 'analyst', name: 'Jane Doe', kind: 'person', affiliation: null },
  ].map((a) => [a.id, a]),
);

describe('toCountry', () => {
  it.each([
    ['Kyiv', 'ukraine'],
    ['the Pentagon', 'united states'],
    ['U.S. officials', 'united states'],
    ['Downing Street', 'united kingdom'],
    ['Russian defence ministry', 'russia'],
    ['Busan', 'busan'], // "us" inside a word does not count
    ['Western diplomats', 'western'],
    ['Harbour Institute', 'harbour institute'],
  ])('%s -> %s', (name, key) => expect(toCountry(name)).toBe(key));
});

describe('actorKey', () => {
  it.each([
    ['united-states', 'united states'],
    ['spokesman', 'ukraine'], // through the affiliation's name
    ['ukraine-mod', 'ukraine'], // a state body: its own name
    ['us-paper', 'media'], // an outlet is media, wherever it is based
    ['monitor', 'russia watch group'], // a body that speaks for no state keeps its name
    ['kremlin-body', 'russia'], // ... unless its whole name is a country key
    ['west', 'western'],
    ['analyst', 'jane doe'],
    ['nato', 'nato'], // an id with no actor is read as a name
  ])('%s -> %s', (id, key) => expect(actorKey(id, actors)).toBe(key));
});

describe('claimantOk', () => {
  const keys = (...ids: string[]) => claimantKeys(ids, actors);
  it.each([
    ['unattributed', null, [], true],
    ['unattributed', null, ['russia'], false],
    ['media', null, ['us-paper'], true],
    ['United States', null, ['us-paper'], false],
    ['United States', 'media', ['us-paper'], true], // the alternative claimant
    ['US and UK', null, ['united-states', 'united-kingdom'], true],
    ['US and UK', null, ['united-states'], false],
    ['US and allies', null, ['west'], true],
    ['Western officials', null, ['united-kingdom'], true],
    ['analysts', null, ['analyst'], true],
    ['analysts', null, ['analyst', 'russia'], false],
    ['analysts', null, [], false],
    ['Ukraine', null, ['spokesman'], true],
    ['Kyiv', null, ['spokesman'], true],
    [null, 'Russia', ['russia'], true],
    [null, null, [], false],
  ] as const)('gold %s (or %s), predicted %j: %s', (gold, alt, ids, ok) =>
    expect(claimantOk(gold, alt, keys(...ids))).toBe(ok),
  );
});

describe('subjectOk', () => {
  it('reduces the subject like a claimant, and keeps separatists apart from Russia', () => {
    expect(subjectOk('Russia', 'russia', actors)).toBe(true);
    expect(subjectOk('Ukraine', 'spokesman', actors)).toBe(true);
    expect(subjectOk('Russia', null, actors)).toBe(false);
    expect(subjectOk('Russian-backed separatists', 'russia', actors)).toBe(false);
    const withSeparatists = new Map(actors).set('dpr', {
      id: 'dpr',
      name: 'Donetsk separatists',
      kind: 'group',
      affiliation: null,
    });
    expect(subjectOk('Russian-backed separatists', 'dpr', withSeparatists)).toBe(true);
  });
});
