import { describe, expect, it } from 'vitest';
import { recognise } from '../../../../src/pipeline/extract/entities/recognise';
import { parsedDoc } from '../../parsed-doc';
import { reference } from '../../reference-data';
import type { ParsedDoc, Recognised } from '../../../../src/pipeline/types';

function docOf(text: string): ParsedDoc {
  return parsedDoc(text, { id: 't' });
}

function run(text: string, day: string | null = '2022-02-15'): Recognised {
  return recognise(docOf(text), reference, day);
}

/** [actor id, exact surface] pairs, in text order. */
function actors(text: string, day: string | null = '2022-02-15'): [string, string][] {
  return run(text, day).actors.map((a) => [a.actorId, a.text]);
}

function places(text: string): [string, string][] {
  return run(text).places.map((p) => [p.placeId, p.text]);
}

describe('recognise: names, aliases and spelling variants', () => {
  it.each([
    ['Volodymyr Zelenskyy spoke on Monday.', 'volodymyr-zelensky', 'Volodymyr Zelenskyy'],
    ['On Tuesday Zelenskiy addressed the nation.', 'volodymyr-zelensky', 'Zelenskiy'],
    ['Volodímir Zelenski habló con la prensa.', 'volodymyr-zelensky', 'Volodímir Zelenski'],
    ['Officials said Alexander Lukashenka would attend.', 'alexander-lukashenko', 'Alexander Lukashenka'],
    ['Russia’s defence ministry issued a video.', 'russian-defence-ministry', 'Russia’s defence ministry'],
    ['Olaf\u00a0Scholz landed late.', 'olaf-scholz', 'Olaf\u00a0Scholz'],
    ['The Kremlin rejected the claim.', 'russian-government', 'The Kremlin'],
    ['A vote in the Duma is expected.', 'state-duma', 'the Duma'],
    ['Western officials briefed reporters.', 'western-officials', 'Western officials'],
    ['The US embassy staff left.', 'united-states', 'US'],
  ])('%s', (text, id, surface) => {
    expect(actors(text)).toContainEqual([id, surface]);
  });

  it('takes the longest match: a title and a name are one hit', () => {
    expect(actors('Russian President Vladimir Putin said so.')).toEqual([
      ['vladimir-putin', 'Russian President Vladimir Putin'],
    ]);
    expect(actors('Vladimir Putin, the Russian president, said so.')).toEqual([
      ['vladimir-putin', 'Vladimir Putin, the Russian president'],
    ]);
  });

  it('reads a lesser-known surname alone only after the full name', () => {
    expect(actors('Price rises hit shoppers. Smith and Wallace opened a store.')).toEqual([]);
    expect(actors('Ned Price briefed reporters. Price said talks continue.')).toEqual([
      ['ned-price', 'Ned Price'],
      ['ned-price', 'Price'],
    ]);
    expect(actors('Putin said talks continue.')).toEqual([['vladimir-putin', 'Putin']]);
  });

  it('keeps the pronoun "us" and lower-case words out', () => {
    expect(actors('Let us hope the kremlin of our hearts holds.')).toEqual([]);
  });
});

describe('recognise: titles are read on the day of the text', () => {
  it.each([
    ['The German chancellor arrived in Moscow.', '2021-11-20', 'angela-merkel'],
    ['The German chancellor arrived in Moscow.', '2022-02-14', 'olaf-scholz'],
    ['The foreign secretary warned of costs.', '2021-08-01', 'dominic-raab'],
    ['The foreign secretary warned of costs.', '2022-02-01', 'liz-truss'],
    ['Ukraine’s defence minister visited the front.', '2021-10-01', 'andrii-taran'],
    ['Ukraine’s defence minister visited the front.', '2022-01-10', 'oleksii-reznikov'],
    ['The Russian leader spoke for an hour.', '2022-02-21', 'vladimir-putin'],
  ])('%s on %s', (text, day, id) => {
    expect(actors(text, day).map(([a]) => a)).toContain(id);
  });

  it.each([
    ['a past office names nobody', 'The former German chancellor gave a speech.', '2022-02-14'],
    ['an undated title held by several people names nobody', 'The German chancellor gave a speech.', null],
  ])('%s', (_, text, day) => {
    expect(actors(text, day).filter(([id]) => id === 'angela-merkel' || id === 'olaf-scholz')).toEqual([]);
  });
});

