/**
 * Troop figures in the forms real reporting uses: far from their noun, taken up by a later sentence, in words,
 * in other digit groupings, and the numbers beside them that are not troop counts. Every sentence is our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/pipeline/extract/claims/extract-claims';
import { docOf, recogniseNaively, reference } from './claims-fixture';

/** Each claim as "min-max unit"; a single figure as "N unit". */
function figures(text: string): string[] {
  return extractClaims(docOf(text), recogniseNaively(text), reference).map((c) =>
    c.valueMin === c.valueMax ? `${c.valueMin} ${c.unit}` : `${c.valueMin}-${c.valueMax} ${c.unit}`,
  );
}

const found: [string, string, string[]][] = [
  ['bare battalions', 'Officials think 12 more Russian battalions are driving west.', ['12 btg']],
  [
    'a unit noun in quotation marks',
    'Analysts count at least 40 so-called “battalion tactical groups” on the plain.',
    ['40 btg'],
  ],
  [
    'others taking up the noun',
    'Some 30 battalion tactical groups are in place near Kursk, with eight others on the move.',
    ['30 btg', '8 btg'],
  ],
  [
    'a change from one figure to another, noun after the second',
    'Over the month the count climbed from 40 to 65 battalion groups.',
    ['40 btg', '65 btg'],
  ],
  [
    'the number of a force, its noun named in an aside',
    'The number of enemy units on the frontier, known as battalion tactical groups, has grown to between 70 and 75, compared with 52 a fortnight ago.',
    ['70-75 btg', '52 btg'],
  ],
  [
    'a force and its size after a linking verb',
    'The garrison on the island consisted of 9-11 thousand people before the war.',
    ['9000-11000 troops'],
  ],
  [
    'units that number so many people, then a second total',
    'The brigades, which now number 64,000 people on land, reaching 71,000 people with the fleet, are on alert.',
    ['64000 troops', '71000 troops'],
  ],
  [
    'a force estimated at a figure',
    'The troops on the lake shore, estimated by Poland at more than 20,000, have dug in.',
    ['20000 troops'],
  ],
  [
    'forces directly before a hedge and a figure',
    'A build-up of forces in excess of 110,000 worried the ministers.',
    ['110000 troops'],
  ],
  [
    'troops estimated to number a figure',
    'Russian troops in the forest - estimated by Nato to number 25,000 - may stay for weeks.',
    ['25000 troops'],
  ],
  ['a member-sized unit', 'A 1,200-member Army engineer battalion will move next week.', ['1200 troops']],
  ['a troop-strong battlegroup', 'The 900 troop-strong battlegroup is already in place.', ['900 troops']],
  [
    'officers, with rank words between',
    'About 600 senior Russian army officers are in the region.',
    ['600 troops'],
  ],
  [
    'fighters and mercenaries in quotes',
    'He said 7,000 fighters are ready and about 3,000 foreign "mercenaries" are on the other side.',
    ['7000 troops', '3000 troops'],
  ],
  [
    'people who sign up to fight',
    'By Friday nearly 4,000 foreign nationals had signed up to fight for the legion.',
    ['4000 troops'],
  ],
  ['volunteers who enlist', 'Nearly 6,000 volunteers enlist to fight for the legion.', ['6000 troops']],
  ['a demonym who volunteered', 'About 250 Icelanders have volunteered to join the war.', ['250 troops']],
  ['a small deployment', 'A transport plane carried around 60 troops to the base.', ['60 troops']],
  [
    'the remaining part, in the next sentence',
    'Of the 3,000 troops, 2,400 will go to Poland. The remaining 600 will be deployed to Romania.',
    ['3000 troops', '2400 troops', '600 troops'],
  ],
  [
    'a part set off by dashes',
    'Of the 5,000 new troops, 3100 –– flying from Texas –– will join the force in Poland.',
    ['5000 troops', '3100 troops'],
  ],
  [
    'a nationality word standing for the noun',
    'The 800 US troops flying east will join roughly 600 U.S. now stationed there.',
    ['800 troops', '600 troops'],
  ],
  [
    'an increase from a figure the sentence before named',
    'Officials now count 90 battalion tactical groups. That marks a jump from 70 three weeks ago.',
    ['90 btg', '70 btg'],
  ],
  ['a range from one figure to another', 'Each group has anywhere from 600 to 900 soldiers.', []],
  [
    'a range after "anywhere from" is not a change',
    'Patrols of anywhere from 200 to 400 troops crossed the line.',
    ['200-400 troops'],
  ],
  ['numbers in words', 'Ninety thousand soldiers are camped in the snow.', ['90000 troops']],
  ['a long number in words', 'One hundred and twenty thousand troops are massed there.', ['120000 troops']],
  ['half a million', 'Some half a million reservists could be called up.', ['500000 troops']],
  ['lakh', 'The army keeps two lakh soldiers in the north.', ['200000 troops']],
  ['Indian digit grouping', 'The army keeps 1,20,000 soldiers in the north.', ['120000 troops']],
  ['spaces between thousands', 'There are 150 000 troops at the border.', ['150000 troops']],
  [
    'battle groups named as battalions',
    'The plan calls for 80 battalion battle groups and, later, 40 battle groups of battalions more.',
    ['80 btg', '40 btg'],
  ],
  [
    'a force approaching a figure, an adverb after it',
    'The Russian contingent on the plain is approaching 26,000 quickly, officials say.',
    ['26000 troops'],
  ],
];

