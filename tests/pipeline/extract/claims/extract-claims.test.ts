import { describe, expect, it } from 'vitest';
import type { ClaimKind } from '../../../../src/domain/schema';
import { extractClaims } from '../../../../src/pipeline/extract/claims/extract-claims';
import type { ClaimDraft } from '../../../../src/pipeline/types';
import { docOf, liveEntry, recogniseNaively, reference } from './claims-fixture';

/** What a row expects of one claim; fields left out are not checked. */
interface Want {
  value: string;
  min: number;
  max: number;
  unit?: 'troops' | 'btg';
  kind?: ClaimKind;
  approx?: boolean;
  qualifier?: string | null;
  vague?: boolean;
  subject?: string | null;
  claimants?: string[];
  places?: string[];
  relation?: 'subset' | 'additional' | null;
  perUnit?: [number, number];
  troops?: [number, number] | null;
}

function claimsOf(text: string): ClaimDraft[] {
  return extractClaims(docOf(text), recogniseNaively(text), reference);
}

function view(text: string, c: ClaimDraft, want: Want): Want {
  const got: Want = {
    value: text.slice(c.valueSpan.start, c.valueSpan.end),
    min: c.valueMin,
    max: c.valueMax,
  };
  if (want.unit !== undefined) got.unit = c.unit;
  if (want.kind !== undefined) got.kind = c.kind;
  if (want.approx !== undefined) got.approx = c.approx;
  if (want.qualifier !== undefined) got.qualifier = c.qualifier;
  if (want.vague !== undefined) got.vague = c.vague;
  if (want.subject !== undefined) got.subject = c.subjectId;
  if (want.claimants !== undefined) got.claimants = c.claimantIds;
  if (want.places !== undefined) got.places = c.placeIds;
  if (want.relation !== undefined) got.relation = c.relation;
  if (want.perUnit !== undefined && c.perUnitMin !== null && c.perUnitMax !== null)
    got.perUnit = [c.perUnitMin, c.perUnitMax];
  if (want.troops !== undefined)
    got.troops = c.troopsMin === null || c.troopsMax === null ? null : [c.troopsMin, c.troopsMax];
  return got;
}