describe('recognise: capitals act as governments only when they act', () => {
  it.each([
    ['Moscow denies any plan to invade.', 'russia', 'Moscow'],
    ['Moscow’s move angered its neighbours.', 'russia', 'Moscow'],
    ['Washington warned that an attack could come.', 'us-government', 'Washington'],
    ['Some 100,000 troops, according to Kiev estimates.', 'ukrainian-government', 'Kiev'],
    ['Talks between Moscow and Kyiv stalled.', 'ukrainian-government', 'Kyiv'],
    ['Moscow is pulling some units back from the coast.', 'russia', 'Moscow'],
  ])('%s', (text, id, surface) => {
    const found = run(text);
    expect(found.actors.map((a) => [a.actorId, a.text, a.via])).toContainEqual([id, surface, 'metonym']);
    expect(found.places.map((p) => p.text)).not.toContain(surface);
  });

  it.each([
    ['Troops gathered near Moscow.', 'moscow'],
    ['Scholz flew to Moscow on Tuesday.', 'moscow'],
    ['Shelling was heard in Kyiv overnight.', 'kyiv'],
    ['The capital Kiev was quiet.', 'kyiv'],
    ['Kyiv was being shelled at dawn.', 'kyiv'],
  ])('%s', (text, id) => {
    const found = run(text);
    expect(found.places.map((p) => p.placeId)).toContain(id);
    expect(found.actors.filter((a) => a.via === 'metonym')).toEqual([]);
  });
});

describe('recognise: typos of registry names', () => {
  it.each([
    ['German Chancellor Olaf Sholz said talks would go on.', 'olaf-scholz'],
    ['Later Sholz said more.', 'olaf-scholz'],
    ['President Valdimir Putin replied.', 'vladimir-putin'],
    ['French President Emanuel Macron called.', 'emmanuel-macron'],
    ['Mr Blinkin told reporters.', 'antony-blinken'],
  ])('%s', (text, id) => {
    expect(run(text).actors.map((a) => [a.actorId, a.via])).toContainEqual([id, 'fuzzy']);
  });

  it('places a misspelt country', () => {
    expect(places('Russia invaded Georgie in 2008.')).toContainEqual(['georgia', 'Georgie']);
  });

  it.each([
    ['a demonym one letter from a country', 'Russian officials met.'],
    ['a demonym of Georgia', 'Georgian wine exports fell.'],
    ['a given name followed by a surname', 'Georgie Thompson reported from the scene.'],
    ['another registry name', 'Martin Schulz spoke in Berlin.'],
    ['a short word', 'Putn is not a name.'],
    ['lower-case words', 'schulz and sholz are not capitalised here.'],
    ['a plural of a name', 'Rivals said Stores were closed.'],
    ['a capitalised word opening a sentence or a table cell', 'Margin calls rose. | Margin | Chinn |'],
    ['a surname after an unknown first name', 'The essay by Sarah Chinn is long.'],
  ])('no typo match for %s', (_, text) => {
    expect(run(text).actors.filter((a) => a.via === 'fuzzy')).toEqual([]);
    expect(run(text).places.map((p) => p.placeId)).not.toContain('georgia');
  });
});

describe('recognise: people missing from the registry', () => {
  it('keeps a named expert and links a later surname to them', () => {
    const found = run(
      'Professor Anna Kowalczyk, of Warsaw University, said the risk was high. Kowalczyk added more.',
    );
    expect(found.newActors.map((a) => [a.id, a.name])).toEqual([['x-anna-kowalczyk', 'Anna Kowalczyk']]);
    expect(found.actors.filter((a) => a.actorId === 'x-anna-kowalczyk').map((a) => a.text)).toEqual([
      'Professor Anna Kowalczyk',
      'Kowalczyk',
    ]);
  });

  it.each([
    ['"It is tense," said Tomasz Nowak, an analyst at a bank.', 'x-tomasz-nowak'],
    ['Maria Lopez told the BBC she had left.', 'x-maria-lopez'],
    ['Live page\n\nDaniel Harper\nBBC security correspondent\n\nTroops moved.', 'x-daniel-harper'],
  ])('%s', (text, id) => {
    expect(run(text).newActors.map((a) => a.id)).toContain(id);
  });

  it('gives names without Latin letters distinct ids', () => {
    const ids = run('Сказала Анна Новак, a reporter. Сказал Иван Петров, a reporter.').newActors.map(
      (a) => a.id,
    );
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^x-[a-z0-9]{3,}$/);
  });

  it('reads the people of a credit line', () => {
    const text = 'Troops moved.\n\nReporting by Pavel Novak and Olga Brown; Editing by Tom Green';
    expect(run(text).newActors.map((a) => a.id)).toEqual(['x-pavel-novak', 'x-olga-brown', 'x-tom-green']);
  });

  it.each([
    [
      'The Latvian Deputy Defence Minister Janis Ozols said the drills were large.',
      'x-janis-ozols',
      'latvia',
    ],
    ['Defence Minister Janis Ozols said the drills were large.', 'x-janis-ozols', null],
    ['Pentagon spokeswoman Carla Vintners said the drills were large.', 'x-carla-vintners', 'united-states'],
    ['Reuters correspondent Carla Vintners said the drills were large.', 'x-carla-vintners', null],
    ['Professor Anna Kowalczyk, of Warsaw University, said so.', 'x-anna-kowalczyk', null],
  ])('gives a person whose title names a nationality that country: %s', (text, id, affiliation) => {
    const person = run(text).newActors.find((a) => a.id === id);
    expect(person?.affiliation).toBe(affiliation);
  });

  it('does not take headings or sentence openers for people', () => {
    expect(run('Story Continues\n\nBreaking News said nothing.').newActors).toEqual([]);
  });
});