const beside: [string, string, string[]][] = [
  [
    'battle groups with no battalion named are not counted as battalion groups',
    'Nato keeps four battle groups of about 1,000 soldiers each in the north.',
    [],
  ],
  [
    'soldiers in a list of losses, who died',
    'Losses were put at 140 tanks, 35 helicopters and 6,000 soldiers, who have died in the fighting.',
    [],
  ],
  [
    'a day after a month abbreviation',
    'Some 700 officers are in the city, the ministry said on Dec. 14.',
    ['700 troops'],
  ],
  ['a day before a month', 'The 300 troops arrived on 14 February.', ['300 troops']],
  [
    'a designation after a unit count',
    'Most of the 350 personnel from 40 Commando have arrived.',
    ['350 troops'],
  ],
  [
    'a list governed by a casualty verb',
    'A full assault could kill up to 30,000 civilians, 12,000 army members and 8,000 Russian forces.',
    [],
  ],
  [
    'injuries after the figure',
    'A further 1,200 Russian servicemen have sustained injuries, the army said.',
    [],
  ],
  ['years in a range', 'From 2015 to 2019 the troops trained there.', []],
  [
    'a per-group size after "each of these"',
    'Each of these battalion groups has between 700 and 900 soldiers.',
    [],
  ],
  [
    'estimates that range from one figure to another, the noun named before',
    'Estimates of the number of enemy soldiers in the valley range from 12,000 to 15,000.',
    ['12000-15000 troops'],
  ],
  [
    'a figure with "-strong" before a quoted noun',
    'The general spoke of a 40,000-strong “strike force” gathering in the north.',
    ['40000 troops'],
  ],
  [
    'a troop word that names the kind of thing counted',
    'Drone footage showed 320 troop tents and 45 troops carriers beside the lake.',
    [],
  ],
  [
    'a vague amount of things after a troop figure',
    'About 9,000 troops arrived by rail, with hundreds of armoured vehicles.',
    ['9000 troops'],
  ],
  [
    'a force component that amounted to so many people',
    'Last autumn the ground component gathered in the steppe amounted to 83,000 people.',
    ['83000 troops'],
  ],
  // Forms met in a seventh round of pages read by eye, each in our own words.
  [
    'a unit described as "a combat formation of" so many troops gives one unit\'s size',
    'The brigade group, a combat formation of 400 to 700 soldiers, is the basic block of the army.',
    [],
  ],
  [
    'units wrecked or made combat ineffective are losses, not a force',
    'Scores of Polish battalion groups wrecked in the fighting. Some 14 battalion groups have been rendered combat ineffective.',
    [],
  ],
];

const thirdRound: [string, string, string[]][] = [
  [
    'a first reading joined by "or" takes the noun of the second',
    'Observers gave figures of 70,000 or as many as 85,000 Russian troops on the plain.',
    ['70000 troops', '85000 troops'],
  ],
  [
    'a people deployed counts that country’s troops',
    'Roughly 12,000 Americans are now stationed along the river.',
    ['12000 troops'],
  ],
  ['a people not deployed counts no troops', 'Roughly 12,000 Americans live along the river.', []],
  [
    'military engineers are troops',
    'The army flew 240 combat engineers and 60 Royal Engineers to the lake.',
    ['240 troops', '60 troops'],
  ],
  [
    'battalion groups misnamed as battlefield groups',
    'Imagery shows 45 battlefield tactical groups in the forest.',
    ['45 btg'],
  ],
  [
    '"the number is N" counts the force the sentence before named without a figure',
    'Russia keeps moving soldiers to the lake. Their number is now about 64,000.',
    ['64000 troops'],
  ],
  [
    '"the number is N" of something other than a force counts nothing',
    'Russia keeps moving tanks to the lake. Their number is now about 6,400.',
    [],
  ],
  [
    'room for troops is no force',
    'The new camp can house up to 4,000 troops, and 1,500 soldiers moved in on Monday.',
    ['1500 troops'],
  ],
  [
    'a rule’s threshold is no force',
    'Under the treaty, any drill with more than 9,000 troops must be notified; Belarus says 8,700 troops will take part.',
    ['8700 troops'],
  ],
  [
    'a condition on a count is a threshold',
    'No notice is due unless the number of soldiers taking part exceeds 13,000.',
    [],
  ],
  [
    'a figure with "of" after a verb of massing counts what follows',
    'Belarus has moved troops north and deployed 40 of its tanks to the lake.',
    [],
  ],
  [
    'battalions of soldiers with weapons are still battalions',
    'Two battalions of marines with guns landed on the spit.',
    ['2 btg'],
  ],
  [
    'battalions of weapons are no battalion groups',
    'Three battalions of long-range missile systems were moved to the coast.',
    [],
  ],
  [
    '"the thousands of troops" takes up a figure given before in its range',
    'The army put 4,200 troops on alert. The thousands of troops include medics and cooks.',
    ['4200 troops'],
  ],
  [
    '"the thousands of troops" with no figure before is a claim',
    'The thousands of troops near the lake are cold.',
    ['2000-9000 troops'],
  ],
];