const rows: [string, Want[]][] = [
  [
    'Russia has massed 130,000 troops near the border with Ukraine.',
    [
      {
        value: '130,000',
        min: 130_000,
        max: 130_000,
        unit: 'troops',
        kind: 'estimate',
        approx: false,
        subject: 'russia',
        claimants: [],
        places: ['ukraine-border'],
      },
    ],
  ],
  [
    'Some 100,000 Russian soldiers are stationed in Crimea.',
    [
      {
        value: 'Some 100,000',
        min: 100_000,
        max: 100_000,
        approx: true,
        qualifier: 'some',
        subject: 'russia',
        places: ['crimea'],
      },
    ],
  ],
  [
    'About 90 thousand servicemen remain near Voronezh, the Pentagon said.',
    [
      {
        value: 'About 90 thousand',
        min: 90_000,
        max: 90_000,
        qualifier: 'about',
        claimants: ['pentagon'],
        places: ['voronezh'],
      },
    ],
  ],
  [
    'Moscow could mass up to 175,000 troops for an offensive, US intelligence officials warned.',
    [
      {
        value: 'up to 175,000',
        min: 175_000,
        max: 175_000,
        kind: 'forecast',
        approx: true,
        qualifier: 'up to',
        subject: 'russia',
        claimants: ['united-states'],
      },
    ],
  ],
  [
    "Russia's army numbers 1.5 million personnel, according to the Pentagon.",
    [{ value: '1.5 million', min: 1_500_000, max: 1_500_000, subject: 'russia', claimants: ['pentagon'] }],
  ],
  [
    "Ukraine's defence ministry has said about 70,000 Russian troops are camped not far from the border.",
    [
      {
        value: 'about 70,000',
        min: 70_000,
        max: 70_000,
        subject: 'russia',
        claimants: ['ukrainian-defence-ministry'],
        places: ['ukraine-border'],
      },
    ],
  ],
  [
    'Belarus hosts more than 20,000 Russian troops, according to Kyiv, although Nato puts the number at 30,000.',
    [
      {
        value: 'more than 20,000',
        min: 20_000,
        max: 20_000,
        qualifier: 'more than',
        claimants: ['ukraine'],
        places: [],
      },
      {
        value: '30,000',
        min: 30_000,
        max: 30_000,
        approx: false,
        subject: 'russia',
        claimants: ['nato'],
        relation: null,
      },
    ],
  ],
  [
    'Russia now has 83 BTGs deployed near Ukraine, a US defence official said.',
    [
      {
        value: '83',
        min: 83,
        max: 83,
        unit: 'btg',
        troops: null,
        claimants: ['united-states'],
        places: ['ukraine-border'],
      },
    ],
  ],
  [
    'Moscow has moved 14 battalion-tactical groups into Belarus.',
    [{ value: '14', min: 14, max: 14, unit: 'btg', subject: 'russia', places: ['belarus'] }],
  ],
  [
    'Nato counts 40 battalion tactical groups of up to 900 troops each in Crimea.',
    [
      {
        value: '40',
        min: 40,
        max: 40,
        unit: 'btg',
        perUnit: [900, 900],
        troops: [36_000, 36_000],
        claimants: ['nato'],
      },
    ],
  ],
  [
    'Officials in Kyiv say ten thousand Russian soldiers crossed into Belarus.',
    [{ value: 'ten thousand', min: 10_000, max: 10_000, claimants: ['ukraine'], places: ['belarus'] }],
  ],
  [
    'A hundred thousand troops are poised on the frontier.',
    [{ value: 'A hundred thousand', min: 100_000, max: 100_000, approx: false }],
  ],
  [
    'Two hundred paratroopers landed near Kyiv.',
    [{ value: 'Two hundred', min: 200, max: 200, places: ['kyiv'] }],
  ],
  [
    'Between 100,000 and 120,000 Russian troops surround Ukraine, analysts estimate.',
    [{ value: 'Between 100,000 and 120,000', min: 100_000, max: 120_000, approx: false, claimants: [] }],
  ],
  [
    'Estimates range from 100,000-120,000 troops.',
    [{ value: '100,000-120,000', min: 100_000, max: 120_000 }],
  ],
  [
    'A force of 120,000–130,000 soldiers is ready.',
    [{ value: '120,000–130,000', min: 120_000, max: 130_000 }],
  ],
  ['Reports put the total at 100k troops.', [{ value: '100k', min: 100_000, max: 100_000 }]],
  [
    'Russia keeps 130 000 troops on alert.',
    [{ value: '130 000', min: 130_000, max: 130_000, subject: 'russia' }],
  ],
  [
    'Roughly 40,000 troops are training in the east.',
    [{ value: 'Roughly 40,000', min: 40_000, max: 40_000, qualifier: 'roughly', approx: true }],
  ],
  [
    'Approximately 30,000 soldiers joined the drills.',
    [{ value: 'Approximately 30,000', min: 30_000, max: 30_000, qualifier: 'approximately' }],
  ],
  [
    'Nearly 70,000 troops remain in Crimea.',
    [{ value: 'Nearly 70,000', min: 70_000, max: 70_000, qualifier: 'nearly', places: ['crimea'] }],
  ],
  [
    'Almost 50,000 servicemen took part.',
    [{ value: 'Almost 50,000', min: 50_000, max: 50_000, qualifier: 'almost' }],
  ],
  [
    "Over 60,000 Russian forces are deployed near Ukraine's border.",
    [{ value: 'Over 60,000', min: 60_000, max: 60_000, qualifier: 'over', places: ['ukraine-border'] }],
  ],
  [
    'At least 100,000 troops are now in place, the Pentagon believes.',
    [
      {
        value: 'At least 100,000',
        min: 100_000,
        max: 100_000,
        qualifier: 'at least',
        claimants: ['pentagon'],
      },
    ],
  ],
  [
    'As many as 175,000 personnel could be involved.',
    [{ value: 'As many as 175,000', min: 175_000, max: 175_000, kind: 'forecast', qualifier: 'as many as' }],
  ],
  [
    'Fewer than 5,000 troops have left, Nato says.',
    [{ value: 'Fewer than 5,000', min: 5_000, max: 5_000, qualifier: 'fewer than', claimants: ['nato'] }],
  ],
  [
    'An estimated 40,000 troops are in Belarus.',
    [
      {
        value: 'An estimated 40,000',
        min: 40_000,
        max: 40_000,
        qualifier: 'estimated',
        approx: true,
        places: ['belarus'],
      },
    ],
  ],
  [
    'A reported 10,000 troops have arrived in Belarus.',
    [{ value: 'A reported 10,000', min: 10_000, max: 10_000, qualifier: null, approx: false }],
  ],
  [
    'Around 130,000 soldiers ring Ukraine.',
    [{ value: 'Around 130,000', min: 130_000, max: 130_000, qualifier: 'around' }],
  ],
  [
    'Russia has 100,000 or more troops in the region.',
    [{ value: '100,000 or more', min: 100_000, max: 100_000, qualifier: 'or more', approx: true }],
  ],
  [
    'Thousands of Russian troops are carrying out drills in Belarus.',
    [
      {
        value: 'Thousands',
        min: 2_000,
        max: 9_000,
        vague: true,
        approx: true,
        kind: 'estimate',
        subject: 'russia',
        places: ['belarus'],
      },
    ],
  ],
  [
    'Tens of thousands of soldiers have gathered near the border.',
    [
      {
        value: 'Tens of thousands',
        min: 20_000,
        max: 90_000,
        vague: true,
        qualifier: null,
        places: ['ukraine-border'],
      },
    ],
  ],
  [
    'Hundreds of thousands of reservists could be called up.',
    [{ value: 'Hundreds of thousands', min: 200_000, max: 900_000, vague: true, kind: 'forecast' }],
  ],
  [
    'Dozens of battalion tactical groups are near the border.',
    [{ value: 'Dozens', min: 24, max: 108, unit: 'btg', vague: true, troops: null }],
  ],
  [
    'The US warned that Russia could invade with up to 175,000 troops.',
    [
      {
        value: 'up to 175,000',
        min: 175_000,
        max: 175_000,
        kind: 'forecast',
        subject: 'russia',
        claimants: ['united-states'],
        places: [],
      },
    ],
  ],
  [
    'Moscow is planning an offensive with as many as 100,000 troops, Washington believes.',
    [
      {
        value: 'as many as 100,000',
        min: 100_000,
        max: 100_000,
        kind: 'forecast',
        claimants: ['united-states'],
      },
    ],
  ],
  [
    'In 2014 Russia sent 40,000 troops to the border.',
    [{ value: '40,000', min: 40_000, max: 40_000, kind: 'historical', subject: 'russia' }],
  ],
  [
    'Back in April 2021, Moscow massed 100,000 troops near Ukraine.',
    [{ value: '100,000', min: 100_000, max: 100_000, kind: 'historical' }],
  ],
  [
    'Last spring Russia gathered some 110,000 troops in Crimea.',
    [{ value: 'some 110,000', min: 110_000, max: 110_000, kind: 'historical' }],
  ],
  [
    'Russia sent an additional 10,000 troops to the border.',
    [{ value: '10,000', min: 10_000, max: 10_000, kind: 'increment', relation: null }],
  ],
  [
    'Moscow withdrew 10,000 soldiers from Crimea.',
    [{ value: '10,000', min: 10_000, max: 10_000, kind: 'increment' }],
  ],
  [
    'Another 7,000 troops have arrived, the US says.',
    [{ value: '7,000', min: 7_000, max: 7_000, kind: 'increment', claimants: ['united-states'] }],
  ],
  [
    'Russia has about 150,000 troops near Ukraine, including 30,000 in Belarus.',
    [
      {
        value: 'about 150,000',
        min: 150_000,
        max: 150_000,
        relation: null,
        places: ['ukraine-border'],
      },
      {
        value: '30,000',
        min: 30_000,
        max: 30_000,
        relation: 'subset',
        places: ['belarus'],
        subject: 'russia',
      },
    ],
  ],
  [
    'Some 100,000 troops are near Ukraine and 30,000 more are in Belarus.',
    [
      { value: 'Some 100,000', min: 100_000, max: 100_000, relation: null },
      {
        value: '30,000',
        min: 30_000,
        max: 30_000,
        relation: 'additional',
        kind: 'estimate',
        places: ['belarus'],
      },
    ],
  ],
  [
    'Russia has 100,000 troops in the region plus another 20,000 in Crimea.',
    [
      { value: '100,000', min: 100_000, max: 100_000 },
      { value: '20,000', min: 20_000, max: 20_000, relation: 'additional', places: ['crimea'] },
    ],
  ],
  [
    'The Pentagon said 100,000 Russian troops were at the border.',
    [{ value: '100,000', min: 100_000, max: 100_000, claimants: ['pentagon'], places: ['ukraine-border'] }],
  ],
  [
    'According to Nato, 120,000 troops are stationed along the border.',
    [{ value: '120,000', min: 120_000, max: 120_000, claimants: ['nato'] }],
  ],
  [
    'Stoltenberg says 100,000 combat-ready troops are massed at the border.',
    [{ value: '100,000', min: 100_000, max: 100_000, claimants: ['jens-stoltenberg'] }],
  ],
  [
    'The number of Russian troops stands at 127,000, according to the UK.',
    [{ value: '127,000', min: 127_000, max: 127_000, subject: 'russia', claimants: ['united-kingdom'] }],
  ],
  [
    'Russian forces numbering 60,000 are in Crimea.',
    [{ value: '60,000', min: 60_000, max: 60_000, subject: 'russia', places: ['crimea'] }],
  ],
  [
    "Nato says Russia's 100,000 troops near the border pose a threat.",
    [{ value: '100,000', min: 100_000, max: 100_000, subject: 'russia', claimants: ['nato'] }],
  ],
  [
    'The US is sending 3,000 troops to Poland.',
    [{ value: '3,000', min: 3_000, max: 3_000, subject: 'united-states', places: ['poland'] }],
  ],
  [
    'Britain has 900 soldiers stationed in Poland.',
    [{ value: '900', min: 900, max: 900, subject: 'united-kingdom', places: ['poland'] }],
  ],
  [
    'A 30,000-strong force is training in Belarus.',
    [{ value: '30,000', min: 30_000, max: 30_000, unit: 'troops', places: ['belarus'] }],
  ],
  [
    'Russia has 100,000 troops near Ukraine, where 14,000 people have been killed since 2014.',
    [{ value: '100,000', min: 100_000, max: 100_000 }],
  ],
  [
    'Dmytro Kuleba, who met Nato leaders in Brussels, said 90,000 troops were near the border.',
    [{ value: '90,000', min: 90_000, max: 90_000, claimants: ['dmytro-kuleba'] }],
  ],
  [
    'Russia has 100 BTGs of 800 troops each near the border.',
    [{ value: '100', min: 100, max: 100, unit: 'btg', perUnit: [800, 800], troops: [80_000, 80_000] }],
  ],
  [
    'A 10,000-strong Russian contingent is in Belarus.',
    [{ value: '10,000', min: 10_000, max: 10_000, subject: 'russia', places: ['belarus'] }],
  ],
  [
    'Russia has 100,000 troops, 1,000 of them in Crimea.',
    [
      { value: '100,000', min: 100_000, max: 100_000, relation: null },
      { value: '1,000', min: 1_000, max: 1_000, relation: 'subset', places: ['crimea'] },
    ],
  ],
  [
    'Russia has massed roughly 130,000 troops, by US estimates, near Ukraine.',
    [{ value: 'roughly 130,000', min: 130_000, max: 130_000, claimants: ['united-states'] }],
  ],
  [
    'Russia has 127,000 troops near Ukraine, according to Ukrainian intelligence.',
    [{ value: '127,000', min: 127_000, max: 127_000, claimants: ['ukraine'] }],
  ],
  [
    'Estimates of the force range from 169,000 to 190,000 troops.',
    [{ value: '169,000 to 190,000', min: 169_000, max: 190_000 }],
  ],
  [
    "Russia's defence ministry said 10,000 troops were returning to their bases.",
    [
      {
        value: '10,000',
        min: 10_000,
        max: 10_000,
        kind: 'increment',
        subject: 'russia',
        claimants: ['russian-defence-ministry'],
      },
    ],
  ],
  [
    'Moscow has sent tens of thousands more troops to Belarus.',
    [
      {
        value: 'tens of thousands',
        min: 20_000,
        max: 90_000,
        kind: 'increment',
        vague: true,
        places: ['belarus'],
      },
    ],
  ],
  [
    'Lloyd Austin said he would send 3,000 troops to Poland.',
    [
      {
        value: '3,000',
        min: 3_000,
        max: 3_000,
        kind: 'increment',
        subject: 'united-states',
        claimants: ['lloyd-austin'],
        places: ['poland'],
      },
    ],
  ],
  [
    'The number of BTGs has grown to 110, the Pentagon said.',
    [{ value: '110', min: 110, max: 110, unit: 'btg', claimants: ['pentagon'] }],
  ],
  [
    '“We count 100,000 troops on the border,” Stoltenberg said.',
    [{ value: '100,000', min: 100_000, max: 100_000, claimants: ['jens-stoltenberg'] }],
  ],
  [
    'Officials will watch whether the 100,000 troops withdraw.',
    [{ value: '100,000', min: 100_000, max: 100_000, kind: 'estimate' }],
  ],
  ['Russia had 190,000 troops by February 24.', [{ value: '190,000', min: 190_000, max: 190_000 }]],
  [
    "Russia's military build-up, estimated at 100,000 troops, has alarmed Nato.",
    [{ value: 'estimated at 100,000', min: 100_000, max: 100_000, qualifier: 'estimated', approx: true }],
  ],
  [
    'Russia has about 100,000 troops at the border; US officials say it could be 175,000 by January.',
    [
      { value: 'about 100,000', min: 100_000, max: 100_000, kind: 'estimate', claimants: [] },
      { value: '175,000', min: 175_000, max: 175_000, kind: 'forecast', claimants: ['united-states'] },
    ],
  ],
  [
    'Troop levels near the border have reached 150,000, the Pentagon said.',
    [{ value: '150,000', min: 150_000, max: 150_000, unit: 'troops', claimants: ['pentagon'] }],
  ],
  [
    'An invasion force of 175,000 troops could be ready by late January.',
    [{ value: '175,000', min: 175_000, max: 175_000, kind: 'forecast' }],
  ],
  [
    'In 2008, Russia invaded Georgia with 20,000 troops.',
    [{ value: '20,000', min: 20_000, max: 20_000, kind: 'historical', subject: 'russia' }],
  ],
  [
    'Russia has between 100 and 120 battalion tactical groups near Ukraine, a senior US defence official said.',
    [
      {
        value: 'between 100 and 120',
        min: 100,
        max: 120,
        unit: 'btg',
        troops: null,
        claimants: ['united-states'],
      },
    ],
  ],
  [
    'Russia moved about 30,000 troops, Iskander missiles and S-400 air defence systems into Belarus.',
    [{ value: 'about 30,000', min: 30_000, max: 30_000, places: ['belarus'] }],
  ],
  [
    'Russia fields 100,000 well-equipped, combat-ready troops near Ukraine.',
    [{ value: '100,000', min: 100_000, max: 100_000, subject: 'russia' }],
  ],
  [
    'Separatist forces number 35,000, Kyiv says.',
    [{ value: '35,000', min: 35_000, max: 35_000, claimants: ['ukraine'] }],
  ],
  [
    'Officials found plans for a possible offensive early next year involving an estimated 175,000 troops.',
    [{ value: 'an estimated 175,000', min: 175_000, max: 175_000, kind: 'forecast' }],
  ],
  [
    'Russia could begin an offensive as early as late January with as many as 175,000 troops.',
    [{ value: 'as many as 175,000', min: 175_000, max: 175_000, kind: 'forecast' }],
  ],
  [
    'Nato officials discussed a possible operation as thousands of Russian troops gathered near the border.',
    [{ value: 'thousands', min: 2_000, max: 9_000, kind: 'estimate', vague: true }],
  ],
  [
    'Russia annexed Crimea in 2014 and has since stationed 30,000 troops there.',
    [{ value: '30,000', min: 30_000, max: 30_000, kind: 'estimate' }],
  ],
  [
    'Russia massed 100,000 troops near the border in April 2021.',
    [{ value: '100,000', min: 100_000, max: 100_000, kind: 'historical' }],
  ],
  [
    'Russia has 100,000 troops near Ukraine, while the US has 3,000 troops in Poland.',
    [
      { value: '100,000', min: 100_000, max: 100_000, subject: 'russia', places: ['ukraine-border'] },
      {
        value: '3,000',
        min: 3_000,
        max: 3_000,
        subject: 'united-states',
        places: ['poland'],
        relation: null,
      },
    ],
  ],
  [
    'Russia has 100,000 troops near the border, which Nato says is a threat.',
    [{ value: '100,000', min: 100_000, max: 100_000, claimants: [] }],
  ],
  [
    'Russia has moved 10,000 troops from Crimea to Belarus.',
    [{ value: '10,000', min: 10_000, max: 10_000, places: ['belarus'] }],
  ],
  ['Britain sent 2000 troops to the region.', [{ value: '2000', min: 2_000, max: 2_000 }]],
  ['About 2000 soldiers joined them.', [{ value: 'About 2000', min: 2_000, max: 2_000 }]],
  [
    'The US has 4,000 troops in Poland and has reinforced them with 3,000 more.',
    [
      { value: '4,000', min: 4_000, max: 4_000, kind: 'estimate' },
      { value: '3,000', min: 3_000, max: 3_000, kind: 'increment', relation: 'additional' },
    ],
  ],
  [
    "Ukraine's 250,000-strong military is outgunned.",
    [{ value: '250,000', min: 250_000, max: 250_000, subject: 'ukraine' }],
  ],
  [
    'Britain has offered to send 1,000 troops to Poland.',
    [{ value: '1,000', min: 1_000, max: 1_000, kind: 'increment', subject: 'united-kingdom' }],
  ],
  [
    'Russia Masses 100,000 Troops On Border',
    [{ value: '100,000', min: 100_000, max: 100_000, subject: 'russia' }],
  ],
  [
    'Russia has moved a dozen BTGs into Belarus.',
    [{ value: 'a dozen', min: 12, max: 12, unit: 'btg', places: ['belarus'] }],
  ],
  [
    'The number of Russian personnel near the Ukrainian border could rise to 150,000.',
    [{ value: '150,000', min: 150_000, max: 150_000, unit: 'troops', subject: 'russia' }],
  ],
];