describe('recognise: places', () => {
  it.each([
    [
      'Fighting in Lugansk and Luhansk.',
      [
        ['luhansk', 'Lugansk'],
        ['luhansk', 'Luhansk'],
      ],
    ],
    ['The Donbass region is tense.', [['donbas', 'Donbass region']]],
    ['Ships left the Crimean peninsula.', [['crimea', 'Crimean peninsula']]],
    ['Drills near Homyel continued.', [['gomel', 'Homyel']]],
    ['Troops massed in Kharkov.', [['kharkiv', 'Kharkov']]],
    ['A port on the Sea of Azov.', [['sea-of-azov', 'Sea of Azov']]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['Russian troops massed on the border.', 'Ukraine and Russia', 'russia-ukraine-border', 'the border'],
    ['Troops are along Ukraine’s borders.', '', 'russia-ukraine-border', 'Ukraine’s borders'],
    [
      'Migrants gathered at the border between Belarus and Poland.',
      '',
      'belarus-poland-border',
      'the border between Belarus and Poland',
    ],
    [
      'Exercises near the Belarus-Ukraine border.',
      '',
      'belarus-ukraine-border',
      'the Belarus-Ukraine border',
    ],
  ])('border area: %s', (text, context, id, surface) => {
    expect(places(`${context} ${text}`.trim())).toContainEqual([id, surface]);
  });

  it.each([
    ['no Russian in the sentence', 'Ukraine said so. The border stayed open to trade.'],
    ['another border named', 'Ukraine said so. Russian trucks waited at the border with Poland.'],
  ])('a bare "the border" stays unplaced with %s', (_, text) => {
    expect(places(text).map(([id]) => id)).not.toContain('russia-ukraine-border');
  });

  it('geocodes a town from GeoNames, preferring the region of interest', () => {
    const found = run('Fighting was reported near Lyman on Sunday.');
    expect(found.newPlaces).toMatchObject([
      { name: 'Lyman', country: 'UKR', source: 'geonames', kind: 'city' },
    ]);
    expect(found.places.map((p) => p.text)).toEqual(['Lyman']);
    expect(found.newPlaces[0]!.lat).toBeCloseTo(49.2, 0);
  });

  it('prefers Ukraine’s Odessa to Texas’s', () => {
    expect(places('Ships sailed to Odessa.')).toEqual([['odesa', 'Odessa']]);
  });

  it('never geocodes common words or unknown names', () => {
    const found = run('The talks in May went on in Good faith near Avdiivka.');
    expect(found.newPlaces).toEqual([]);
  });
});

describe('recognise: people from a ninth round of pages read by eye', () => {
  it('reads a title of several words before a new name as a title, not part of the name', () => {
    const found = run('Estonian Chief of General Staff Peeter Tamm said the drills were large.');
    expect(found.newActors.map((a) => [a.id, a.affiliation])).toEqual([['x-peeter-tamm', 'estonia']]);
  });
});

describe('recognise: people from a thirteenth round of pages read by eye', () => {
  it('reads a name before an appositive office of a country (", Norway\'s deputy trade minister") as a person of that country', () => {
    const found = run(
      "The figure came in a post by Ingrid Solberg, Norway's deputy trade minister, on Friday.",
    );
    expect(found.newActors.map((a) => [a.id, a.affiliation])).toEqual([['x-ingrid-solberg', 'norway']]);
  });
});