/** Forms met in a fourth round of pages read by eye, each in our own words. */
const fourthRound: [string, string, string[]][] = [
  [
    'people mobilised are troops',
    'Call-up offices say 40,000 men were mobilised by Friday.',
    ['40000 troops'],
  ],
  [
    'a strength of so many people',
    'Its standby corps now has a strength of 12,000 people, the ministry says.',
    ['12000 troops'],
  ],
  [
    'a bare figure as the object of a verb of massing',
    'Troops keep arriving at the lake, where Belarus has now gathered about 20,000 in all.',
    ['20000 troops'],
  ],
  [
    '"how many" troops, a figure and the one it is up from',
    'Asked how many Belarusian soldiers stand at the lake, Polish officers said the count had gone to 45,000, up from the 38,000 given in May.',
    ['45000 troops', '38000 troops'],
  ],
  [
    'a count that tops a figure',
    'The count of Belarusian soldiers at the lake is thought to top 25,000 by now.',
    ['25000 troops'],
  ],
  [
    'troops estimated to top a figure',
    'Belarusian soldiers at the lake, estimated by Warsaw to top 25,000, are still digging in.',
    ['25000 troops'],
  ],
  [
    'the number of troops, then the figure after "with"',
    'Officials gave the number of troops on the island, with 6,000 in all.',
    ['6000 troops'],
  ],
  [
    '"active duty" and "multinational" between a figure and its noun',
    'The alliance keeps 12,000 active duty troops and some 3,000 multinational troops on the coast.',
    ['12000 troops', '3000 troops'],
  ],
  [
    'figures taken up before "respectively" and a full stop',
    'The two fleets muster 9,000 sailors; 5,000 and 4,000 respectively.',
    ['9000 troops', '5000 troops', '4000 troops'],
  ],
  [
    'the number increased from one figure to another is a change, not a range',
    'Over the winter, Minsk increased the number of its units on the plain from 40 to 55 battalion groups.',
    ['40 btg', '55 btg'],
  ],
];

/** Forms met in a fifth round of pages read by eye, each in our own words. */
const fifthRound: [string, string, string[]][] = [
  [
    'a range whose first figure leaves out the thousands',
    'A border guard put the count at 60-75,000 soldiers on the plain.',
    ['60000-75000 troops'],
  ],
  [
    'a range whose first figure is whole',
    'Patrols of 500-10,000 soldiers came and went.',
    ['500-10000 troops'],
  ],
  [
    'a figure set in quotation marks',
    'One deputy spoke of “45,000” Russian soldiers by the lake.',
    ['45000 troops'],
  ],
  [
    'their numbers, named by the troops earlier in the sentence',
    'Dutch soldiers arrived on the island decades ago, and their numbers have since shrunk to about 400.',
    ['400 troops'],
  ],
  [
    'people a verb of mobilising takes as its object are troops',
    'Rather than talk, the regime is calling up 120,000 more men, and it drafted 8,000 people last spring.',
    ['120000 troops', '8000 troops'],
  ],
  [
    'people who are not called up are not troops',
    'The city sheltered 120,000 people, and 8,000 people left by train.',
    [],
  ],
  [
    "an alliance's battalions are no battalion tactical groups",
    'Nato will rotate three battalions through the Baltic states, and two multinational battalions train in Poland.',
    [],
  ],
  [
    'battalions the alliance counts are a count of battalion groups',
    'Nato counts 40 Russian battalions near the border.',
    ['40 btg'],
  ],
  [
    '"there are now" a bare figure, after troops counted in the sentence before',
    'Poland says some 9,000 soldiers hold the lake shore. Minsk said on Friday there were now over 12,000 in the area.',
    ['9000 troops', '12000 troops'],
  ],
  [
    'what a fleet could carry is room, not a force',
    'Together the ferries could easily carry some 3,000–3,500 soldiers, and 800 marines sailed on Friday.',
    ['800 troops'],
  ],
  [
    'a sentence about each vessel gives sizes per vessel, past a comma',
    'Every cutter in the squadron holds 6 boats and 120 sailors, or 2 lorries, 4 boats and 120 sailors.',
    [],
  ],
  [
    'the total that "each of the" picks from is a count',
    'Each of the 2,400 marines on the island carries a radio.',
    ['2400 troops'],
  ],
  ['each day is a time, not a group', 'Each day, 900 more soldiers reach the port.', ['900 troops']],
  [
    'the size of one unit in brackets after an adjective',
    'The flotilla could put ashore a single battalion tactical group (500–600 marines) near the dunes.',
    [],
  ],
];

const sixthRound: [string, string, string[]][] = [
  ['groups called operational', 'Minsk now fields 14 operational BTGs near the lake.', ['14 btg']],
  [
    'manpower sized by a verb, a distance between them',
    'Belarusian manpower within 50 km of the lake is put at 21,300, the paper said.',
    ['21300 troops'],
  ],
  [
    'manpower whose size a hedge gives after a linking verb',
    'Polish manpower inside 80 km of the river is estimated at 12,400, a colonel said.',
    ['12400 troops'],
  ],
  [
    'a number said to be larger, then estimated at a figure',
    'The envoy said the number of soldiers is even larger, estimated at 215 000.',
    ['215000 troops'],
  ],
  [
    'a vague amount and its modifiers set in quotation marks',
    'Our admiral insists “well over several thousand extra” Polish sailors reached the coast.',
    ['3000-9000 troops'],
  ],
  [
    'a unit listed beside the troops gives them no per-unit size',
    'By spring just one unit and 900 soldiers stayed on the island.',
    ['900 troops'],
  ],
  [
    '"the remaining" after a count of something else takes up that count',
    'Minsk will call up 60,000 reservists. Its navy keeps 3,100 torpedoes in store; setting aside 700 obsolete ones, the remaining 2,400 are heavy models.',
    ['60000 troops'],
  ],
];