describe('extractClaims: troop figures in many forms', () => {
  it.each(rows)('%s', (text, wants) => {
    const claims = claimsOf(text);
    expect(claims.map((c, i) => view(text, c, wants[i] ?? wants[0]!))).toEqual(wants);
  });
});

const negatives: [string, string][] = [
  ['casualties of people', 'An estimated 14,000 people have been killed in the fighting.'],
  ['soldiers killed', 'Some 300 soldiers were killed in the clashes.'],
  ['killing troops', 'The shelling killed 120 troops overnight.'],
  ['wounded soldiers', 'About 1,500 soldiers were wounded.'],
  ['a distance in miles', 'The troops are within about 30 miles of the border.'],
  ['a distance glued to km', 'The border is 1,084km (674 miles) long.'],
  ['money', 'The deal gives $10 billion to the army and its troops.'],
  ['a percentage', 'Defence spending rose 30% to support the troops.'],
  ['a percentage in words', 'Roughly 60 per cent of its forces are deployed.'],
  ['a year', 'Troops have been there since 2014.'],
  ['a year before troops', 'In 2022 troops moved.'],
  ['a date', 'On February 15, troops began to leave.'],
  ['a time', 'At 10:35 the troops moved.'],
  ['an ordinal', 'The 1st Guards Tank Army has moved troops west.'],
  ['a jet model', 'A Sukhoi SU-30 flew over the troops.'],
  ['a plane model', 'A Boeing RC-135 flew near the troops.'],
  ['a fraction of the BTGs', 'Some two thirds of the BTGs are within striking distance.'],
  ['half of a force', 'Of these, around half have moved to forward positions.'],
  ['a count of regions', 'Putin recognised two breakaway regions and sent troops.'],
  ['a negative figure', 'The exercise involves -5 troops.'],
  ['scientific notation', 'The model predicts 1e9 troops.'],
  ['an implausible total', 'A typo claims 999,999,999 troops.'],
  ['a handful of soldiers', 'Two soldiers were seen at the checkpoint.'],
  ['the size of each group', 'Each battalion group has between 700 and 800 troops.'],
  ['a size per group after the noun', 'The groups have up to 900 troops each.'],
  ['a pipeline name', 'Nord Stream 2 will not open if troops invade.'],
  ['tanks and jets', 'Russia has 40 tanks and 20 jets near the border.'],
  ['civilians', 'More than 2,000 civilians fled the shelling.'],
  ['distance and days', 'The troops travelled 200 kilometres in 3 days.'],
  ['talks and members', 'Russia held 12 rounds of talks with 27 EU members.'],
  ['people in need', 'The UN says 2.9 million people need aid.'],
  ['the size of one BTG', 'Each BTG has about 800 troops.'],
  ['a typical group size', 'A battalion tactical group typically has between 600 and 1,000 soldiers.'],
  ['a distance with a hyphen', 'The troops travelled along the 2,000-km border.'],
  ['a year before nationality and troops', 'In 2014 Russian troops entered Crimea.'],
  ['a year after since', 'Since 2014 troops have rotated through Donbas.'],
  [
    'ceasefire violations',
    'More than 1,500 ceasefire violations were recorded by monitors over the weekend.',
  ],
  ['an age', 'President Zelensky, 44, said the country would not be intimidated.'],
  ['embassy staff', 'The US embassy ordered 200 staff to leave.'],
  ['countries', 'Some 30 countries took part in the exercise with troops.'],
  ['money and prices', 'Gas prices jumped by 20% to €80 per megawatt hour as troops massed.'],
  ['a Title Case casualty headline', 'Ukraine Says 15,000 People Killed By Troops'],
  ['a list number', '  11. Troops withdraw from Crimea\n\n    Text follows here.'],
];