/** Forms met in an eighth round of pages read by eye, each in our own words. */
const eighthRound: [string, string, string[]][] = [
  [
    'lac, the other spelling of lakh',
    'Delhi says the army now keeps 2.5 lac soldiers near the desert.',
    ['250000 troops'],
  ],
  [
    'troops that reach "a total of" a figure',
    'Minsk began moving soldiers north in May, reaching a total of 20,000 by the summer.',
    ['20000 troops'],
  ],
];

/** Forms met in a tenth round of pages read by eye, each in our own words. */
const tenthRound: [string, string, string[]][] = [
  [
    'a definition "is a ... formation that is made up of" gives a size per formation',
    'A rifle battalion is a Polish infantry formation that is made up of 600 or so soldiers.',
    [],
  ],
  [
    'plural formations "of" a figure give a size per formation',
    'Kyiv counts 40 battalion groups, mobile formations of 700 or so soldiers with their own guns, along the river.',
    ['40 btg'],
  ],
  [
    'a figure "of its" troops after a bound counts that force',
    'Minsk has gathered well over 9,000 of its soldiers by the lakes.',
    ['9000 troops'],
  ],
  [
    'troops still "serving" are a standing force',
    'Belarus keeps 45,000 serving soldiers and can draw on reserves.',
    ['45000 troops'],
  ],
];

/** Forms met in a thirteenth round of pages read by eye (neighbouring stories), each in our own words. */
const thirteenthRound: [string, string, string[]][] = [
  [
    'a branch of service between figure and noun ("cavalry") is a modifier',
    'An armoured troop of 640 Dutch cavalry soldiers is heading to Hungary.',
    ['640 troops'],
  ],
  [
    'peacekeepers are troops',
    'The bloc will send roughly 1,800 peacekeepers to the capital.',
    ['1800 troops'],
  ],
  [
    '"military reserves" counted are people',
    'Officials said 9,300 military reserves are being summoned for drills.',
    ['9300 troops'],
  ],
  [
    '"the number of ... is a mere N": an evaluative adjective before the figure',
    'The number of regular soldiers in the Danish army is a mere 9,000, yet its reserve is large.',
    ['9000 troops'],
  ],
  [
    'a strength "of N" ends at a conjunction',
    'The navy has a reserve strength of 45,000 because every sailor serves a term.',
    ['45000 troops'],
  ],
  [
    'a battalion "which has N men", and its parts by nationality',
    'The battalion, which has 650 men, 400 Spanish and 250 Italian, guards the airfield.',
    ['650 troops', '400 troops', '250 troops'],
  ],
  [
    "a figure waiting for the next one's noun takes up the force when that one does",
    'There are 650 troops: 400 Spanish and 250 Italian.',
    ['650 troops', '400 troops', '250 troops'],
  ],
  [
    'a singular brigade that "will number" a figure',
    'The brigade will soon number 2,400 men.',
    ['2400 troops'],
  ],
  [
    'a vague amount "more" with no noun adds to the force named last',
    'Norway keeps nearly 4,000 troops in the north. Now it is flying thousands more to the coast.',
    ['4000 troops', '2000-9000 troops'],
  ],
  [
    'a vague amount "more" before a noun of its own counts that noun',
    'The flood displaced 4,000 troops. Thousands more people fled.',
    ['4000 troops'],
  ],
  [
    'a bare figure the troops "join", already waiting there, counts the same kind',
    'About 2,000 marines are on their way to Norway to join 900 already assembling there.',
    ['2000 troops', '900 troops'],
  ],
  [
    'what a kind of formation "usually" comprises is a size per formation',
    'Estonia is to get a fresh mechanised brigade, a unit normally consisting of 3,500 to 5,000 men.',
    [],
  ],
];

describe('extractClaims: figures in the forms real reporting uses', () => {
  it.each(thirteenthRound)('%s', (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
  it.each(tenthRound)('%s', (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
  it.each(eighthRound)('%s', (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
  it.each(sixthRound)('%s', (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
  it.each(fifthRound)('%s', (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
  it.each(fourthRound)('%s', (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
  it.each(thirdRound)('%s', (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
  it.each(found)('%s', (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('extractClaims: numbers beside troop figures that are not troop claims', () => {
  it.each(beside)('%s', (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('extractClaims: figures from a ninth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    [
      'members of a military formation are its soldiers',
      'Roughly 2,400 are members of the 3rd Mountain Brigade, which leaves for Narva on Monday.',
      ['2400 troops'],
    ],
    [
      'a bare figure after them takes them up',
      'Of the 3,000 leaving the base, about 2,600 members of the 10th Armoured Division go to Tapa.\nThe other 400 are with the corps staff.',
      ['2600 troops', '400 troops'],
    ],
    [
      'members of a press corps are no force',
      'Some 60 members of the press corps flew in with the minister.',
      [],
    ],
    [
      'a ceiling set by a treaty, and the figures of its clause, are no force',
      'Under the 1997 accord Moscow was permitted to keep no more than 20,000 troops at the naval base, and only 1,500 of them could be pilots.',
      [],
    ],
    [
      'after "but now" the sentence counts the force itself',
      'The accord allowed no more than 20,000 troops there, but Russia now keeps 32,000 troops on the peninsula.',
      ['32000 troops'],
    ],
    [
      '"the first N of them" takes up the troops of the sentence before',
      'Britain is moving a company of about 600 soldiers to Estonia. Officials said the first 120 of them had landed.',
      ['600 troops', '120 troops'],
    ],
    [
      'people listed beside military hardware are the force',
      'The drill brings together 9 thousand people, some 200 armoured vehicles and 25 helicopters.',
      ['9000 troops'],
    ],
    [
      'people beside plain vehicles may be civilians',
      'At the crossing, 3,000 people and 700 vehicles waited overnight.',
      [],
    ],
    [
      'a unit of some size sent "to each of" several places gives a size per unit, no total',
      'The summit agreed to station a 1,200-strong allied battalion in each of the three countries.',
      [],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figure forms from an eleventh round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    [
      'a count of troops "put at" a figure',
      'A leaked Kyiv report puts the total of Russian soldiers along the frontier at 112,000 if sailors are counted.',
      ['112000 troops'],
    ],
    [
      'a troop noun an editor adds in brackets after the figure',
      'The colonel said Moscow fields over 90,000 [soldiers, by his count] in the south.',
      ['90000 troops'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figures from a twelfth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    [
      'a change whose verb stands apart from "from" by adverbs and a comma',
      'The tally of hostile formations by the lake - called battalion tactical groups - has climbed steadily this spring, from 35 to 58.',
      ['35 btg', '58 btg'],
    ],
    [
      '"tactical groups" of battalions, and the bare figure after them',
      'Officials see about 45 so-called “tactical groups” of battalions near the lake, and four more are on the road.',
      ['45 btg', '4 btg'],
    ],
    [
      'personnel of two services joined by "and"',
      'A leaked paper counts 52,000 ground troops alongside 7,500 navy and air-force personnel.',
      ['52000 troops', '7500 troops'],
    ],
    ['separatists are fighters', 'Some 12,000 separatists hold the trenches in the east.', ['12000 troops']],
    [
      'the head noun alone repeats the full name of the units',
      'Minsk now keeps 27 battalion tactical groups there, well up on the 16 groups counted in March.',
      ['27 btg', '16 btg'],
    ],
    [
      'a second figure after "and" shares the casualty verb of the first',
      'Between 1,000 and 4,000 Polish soldiers and between 2,000 and 7,000 Belarusian soldiers could be wounded in a month, the study warns.',
      [],
    ],
    [
      'a group that opens the sentence is one force; army members are soldiers',
      'A group of 300 Polish army members rotates through the base each spring.',
      ['300 troops'],
    ],
    [
      '"boots on the ground" are troops',
      'The alliance wants 850 boots on the ground by the spring.',
      ['850 troops'],
    ],
    [
      'a figure typed with a space after its comma',
      'Officials put the count at 85, 000 soldiers.',
      ['85000 troops'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figures from a sixteenth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    [
      'a force named first, then its figure and "strong" set off by commas',
      'Observers counted Belarusian units, some 30,000 strong, along the lake.',
      ['30000 troops'],
    ],
    [
      'a figure in quotation marks after "whose number is put at"',
      'He said these troops, whose number is put at “roughly 45,000”, remain in the field.',
      ['45000 troops'],
    ],
    [
      'room for troops is the object of the verb, not a figure after a comma and "with"',
      'Nobody knows how long Minsk can hold this posture, with up to 20,000 soldiers gathered near the lake.',
      ['20000 troops'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figures from a fifteenth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    [
      'troops per head of the population are a density, not a force',
      'Planners treat 25 soldiers for every 1,000 residents as the floor for holding a province. In 1946 the occupiers of the valley kept 61.2 soldiers to 1,000 inhabitants.',
      [],
    ],
    [
      'estimates of "their number" range over the force the sentence before named',
      'Russian sappers have been placed along the river. Estimates of their number have varied widely, from 3,000 to 12,000.',
      ['3000-12000 troops'],
    ],
    [
      '"they range from" after a sentence that names a force without a figure',
      'Reports disagree about how many Belarusian soldiers sit near the lake. They range from about 4,000 to 9,000.',
      ['4000-9000 troops'],
    ],
    [
      'the estimate "of" a force, then a linking verb, gives its size',
      "Our highest estimate of Poland's land forces is 120,000 this year.",
      ['120000 troops'],
    ],
    [
      'two words may stand between the article and "force of"',
      'The cabinet is aiming for a larger reserve force of about 70,000.',
      ['70000 troops'],
    ],
    [
      '"a couple million" is two million',
      'The navy has a couple million reservists and a couple of thousand marines.',
      ['2000000 troops', '2000 troops'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figures from a fourteenth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    [
      '"plus" written apart after the figure is a lower bound, not a sum',
      'Moscow keeps an estimated 60,000 plus conscripts in the south.',
      ['60000 troops'],
    ],
    [
      'a force said to rise to a figure',
      'Analysts warn that the Belarusian contingent by the lake could grow to 15,000 by spring.',
      ['15000 troops'],
    ],
    [
      '"including" after a bare figure goes on about the force it counts',
      'Planners expect the Polish forces there to climb to 8,000 including two hundred medics.',
      ['8000 troops'],
    ],
    [
      '"tactical battlegroups" are battalion tactical groups',
      'Satellite pictures show 38 enemy tactical battlegroups near the delta.',
      ['38 btg'],
    ],
    [
      'a noun that qualifies the troop noun ("border troops", "brigade soldiers")',
      'The ministry moved 2,500 border troops and 900 brigade soldiers to the coast.',
      ['2500 troops', '900 troops'],
    ],
    [
      'a time word or a former soldier is no such qualifier',
      'At 6 when soldiers came, 400 former soldiers marched in the square.',
      [],
    ],
    [
      'police officers are no troops, though army officers are',
      'The ministry sent 1,500 police officers and 300 army officers to the frontier.',
      ['300 troops'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figures from an eighteenth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule: "reinforcements" count troops sent to add to a force; "paratroop" qualifies them.
    [
      'reinforcements are troops, also after "paratroop"',
      'Oslo will fly in 420 paratroop reinforcements, and 90 reinforcements reached the port.',
      ['420 troops', '90 troops'],
    ],
    [
      'guard: a bare "reinforcements" with no figure counts nothing',
      'The garrison asked for reinforcements after the storm.',
      [],
    ],
    // Rule: people "of" or "from" an armed service are its soldiers.
    [
      'men and women of an armed service are its soldiers',
      'Lisbon can offer about 640 men and women of its Navy and Air Force for the mission.',
      ['640 troops'],
    ],
    [
      'people from the army are soldiers',
      'The cabinet put forward some 310 people from the air force and the navy.',
      ['310 troops'],
    ],
    ['guard: people from a city are no troops', 'About 310 people from the capital joined the march.', []],
    // Rule: a squadron or detachment "of" a figure of members is a force that size.
    [
      'a squadron of members is a force of that size',
      'A squadron of 1.300 members will be relocated from Bavaria to the coast.',
      ['1300 troops'],
    ],
    // Rule: forces "strengthened" or "reinforced by" a bare figure grow by that many troops.
    [
      'forces strengthened by a bare figure',
      "The alliance's forces in the north will be strengthened by 2,500 in Latvia and Estonia.",
      ['2500 troops'],
    ],
    ['guard: defences bolstered by jets count no troops', 'Its defences were bolstered by 40 jets.', []],
    [
      'guard: members of a club are no troops, nor a squadron of jets',
      'The club has 1,300 members. A squadron of 12 jets flew over the coast.',
      [],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figures from a seventeenth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // A figure in quotation marks reads as one without them, also when the sentence's stop stands inside the marks.
    [
      'a hedged figure in quotation marks with the stop inside them, after "put the size of the force at"',
      'On Friday Poland put the size of the Belarusian force near the lake at “well over 20,000.”',
      ['20000 troops'],
    ],
    [
      'a figure in quotation marks with a comma inside them, after "put the number of soldiers at"',
      'Poland put the number of Belarusian soldiers near the lake at “nearly 20,000,” Kuleba said.',
      ['20000 troops'],
    ],
    [
      'guard: a quoted figure of tanks with a comma inside the marks is no troop count',
      'Poland put the number of Belarusian tanks near the lake at “nearly 2,000,” Kuleba said.',
      [],
    ],
    // A colon after a count of troops gives its size.
    [
      'a colon after "the estimate of <troops>" gives the figure',
      'Poland gave the highest estimate of Belarusian troops by the lake: over 15,000.',
      ['15000 troops'],
    ],
    [
      'guard: a colon before a count of tanks gives no troop figure',
      'The number of Belarusian troops: 15,000 tanks and 300 jets.',
      [],
    ],
    // A speaker's pause (an ellipsis) may stand among a figure's words, and a word may stand before "members of".
    [
      'an ellipsis between a figure and its noun',
      '“We keep 80,000 trained … soldiers,” Kuleba said.',
      ['80000 troops'],
    ],
    [
      'an adjective and an ellipsis before "members of our army"',
      '“So we count 80,000 serving … members of our army,” Kuleba said.',
      ['80000 troops'],
    ],
    [
      'guard: former members of an army are no troops',
      '“We count 80,000 former members of our army,” Kuleba said.',
      [],
    ],
    ['guard: an ellipsis before tanks gives no troop figure', '“We keep 8,000 … tanks,” Kuleba said.', []],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figures from a nineteenth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Volunteers are fighters when their clause sends them into a fight or a force.
    [
      'volunteers heading off to fight are fighters',
      'Nearly 4,000 Georgian volunteers are heading off to fight beside the defenders, the envoy said.',
      ['4000 troops'],
    ],
    [
      'volunteers, the noun in quotation marks, who will join an army',
      'Up to 7,500 “volunteers” from Central Asia will join the Belarusian army next month.',
      ['7500 troops'],
    ],
    [
      'volunteers who have joined an army',
      'About 9,000 volunteers have joined the army since Monday.',
      ['9000 troops'],
    ],
    [
      'guard: volunteers who help out are no fighters',
      'Some 2,000 volunteers handed out blankets to families at the station.',
      [],
    ],
    // People who come home to fight are fighters, as those who sign up to fight are.
    [
      'men who came back from abroad to defend their country',
      'Over 30,000 men have come back from abroad to defend their homeland, officials in Kyiv said.',
      ['30000 troops'],
    ],
    // A noun of people glued to the digits (a space lost in scraping) is still the figure's noun.
    [
      'a troop noun glued to the figure',
      'Officials said 6,500soldiers had crossed the river by dawn.',
      ['6500 troops'],
    ],
    [
      'people glued to the figure after a formation that totals them',
      'Four regiments totalling 9,000men will move south, the general said.',
      ['9000 troops'],
    ],
    ['guard: a measure glued to a figure is no count', 'The front now runs 12km east of the 5th bridge.', []],
    // Armed members of special forces are soldiers; a legion is a force whose size a figure of people gives.
    [
      'armed members of special forces',
      'On Friday the governor lined up 8,000 well armed members of the republic’s special forces in the main square.',
      ['8000 troops'],
    ],
    [
      'guard: members of the security forces may be police',
      'Some 3,000 members of the security forces patrol the city.',
      [],
    ],
    ['a legion sized in people', 'The foreign legion will number about 20,000 people.', ['20000 troops']],
    // A bare figure that a verb of massing takes as its object counts the troops the sentence named before it.
    [
      'a bare figure "they had amassed", the troops named before',
      'The count of Russian soldiers in the country fell below 80% of the 120,000 they had amassed near the river, an official said.',
      ['120000 troops'],
    ],
    [
      'guard: with no troops named, such a figure counts nothing',
      'The ministry said 300 of the 2,000 they had gathered were sick.',
      [],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figures from a twentieth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule: volunteers whose clause says they are to fight are fighters, an aside between or not.
    [
      'volunteers with an aside before "applied to fight"',
      'The minister said 4,500 volunteers, most of them from abroad, applied to fight beside the army.',
      ['4500 troops'],
    ],
    [
      'volunteers who "voiced readiness to fight"',
      'More than 7,000 volunteers from the southern provinces had voiced readiness to fight.',
      ['7000 troops'],
    ],
    [
      'guard: "to fight" in another clause after "and" does not make volunteers fighters',
      'About 5,000 volunteers helped to clear the roads, and the soldiers went on to fight.',
      [],
    ],
    // Rule: "as of" a day or month after a bare earlier figure is a time, so the figure takes the noun before it.
    [
      'a bare earlier figure followed by "as of last" and a weekday',
      'Officials say the count of battalion groups rose to 70 from 52 as of last Tuesday and keeps growing.',
      ['70 btg', '52 btg'],
    ],
    [
      'a bare earlier figure followed by "as of" and a month',
      'The tally of battalion groups climbed to 70 from 52 as of March 2 and keeps growing.',
      ['70 btg', '52 btg'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figures from a twenty-second round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // An ellipsis where a quoter cut the sentence ends a bare figure as a full stop does.
    [
      'a bare figure before an ellipsis character',
      'The garrison of Belarus … is now thought to number close to 9,000 … more news follows.',
      ['9000 troops'],
    ],
    [
      'a bare figure before an ellipsis glued to a full stop',
      'Planners said the Belarus brigade is believed to number about 3,500…. Talks resume today.',
      ['3500 troops'],
    ],
    [
      'guard: an ellipsis before the noun keeps the noun',
      'Belarus has gathered some 6,000 … well-drilled soldiers near Poland.',
      ['6000 troops'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figures from a twenty-third round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule (twenty-third round): "that number could rise to N" names the figure given before as the one that
    // changes, so the bare figure takes its noun, past a paragraph break too for a demonstrative.
    [
      '"that number could rise to" in the next sentence',
      'Russia has 80,000 troops near the border. Officials said that number could rise to 160,000.',
      ['80000 troops', '160000 troops'],
    ],
    [
      '"that number" after a paragraph break',
      'Russia has 80,000 troops near the border.\n\nA Pentagon memo claimed that number could climb as high as 160,000.',
      ['80000 troops', '160000 troops'],
    ],
    [
      'guard: a number of something else is not taken up',
      'Russia has 80,000 troops near the border. The number of tanks could rise to 1,600.',
      ['80000 troops'],
    ],
    // Rule (twenty-third round): a figure with "more" and no noun of its own ("And 900 more are leaving") adds to
    // the troops named last, by a figure or, with none, by the sentence before.
    [
      '"N more" after troops counted in the sentence before',
      'Britain sent 500 soldiers to Estonia. And 900 more are leaving for Estonia soon.',
      ['500 troops', '900 troops'],
    ],
    [
      '"N more" after a sentence that named troops without a figure',
      'The British soldiers will join allied units already in Estonia. And 900 more are leaving for Estonia soon.',
      ['900 troops'],
    ],
    [
      'guard: "N more" after a count of something else',
      'Britain sent 500 soldiers to Estonia. It also sent 40 tanks, and 20 more are coming.',
      ['500 troops'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figures from a twenty-fourth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule: an editor's word in brackets between a figure and its noun is read through to the noun.
    [
      'a nationality an editor adds in square brackets before the noun',
      'The minister spoke of more than 70,000 [Belarusian] soldiers gathered near the lakes.',
      ['70000 troops'],
    ],
    [
      'a nationality in round brackets before the noun',
      'She counted about 2,500 (Polish) paratroopers at the airfield.',
      ['2500 troops'],
    ],
    [
      'guard: a bracketed aside that is no word of the noun phrase still ends it',
      'They found 300 (or more) soldiers there.',
      [],
    ], // Rule: a bare figure named as "the N estimate" (or figure, count, tally) takes up the troop noun before it.
    [
      'a bare figure named as an estimate after a troop figure',
      'Officials count 150,000 troops, almost twice the 80,000 figure of early spring.',
      ['150000 troops', '80000 troops'],
    ],
    [
      'guard: an estimate of money after a sum is no troop figure',
      'The fund rose by 100,000 dollars, and the 2,000 estimate was wrong.',
      [],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figure forms from a twenty-fifth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule: a figure that takes its part "of the" troops ("some 900 of the soldiers") counts that many troops.
    [
      'a part taken "of the" troops named after it',
      'Washington will fly 2,400 soldiers to Europe. About 600 of the soldiers will stay in Poland.',
      ['2400 troops', '600 troops'],
    ],
    [
      'guard: a part of the troops killed is a loss, no troop figure',
      'About 200 of the soldiers were killed in the strike.',
      [],
    ],
    // A part "of the" a larger figure is that figure's part (the twenty-seventh round's rule below), whatever the
    // troops named before.
    [
      'guard: a part "of the" a larger figure is counted as part of that figure',
      'Britain flew 900 marines to Oslo. Only 30 of the 500 soldiers came back.',
      ['900 troops', '30 troops', '500 troops'],
    ],
    // Rule: a verb of estimating (or "puts", "places") whose object is a force sizes it after "at".
    [
      'a force an estimating verb takes as its object, sized after "at"',
      'The alliance estimates the Russian force near Voronezh at 26,000.',
      ['26000 troops'],
    ],
    [
      '"puts" a contingent at a hedged figure',
      'Poland puts the Russian contingent near Voronezh at about 12,000, officials said.',
      ['12000 troops'],
    ],
    [
      'troops an estimating verb takes, sized after a second "at"',
      'Kyiv estimates Russian troops at the border at 90,000.',
      ['90000 troops'],
    ],
    [
      'guard: the cost of a force estimated at a sum is no troop figure',
      'The ministry estimated the cost of the force at 3 billion dollars.',
      [],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figures from a twenty-sixth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule: a verb that revises a named count ("revised its estimate of ... from", "lowered the number of ... from")
    // gives the noun named before both figures of the change.
    [
      'a count revised from one figure to another, its noun before',
      'The ministry revised its estimate of Belarusian soldiers near the lakes from 20,000 to 35,000.',
      ['20000 troops', '35000 troops'],
    ],
    [
      'a count lowered, written in Indian grouping',
      'Officials lowered the number of enemy troops around the port from 1,20,000 to 80,000.',
      ['120000 troops', '80000 troops'],
    ],
    [
      'guard: a count of buses changed is no troop figure',
      'The town raised the number of buses on the route from 40 to 55.',
      [],
    ],
    // Rule: "military" or "militaries" right after a figure, with no noun of its own after it, counts people, as
    // translated reports write it; "militaries" below the number of states are whole armies.
    [
      'people written as "militaries" after a large figure',
      'Officials said some 1,500 militaries from four states guard the airfield.',
      ['1500 troops'],
    ],
    [
      'people written as "military" after a figure and a nationality',
      'Some 600 Polish military were flown to the base on Monday.',
      ['600 troops'],
    ],
    [
      'guard: "military" before its own noun is an adjective',
      'Poland sent 300 military vehicles and 40 military doctors to the base.',
      [],
    ],
    [
      'guard: a few dozen militaries are whole armies',
      'The alliance brings together 30 militaries from Europe and North America.',
      [],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractClaims: figures from a twenty-seventh round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule: "a force" (or army, contingent, grouping) right before "estimated at" or "put at" sizes that force, as
    // "a force of" does.
    [
      'a force estimated at a figure with no troop noun after it',
      'Minsk sent a force estimated at 12,000 to the western lakes.',
      ['12000 troops'],
    ],
    [
      'guard: an army put at a figure (read so before this round too)',
      'The rebels field an army put at 35,000 in the hills.',
      ['35000 troops'],
    ],
    [
      'guard: a cost estimated at a figure is no troop figure',
      'The bill for the force was estimated at 90,000 euros.',
      [],
    ],
    // Rule: a smaller bare figure followed by "of the" and a larger troop figure is a part of that force and
    // counts the same noun.
    [
      'a part of a larger force',
      'The island hosts 2,300 of the 48,000 Canadian sailors on duty abroad.',
      ['2300 troops', '48000 troops'],
    ],
    [
      'a part of a force whose figure is hedged',
      'Latvia now holds 1,400 of the roughly 30,000 allied soldiers in the east.',
      ['1400 troops', '30000 troops'],
    ],
    [
      'guard: a part of a force that was killed is no troop claim',
      'Some 300 of the 6,000 soldiers were killed in the ambush.',
      [],
    ],
    // Rule: "the number of U.K. sailors ... soared from N to M": an abbreviation's dots do not part the force's noun
    // from "the number of", and "surged" or "soared" change a count as "rose" does.
    [
      'a count named after an abbreviation that surged from one figure to another',
      'After the war the number of U.S. soldiers in Japan surged from 9,000 in 1960 to over 40,000 in 1968.',
      ['9000 troops', '40000 troops'],
    ],
    [
      'a count named after an abbreviation that bottomed out',
      'In 2015, the number of U.K. troops in Oman bottomed out at around 2,000, the records show.',
      ['2000 troops'],
    ],
    [
      'guard: a count of ships after an abbreviation is no troop figure',
      'The number of U.S. ships in the gulf soared from 12 to 30.',
      [],
    ],
    // Rule: "personell", a common misspelling, is read as "personnel".
    ['a misspelt troop noun', 'The navy counts about 45,000 personell on its ships.', ['45000 troops']],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});