describe('extractClaims: numbers that are not troop claims', () => {
  it.each(negatives)('%s', (_name, text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('extractClaims: context across sentences', () => {
  it('resolves "They" to the previous sentence\'s source, with the per-group size', () => {
    const text =
      'Western officials said the build-up was continuing.\n\nThey believe around 60 battalion tactical groups, each made up of 600 to 900 troops, are in position.';
    const [claim, ...rest] = claimsOf(text);
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({
      valueMin: 60,
      unit: 'btg',
      perUnitMin: 600,
      perUnitMax: 900,
      troopsMin: 36_000,
      troopsMax: 54_000,
      claimantIds: ['western-officials'],
      qualifier: 'around',
    });
  });

  it('leaves a narrative figure unattributed even after an attributed sentence', () => {
    const text = 'Nato said talks would go on.\n\nRussia has 120,000 troops near the border.';
    expect(claimsOf(text).map((c) => c.claimantIds)).toEqual([[]]);
  });

  it('gives quote, value span and a content-derived id', () => {
    const text = 'Intro line\n\nRussia has about 130,000 troops, Nato says.';
    const [claim] = claimsOf(text);
    const start = text.indexOf('Russia');
    expect(claim!.quote).toEqual({ start, end: text.length, text: text.slice(start) });
    expect(text.slice(claim!.valueSpan.start, claim!.valueSpan.end)).toBe('about 130,000');
    expect(claim!.id).toBe(`doc:c${text.indexOf('about')}`);
    expect(claim!.articleId).toBe('doc');
  });

  it('gives a quotation over several sentences, and the quoted paragraph after it, to the speaker named', () => {
    const text =
      '“Russia has 100,000 troops near the border. That is a threat,” Stoltenberg said.\n\n“There are 90,000 troops.”';
    expect(claimsOf(text).map((c) => [c.valueMin, c.claimantIds])).toEqual([
      [100_000, ['jens-stoltenberg']],
      [90_000, ['jens-stoltenberg']],
    ]);
  });

  it('does not carry a source across live-blog entries', () => {
    const first = 'Nato said the build-up continues.';
    const second = 'They believe 100 BTGs are ready.';
    const text = `${first}\n\n${second}`;
    const doc = docOf(text);
    const found = recogniseNaively(text);
    const split = {
      ...doc,
      kind: 'liveblog' as const,
      entries: [liveEntry('e1', 0, first.length), liveEntry('e2', first.length + 2, text.length)],
    };
    expect(extractClaims(split, found, reference).map((c) => c.claimantIds)).toEqual([[]]);
    expect(extractClaims(doc, found, reference).map((c) => c.claimantIds)).toEqual([['nato']]);
  });

  it('links the second figure of a sentence to the first', () => {
    const text = 'Russia has 100,000 troops near Ukraine, including 20,000 in Crimea.';
    const [total, part] = claimsOf(text);
    expect(part!.partOf).toBe(total!.id);
  });
});

describe('extractClaims: the year a figure is read against', () => {
  const kindIn = (text: string, docDate: string | null, day: string | null = null) =>
    extractClaims(docOf(text, docDate), recogniseNaively(text), reference, day).map((c) => c.kind);

  it('reads a figure as projected when a modal stands nearer to it than a past time', () => {
    const text =
      'Talk of war began in late autumn 2021, with analysts saying that Russia could attack with 90,000 troops.';
    expect(kindIn(text, '2022-01-10')).toEqual(['forecast']);
  });

  it('takes the year from the date found later (a dateline) over none at all', () => {
    const text = 'Officials expect an offensive in spring 2023 by some 60,000 troops.';
    expect(kindIn(text, null, '2023-02-01')).toEqual(['estimate']);
    expect(kindIn(text, null, '2024-02-01')).toEqual(['historical']);
  });

  it('reads an undated article as at least as late as the latest year it names', () => {
    const text =
      'In 2019 there were 28,000 troops on the peninsula. An offensive in early 2023 may need 50,000 troops.';
    expect(kindIn(text, null)).toEqual(['historical', 'forecast']);
  });
});

describe('extractClaims: hedges from a twentieth round of pages read by eye', () => {
  // Rule: a figure a source gives as its estimate ("estimate that ...", "estimated by ... to number") is approximate.
  const rows: [string, Want[]][] = [
    [
      'Analysts estimate that there are now 60,000-70,000 Russian troops by the river.',
      [{ value: '60,000-70,000', min: 60_000, max: 70_000, approx: true }],
    ],
    [
      'Britain estimates that a further 12 Russian battalions are on the move, on top of the 90 battalions at the border.',
      [
        { value: '12', min: 12, max: 12, approx: true },
        { value: '90', min: 90, max: 90, approx: true },
      ],
    ],
    [
      'The Belarusian garrison, estimated by Nato to number 4,000, stays in the north.',
      [{ value: '4,000', min: 4_000, max: 4_000, approx: true }],
    ],
    // Guard: a figure a source only says stays exact.
    [
      'Officials said 40,000 troops were near the border.',
      [{ value: '40,000', min: 40_000, max: 40_000, approx: false }],
    ],
  ];
  it.each(rows)('%s', (text, wants) => {
    const claims = claimsOf(text);
    expect(claims.map((c, i) => view(text, c, wants[i] ?? wants[0]!))).toEqual(wants);
  });
});
