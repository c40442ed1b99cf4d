/** What kind of figure a reader takes each to be: a standing force, a move, a readiness, an earlier count. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/pipeline/extract/claims/extract-claims';
import { docOf, liveEntry, recogniseNaively, reference } from './claims-fixture';

function kinds(text: string): string[] {
  return extractClaims(docOf(text), recogniseNaively(text), reference).map((c) => `${c.valueMin} ${c.kind}`);
}

const rows: [string, string, string[]][] = [
  [
    'the force others reinforce is a standing count',
    'A squadron of 800 soldiers will move to Bulgaria to reinforce some 1,100 US troops already there.',
    ['800 increment', '1100 estimate'],
  ],
  [
    'what new troops add to is a standing count; "reinforced with" is the change',
    'The crews add to 150 combat engineers already in the country. The post was reinforced with 400 troops.',
    ['150 estimate', '400 increment'],
  ],
  ['troops at readiness', 'Some 700 British personnel are at readiness at home.', ['700 forecast']],
  ['a standing force', 'Russia has deployed 100,000 troops near the border.', ['100000 estimate']],
  ['a planned move', 'The Pentagon plans to send 2,000 troops to Poland.', ['2000 increment']],
  [
    'a move in the future tense',
    'The United States will move about 3,000 troops to Romania.',
    ['3000 increment'],
  ],
  [
    'troops that have landed',
    'Hundreds of American paratroopers landed in Latvia this morning.',
    ['200 increment'],
  ],
  [
    'groups in transit',
    'Officials count 80 battalion tactical groups, with ten others in transit.',
    ['80 estimate', '10 increment'],
  ],
  ['troops put on alert', 'Roughly 4,000 Canadian soldiers were placed on high alert.', ['4000 forecast']],
  [
    'an earlier count compared with a new one',
    'The number of battalion tactical groups has grown to 110, compared with 90 two weeks ago.',
    ['110 estimate', '90 historical'],
  ],
  [
    'a count before a rise',
    'The count of battalion groups rose from 40 to 65 this week.',
    ['40 historical', '65 estimate'],
  ],
  [
    'the arrival of troops is a move',
    'Officials confirmed the arrival of about 800 Irish Army personnel in Cyprus next week.',
    ['800 increment'],
  ],
  [
    'troops a plane carried are a move; carrying out a drill is not',
    'The transport plane carried about 60 troops. The army carried out drills with 3,000 troops.',
    ['60 increment', '3000 estimate'],
  ],
  [
    'people who sign up or volunteer to fight join a force',
    'Close to 9,000 foreign citizens have signed up to fight for the legion. About 200 Danes volunteered to join the war.',
    ['9000 increment', '200 increment'],
  ],
  [
    'a count from before an event the text names; a plan before one is still a projection',
    'Before the annexation of the island, the garrison there was made up of 9-11 thousand men. Before the invasion starts, Russia could mass 150,000 troops.',
    ['9000 historical', '150000 forecast'],
  ],
  [
    'what a force would want for an attack is a projection',
    'Analysts think Moscow would want from 90 to 120 battalion tactical groups ready for an assault.',
    ['90 forecast'],
  ],
  [
    'troops expected to gather later',
    'Around 25,000 Russian paratroopers are expected to assemble near Gomel by March.',
    ['25000 forecast'],
  ],
  [
    'a garrison that should exceed a figure',
    'Under a new plan, the naval garrison at the port should exceed 40,000 troops within three years.',
    ['40000 forecast'],
  ],
  [
    'a guess about what has happened is no projection; a future perfect is one',
    'The total may have climbed to 120,000 troops. By May, Russia will have 150,000 troops there.',
    ['120000 estimate', '150000 forecast'],
  ],
  [
    'a plan denied before "and says" does not project the figure said after it',
    'The Kremlin dismisses talk of plans to attack and says a share of its 90,000 soldiers in the south will return to barracks.',
    ['90000 estimate'],
  ],
  [
    'a plan in one clause does not project a figure a perfect verb states in the next',
    'Minsk is preparing to stage a strike in spring, as the army has already gathered over 80,000 troops in the north.',
    ['80000 estimate'],
  ],
  [
    'an invasion feared after a build-up does not make the build-up a projection',
    'Capitals warn of a looming offensive following the build-up of 90,000 Russian troops in the north.',
    ['90000 estimate'],
  ],
  [
    'a force that may grow',
    'The build-up could eventually reach 160,000 Russian troops.',
    ['160000 forecast'],
  ],
  [
    'a move whose verb follows a long subject',
    'About 2,500 Dutch soldiers, including a logistics company from Utrecht, will deploy to Lithuania.',
    ['2500 increment'],
  ],
  [
    'troops in a unit named at length that will reposition',
    'About 700 soldiers in a signals unit currently based near Hamburg will reposition to Latvia.',
    ['700 increment'],
  ],
  [
    'a modal in the clause before "but"',
    'Nobody said which brigade would move first, but the corps is a 9,000-soldier force.',
    ['9000 estimate'],
  ],
  [
    'a force that grew by a figure',
    'The force near the lake has swelled by roughly 6,000 troops since Sunday.',
    ['6000 increment'],
  ],
  [
    'a figure in a "when" clause tied to a time after "since"',
    'It is the biggest build-up since March 2021, when Russia gathered 85,000 troops near the marshes.',
    ['85000 historical'],
  ],
  [
    'a count that has stood since a time is current',
    'Since October 2021, Russia has kept 85,000 troops near the marshes.',
    ['85000 estimate'],
  ],
  [
    'troops put on an alert given in quotation marks',
    'The army has put 4,700 soldiers on "high alert" for a move east.',
    ['4700 forecast'],
  ],
  [
    'troops that will be moving, in a relative clause',
    'The package includes a company of about 150 soldiers that will be moving from Spain to Latvia.',
    ['150 increment'],
  ],
  [
    'groups that came in, a part of a count',
    'Officials count 64 battalion tactical groups near the river, three of which came in overnight.',
    ['64 estimate', '3 increment'],
  ],
  [
    'troops said to be going back, an adverb before the verb',
    'Some 4,000 soldiers are reportedly returning to their barracks near Omsk.',
    ['4000 increment'],
  ],
  [
    'people who volunteered are added to a force',
    'About 3,000 foreigners have volunteered to fight for the legion.',
    ['3000 increment'],
  ],
  ['reservists mobilised', 'Some 25,000 reservists were mobilised on Monday.', ['25000 increment']],
  ['a figure of last April', 'Belarus had some 9,000 troops at the lake last April.', ['9000 historical']],
  [
    'a figure before an event told in the past',
    'Some 12,000 troops waited at the frontier before the fighting started. Before the siege began, the garrison held 6,000 soldiers.',
    ['12000 historical', '6000 historical'],
  ],
  [
    'a current strength after a past year',
    'Set up in 2004, the corps is at a current strength of 8,000 troops.',
    ['8000 estimate'],
  ],
  ['groups on the way', 'Nine battalion groups are on the way, officials say.', ['9 increment']],
  [
    '"adding" before a clause reports; it adds nothing',
    'The general was upbeat, adding his brigades today field 4,000 soldiers.',
    ['4000 estimate'],
  ],
  [
    'a bracket after the figure is an aside the verb stands beyond',
    'Eight battalions (some 6,000 soldiers in all) arrived at the coast by rail on Sunday.',
    ['8 increment', '6000 increment'],
  ],
  [
    'soldiers deploying from somewhere',
    'A first 1,500 soldiers –– deploying from bases in Texas –– are expected on Friday.',
    ['1500 increment'],
  ],
  ['troops that will add to a force', 'The 800 marines will add to the force in Latvia.', ['800 increment']],
  [
    'a force before a seizure',
    'Some 12,000 troops held the island before the seizure of its harbour.',
    ['12000 historical'],
  ],
  // Forms met in a fifth round of pages read by eye, each in our own words.
  [
    'a force that raised its presence by a quoted figure',
    'Minsk has boosted its presence along the river by “up to 4,000 soldiers,” a diplomat said.',
    ['4000 increment'],
  ],
  [
    'a count in the run-up to the war',
    'In the run-up to the war, the army ringed the city with about 40,000 troops.',
    ['40000 historical'],
  ],
  [
    'a count in the past perfect before an attack told by a gerund',
    'The army had gathered some 60,000 soldiers on the plain before invading the valley in May.',
    ['60000 historical'],
  ],
  [
    'a count in the present before a gerund of attack is current',
    'The army keeps some 60,000 soldiers on the plain before invading anything, analysts say.',
    ['60000 estimate'],
  ],
  [
    '"an expected" figure is projected',
    'The drills will draw “an expected 12,000 soldiers” to the lake, Warsaw said.',
    ['12000 forecast'],
  ],
  [
    'a force deployed within the past few days is a move',
    'Belarus has deployed about 3,000 soldiers to the lake over the past few days, a diplomat said.',
    ['3000 increment'],
  ],
  [
    'a force deployed over months is a standing count',
    'Belarus has deployed about 30,000 soldiers to the lake over the past months, a diplomat said.',
    ['30000 estimate'],
  ],
  [
    'what plans involve is projected, and so is the force that sizes it',
    'Their plan calls for 30 battalion tactical groups with about 25,000 troops along the coast.',
    ['30 forecast', '25000 forecast'],
  ],
  [
    'a standing count of groups with the troops that size it',
    'Officials count 30 battalion tactical groups with some 25,000 troops on the coast.',
    ['30 estimate', '25000 estimate'],
  ],
  [
    'troops readied to deploy, or placed on an alert status',
    'Oslo has put about 6,200 soldiers on an increased preparedness to deploy. Some 900 Polish sailors were placed on a high alert status.',
    ['6200 forecast', '900 forecast'],
  ],
  [
    'people a verb or noun of mobilising takes are added to the force',
    'The decree will call up 90,000 reservists. Minsk announced a mobilisation of some 40,000 reservists on Friday.',
    ['90000 increment', '40000 increment'],
  ],
  [
    'troops "mobilised" near a frontier are massed there, a standing force',
    'Belarus has mobilised over 30,000 troops near the lake.',
    ['30000 estimate'],
  ],
  [
    'conscripts "to be drafted" are projected, as those who "would be"',
    'Lisbon: 40,000 conscripts to be drafted in spring',
    ['40000 forecast'],
  ],
  [
    'a count after a verb of staying and a time ago is an earlier count',
    'Most left, and only 2,000 soldiers remained about a month ago.',
    ['2000 historical'],
  ],
  [
    'a modal with a verb of climbing, or a passive of pushing up, projects',
    'That number could climb to 95,000 soldiers. Counts of the number of Polish troops by the lake range from 20,000 to 30,000, with one memo suggesting that number could be pushed up as high as 45,000.',
    ['95000 forecast', '20000 estimate', '45000 forecast'],
  ],
  // Forms met in a seventh round of pages read by eye, each in our own words.
  [
    'troops "comprising" a projected count of units, its abbreviation in brackets between, are projected too',
    'Analysts say Minsk could strike in spring with up to 30 battalion groups (BGs), comprising an estimated 20,000 soldiers.',
    ['30 forecast', '20000 forecast'],
  ],
  // Forms met in an eighth round of pages read by eye, each in our own words.
  [
    'a count after "from" that follows a change to a new figure is an earlier count',
    'The island garrison has since swelled to 12,000 soldiers from over 9,000.',
    ['12000 estimate', '9000 historical'],
  ],
  [
    'a modal does not reach into a clause of "with" and a verb in -ing, which states a fact',
    'Analysts fear Minsk could strike, with Belarus massing over 40,000 troops near the lake.',
    ['40000 estimate'],
  ],
  [
    'a modal inside the clause of "with" still projects',
    'Talks stalled, with envoys warning that Minsk could attack with 6,000 troops.',
    ['6000 forecast'],
  ],
  [
    'a part ("including") of a projected force is projected too',
    'Minsk could strike with 30,000 soldiers, including a picked unit of 5,000 paratroopers.',
    ['30000 forecast', '5000 forecast'],
  ],
  [
    '"and more" after a figure is a floor, not troops added',
    'Minsk keeps 40,000 and more troops by the lake.',
    ['40000 estimate'],
  ],
  [
    'troop presence raised "by" a figure is a move',
    'The ministry says Minsk has raised its troop presence in the marshes by as many as 3,000.',
    ['3000 increment'],
  ],
];

describe('extractClaims: the kind of each figure', () => {
  it.each(rows)('%s', (_name, text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});

describe('extractClaims: kinds from a ninth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    [
      'a figure after "and" with no verb of its own shares the move of the one before',
      'Ottawa is flying 600 soldiers to Latvia and 250 to Estonia.',
      ['600 increment', '250 increment'],
    ],
    [
      'a gapped conjunct shares a projection too',
      'Under the plan, 4,000 troops would stay in the north and 1,500 troops in the south.',
      ['4000 forecast', '1500 forecast'],
    ],
    [
      'a conjunct with a verb of its own keeps its own kind',
      'The army sent 3,000 soldiers north in May, and 2,000 remain there.',
      ['3000 increment', '2000 estimate'],
    ],
    [
      'troops that "will be sent" or "were transferred" are a move, not a projection or a standing count',
      'A squadron of 800 soldiers will be sent to Latvia in May. About 500 paratroopers were transferred to Rzeszow overnight.',
      ['800 increment', '500 increment'],
    ],
    [
      'a country relocating a unit of some size moves that many troops',
      'Norway is relocating a light company of about 150 soldiers to Finnmark.',
      ['150 increment'],
    ],
    [
      'a list of troops a unit "will consist of" is projected item by item',
      'The planned battlegroup will consist of 600 British soldiers, as many as 250 soldiers from Denmark and about 120 soldiers from Italy.',
      ['600 forecast', '250 forecast', '120 forecast'],
    ],
    [
      'a mission that "could see" a number of troops projects it',
      'An allied mission planned for Bulgaria could see roughly 1,200 soldiers from six countries.',
      ['1200 forecast'],
    ],
    [
      'what an event of a past year "involved", in a clause of its own, is an earlier count',
      'The 2021 drill is the largest since the 1985 Shield manoeuvres, which involved up to 90,000 troops.',
      ['90000 historical'],
    ],
    [
      'a figure of the sentence itself is no earlier count for naming such an event',
      'The 2021 drill, the largest since the 1985 manoeuvres, involves 120,000 troops.',
      ['120000 estimate'],
    ],
    [
      'troops "who have been mobilised" were added to the force',
      'The camps now hold 80,000 soldiers who have been mobilised since May.',
      ['80000 increment'],
    ],
    [
      'a target is a projected size, and so are people "subject to" a call-up or a force a modal "could call"',
      'The target set in May was 120,000 troops. Some 40,000 reservists are subject to mobilisation. Minsk could call as many as 9,000 reservists.',
      ['120000 forecast', '40000 forecast', '9000 forecast'],
    ],
    [
      'the verb after a list of counted things tells the kind of the troops that open it',
      'In all, 45,000 soldiers, 60 jets and helicopters, some 400 armoured vehicles and 12 warships are to take part in the drill.',
      ['45000 forecast'],
    ],
    [
      'a figure with a verb of its own right after it keeps its own kind',
      'In all, 45,000 soldiers hold the line, while 60 jets, 400 tanks and 12 warships will join them.',
      ['45000 estimate'],
    ],
    [
      'a sentence that opens with a past year tells of then, however far its figure stands',
      'Back in 2019, the envoy to Vilnius told a radio station that the garrison near the lake then held 600 soldiers. The 2021 drill is large.',
      ['600 historical'],
    ],
    [
      'a modal after such an opening still projects',
      'In 2019, planners said that by now the army would field 900 more soldiers. The 2021 drill is large.',
      ['900 forecast'],
    ],
    [
      '"now" after such an opening brings the figure to the present',
      'In 2014, Russia seized the peninsula, and it now keeps 31,000 soldiers there. The 2021 drill is large.',
      ['31000 estimate'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from a tenth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    [
      'troops "being sent" somewhere are a move under way',
      'A Polish officer said up to 20,000 soldiers were being shifted to the north.',
      ['20000 increment'],
    ],
    [
      'troops that "recently joined" a force are newly added to it',
      'The count takes in some 5,000 soldiers whom the colonel described as having recently joined.',
      ['5000 increment'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from an eleventh round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    [
      'an earlier estimate named as such is an earlier count',
      'The ministry now counts 120,000 Russian troops, well above its earlier estimate of roughly 90,000.',
      ['120000 estimate', '90000 historical'],
    ],
    [
      'a move someone is urged to make is no move: the troops it names stand where they are',
      'Paris urged Moscow to withdraw the 60,000 soldiers it keeps near the frontier.',
      ['60000 estimate'],
    ],
    [
      'a plan that includes troops projects them',
      'The leaked plan includes roughly 90,000 soldiers crossing at three points.',
      ['90000 forecast'],
    ],
    [
      'plans for an offensive involving troops project them',
      'Moscow has drawn up plans for a spring offensive involving some 120,000 troops.',
      ['120000 forecast'],
    ],
    [
      'the groundwork for an assault, its troops after a comma, projects them',
      'Analysts think the army has laid the groundwork for an assault on the eastern flank, involving 40,000 soldiers.',
      ['40000 forecast'],
    ],
    [
      'a forecast of a build-up to a figure projects it',
      'The map shows 50,000 troops today and forecasts a build-up to roughly 110,000 soldiers.',
      ['50000 estimate', '110000 forecast'],
    ],
    [
      '", including" and a gerund open a clause of its own, out of reach of "planning"',
      'Moscow has ramped up planning for a possible strike, including stationing 8,000 additional troops on the coast.',
      ['8000 increment'],
    ],
    [
      'what a possible attack is to be made "with" is projected, however far back the modal stands',
      'Officials fear the Russian army could strike the northern region shortly before dawn on Thursday with a wave of missiles and 70,000 troops.',
      ['70000 forecast'],
    ],
    [
      'a modal and any adverb before "be" project',
      'Officials say the deployment might conceivably be 90 battalion tactical groups.',
      ['90 forecast'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from a twelfth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    [
      'the capacity to raise a number projects it',
      'The minister said there is capacity to raise the contingent to 700 soldiers.',
      ['700 forecast'],
    ],
    [
      'a force that "has been moved to" a place is added there',
      'A force of 2,000 Russian soldiers has been moved to Belarus.',
      ['2000 increment'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from a thirteenth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    [
      'troops that "shall be" posted are projected',
      'About 450 Irish troops shall be posted to Cyprus.',
      ['450 forecast'],
    ],
    [
      'a modal after a "from ..." phrase projects the troops',
      'In all, about 600 soldiers from the 2nd Rifle Brigade shall be based in Latvia.',
      ['600 forecast'],
    ],
    [
      'an alert after an abbreviation with full stops is still readiness',
      'The 900 sailors are in addition to the 5,200 soldiers that U.S. officials put on high alert last month.',
      ['900 estimate', '5200 forecast'],
    ],
    [
      'troops a place "will receive" are a move',
      'Hungary will receive most of 1,200 Italian infantry troops next month.',
      ['1200 increment'],
    ],
    [
      'a move verb after a long "from ..." phrase',
      'Some 250 soldiers from the forward logistics element of the 3rd Marine Brigade have arrived in Norway.',
      ['250 increment'],
    ],
    [
      'troops that come "to complement" a force are added to it',
      'We expect about 420 soldiers and some sixty extra trucks to complement our battlegroup.',
      ['420 increment'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from a sixteenth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    [
      'troops "given the heightened alert" may yet be sent',
      'Around 4,000 Canadian soldiers were given the heightened alert on Sunday.',
      ['4000 forecast'],
    ],
    [
      'a force stationed at readiness where it stands is a standing count',
      '“There are now 60,000 troops stationed at readiness near the lake,” the minister said.',
      ['60000 estimate'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from a fifteenth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    [
      'troops "required" for an aim are a requirement, so projected',
      'The 60,000 soldiers required to hold the delta have not yet assembled.',
      ['60000 forecast'],
    ],
    [
      'a vague amount "more" that "would be necessary" is projected',
      'About 8,000 marines wait offshore; thousands more would be necessary to take the island.',
      ['8000 estimate', '2000 forecast'],
    ],
    [
      'a force that "could get close to" a figure is projected',
      'Officials think the garrison could get close to 12,000 soldiers by summer.',
      ['12000 forecast'],
    ],
    [
      '"this past" season is an earlier count, as "last" season is',
      'This past autumn, the army gathered 45,000 troops by the lake.',
      ['45000 historical'],
    ],
    [
      'a sentence that opens "By <past year>," tells of then',
      'By 2017, the navy had cut its ranks to 9,000 sailors.',
      ['9000 historical'],
    ],
    [
      'a count at the height of something told in the past is an earlier count',
      'At the height of the exercise, roughly 25,000 paratroopers were in the field, a spokesman said.',
      ['25000 historical'],
    ],
    [
      'the peak of a force still to come stays projected',
      'At the height of the build-up, Russia could field 190,000 troops.',
      ['190000 forecast'],
    ],
    [
      'troops "spotted moving" are in transit',
      'About 1,500 armed soldiers were spotted moving near the dam.',
      ['1500 increment'],
    ],
    [
      'troops that "left" a place are a move',
      'Only a few hundred of those soldiers have actually left the training ground.',
      ['200 increment'],
    ],
    [
      'what an invasion plan involves is projected, with words between',
      'Analysts studied an invasion plan for the north involving up to 90,000 troops.',
      ['90000 forecast'],
    ],
    [
      'a total force that officials are "aiming for" is projected',
      'The cabinet is aiming for a larger reserve force of about 70,000.',
      ['70000 forecast'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from a fourteenth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    [
      'a move in the simple past after a "from ..." phrase',
      'Roughly 420 marines from the 26th Expeditionary Unit returned to their ships on Sunday.',
      ['420 increment'],
    ],
    [
      'troops who "left ... for" a place have moved',
      'Ottawa praised the 1,900 soldiers who left last week for the Romanian coast.',
      ['1900 increment'],
    ],
    [
      'troops "preparing to" go somewhere are a move',
      'About 650 Italian paratroopers are preparing to head to Latvia.',
      ['650 increment'],
    ],
    [
      'fighters who "have joined" a war are added to it',
      'About 90 Chechen fighters have joined the war so far.',
      ['90 increment'],
    ],
    [
      '"another" group that stands in a place is counted where it stands; one on its way is a move',
      'Some 400 marines are in Estonia. Another 1,100 infantry soldiers are in Latvia, and another 700 soldiers are heading to Lithuania.',
      ['400 estimate', '1100 estimate', '700 increment'],
    ],
    [
      'troops said to be deployed somewhere "would be deployed" there: a move',
      'Berlin also counts 3,000 other soldiers that the cabinet said would be deployed to Slovakia.',
      ['3000 increment'],
    ],
    [
      'a force "likely to rise to" a figure is projected; one "likely to have" reached it is not',
      'Officials say the Belarusian contingent is likely to rise to 12,000 soon. The garrison is likely to have reached 4,000 troops already.',
      ['12000 forecast', '4000 estimate'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from an eighteenth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule: a verb of arriving past two asides set off by commas still moves the troops.
    [
      'troops that have arrived, past two asides',
      'Some 70 Polish soldiers, medics, who are setting up a field hospital, have arrived at the base.',
      ['70 increment'],
    ],
    [
      'guard: one aside, as before',
      'About 400 troops, backed by tanks, arrived on Monday.',
      ['400 increment'],
    ],
    // Rule: a deployment someone announced, approved or ordered is a move.
    [
      'an announced deployment of troops to a place is a move',
      'On Monday Poland announced the deployment of 2,600 troops to the eastern provinces.',
      ['2600 increment'],
    ],
    [
      'guard: a deployment that stands somewhere is a standing count',
      'The deployment of 2,600 troops near the lake worries the villagers.',
      ['2600 estimate'],
    ],
    // Rule: a country that will provide or contribute troops to a force adds them to it.
    [
      'troops a country will provide to a force are added to it',
      'Poland will provide 150 soldiers to the new battlegroup in the south.',
      ['150 increment'],
    ],
    // Rule: troops sent along with equipment are sent too.
    [
      'troops sent along with a battery are a move',
      'Poland said it was sending a radar battery along with 240 soldiers to run it to the coast.',
      ['240 increment'],
    ],
    // Rule: a force "strengthened by" a figure grows by it.
    [
      'forces strengthened by a figure grow by it',
      'Its forces on the coast were strengthened by 1,100 marines on Monday.',
      ['1100 increment'],
    ],
    // Rule: troops "available" right after their noun are at readiness, so projected.
    [
      'troops also available are at readiness',
      'Poland can send 500 soldiers at once. A further 1,800 soldiers are also available.',
      ['500 increment', '1800 forecast'],
    ],
    [
      'guard: troops available to a commander stand where they are',
      'There are 5,000 troops available to the general in the region.',
      ['5000 estimate'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds past an aside of what the troops bring (eighteenth round)', () => {
  const rows: [string, string, string[]][] = [
    // Rule: an aside of what the troops bring does not end their clause, so a past time after it still counts.
    [
      'troops sent last year, past an aside of their kit',
      'Roughly 350 Danish soldiers, with tanks and armoured vehicles, were sent to Estonia last year.',
      ['350 historical'],
    ],
    [
      'guard: the same troops without a past time are a move',
      'Roughly 350 Danish soldiers, with tanks and armoured vehicles, were sent to Estonia on Monday.',
      ['350 increment'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from a seventeenth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // "Prior to" is "before": a count before a war or invasion told as past is an earlier count.
    [
      '"prior to" an invasion named as past is an earlier count',
      'Prior to its invasion of the south in 2022, Belarus had gathered over 40,000 soldiers near the lake.',
      ['40000 historical'],
    ],
    [
      '"prior to invading", after a count in the past perfect',
      'Belarus had massed 9,000 troops near the lake prior to invading.',
      ['9000 historical'],
    ],
    [
      'guard: "prior to" an invasion that has not begun leaves a modal projecting',
      'Prior to the invasion starts, Belarus could mass 15,000 troops.',
      ['15000 forecast'],
    ],
    // A modal does not reach past a comma and "where", which opens a clause with a verb of its own.
    [
      'a modal before ", where" does not project the figure of the "where" clause',
      'Poland fears a single shot could start a clash near the lake, where it counts 9,000 Belarusian troops.',
      ['9000 estimate'],
    ],
    [
      'guard: a modal inside the "where" clause still projects',
      'Belarus could strike from the north, where it could mass 15,000 troops.',
      ['15000 forecast'],
    ],
    // To "muster" troops is to gather them, as "mass" is: a modal projects, a perfect stands.
    [
      'troops a country "could muster" to invade are projected',
      'Planners doubt that Belarus could muster 30,000 troops to invade.',
      ['30000 forecast'],
    ],
    [
      'troops a country "has mustered" by the lake stand there',
      'Belarus has mustered some 20,000 troops by the lake.',
      ['20000 estimate'],
    ],
    // Part of a force that "were new deployments" (fresh arrivals, reinforcements) was added to it.
    [
      'a part "of which" some "were new deployments" is an increment',
      'The figure is above the earlier estimate of 20,000 Belarusian troops, of which 8,000 were new deployments.',
      ['20000 historical', '8000 increment'],
    ],
    [
      'a part that "are fresh reinforcements" is an increment, the whole still stands',
      'Poland counts 20,000 Belarusian troops, of which 8,000 are fresh reinforcements.',
      ['20000 estimate', '8000 increment'],
    ],
    // The comma inside a figure ("8,000") is no comma of a list, so the part's verb does not tell the whole's kind.
    [
      'the verb after "of which 8,000" is the part\'s, not that of a list beginning at the whole',
      'Poland counts 20,000 Belarusian troops, of which 8,000 are returning home.',
      ['20000 estimate', '8000 increment'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from a nineteenth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Fighters who join a force or its fight are added to it, as those who sign up are.
    [
      'fighters who joined to resist an attack, an aside between',
      'Around 7,000 fighters, mostly from abroad, have joined to resist the assault, the mayor said.',
      ['7000 increment'],
    ],
    [
      'soldiers who joined a legion',
      'Some 2,500 soldiers joined the foreign legion over the winter.',
      ['2500 increment'],
    ],
    [
      'people who registered to fight are added to the side they join',
      'Over 30,000 Libyans have registered to fight for Minsk, according to a monitoring group.',
      ['30000 increment'],
    ],
    [
      'guard: troops that take part in drills are a standing count',
      'Some 5,000 troops took part in the drills.',
      ['5000 estimate'],
    ],
    // Troops being deployed, a headline's "sent to" and troops that crossed a border into a country are moves.
    [
      "a headline's participle of sending is a move",
      'Some 1,500 mercenaries from the private army sent to the east, says London',
      ['1500 increment'],
    ],
    [
      'troops being deployed are moving',
      'More than 2,400 marines are being deployed to the coast, the ministry said.',
      ['2400 increment'],
    ],
    [
      'units that crossed the border into a country moved',
      'Kyiv said at least four enemy battalions crossed the frontier into the country overnight.',
      ['4 increment'],
    ],
    [
      'guard: troops a country "has sent" somewhere are a standing count there',
      'The thousands of troops and tanks that Moscow has sent into Belarus to train are one part of it.',
      ['2000 estimate'],
    ],
    // A force "ready", "prepared" or "willing" to act is projected, as one "expected to" act is.
    [
      'troops that stand ready to deploy',
      'Some 4,000 troops stand ready to deploy, the ministry said.',
      ['4000 forecast'],
    ],
    [
      'a leader prepared to unleash fighters',
      'The governor stands prepared to unleash as many as 30,000 fighters in the south.',
      ['30000 forecast'],
    ],
    [
      'guard: troops a leader prepared for a parade',
      'The governor prepared 3,000 troops for the parade.',
      ['3000 estimate'],
    ],
    // "Before the invasion" ends a count's own clause however long the words before it are.
    [
      'troops amassed before the invasion, a long clause',
      'Officials say Moscow now fields fewer than the 120,000 soldiers it had amassed along the long and winding northern border before the invasion.',
      ['120000 historical'],
    ],
    // Troops taken up ("of these troops") from a sentence that moves them are on the move.
    [
      '"of these troops" after a sentence that moves the force',
      'Ukrainian troops held the river on Monday.\n\nLondon said Russia is moving parts of its forces from Belarus to bolster its assault.\n\nLondon said between 1,300 and 2,600 of these troops are already near the river.',
      ['1300 increment'],
    ],
    [
      'guard: "of these troops" after a sentence that only names the force',
      'Ukrainian troops held the river on Monday.\n\nLondon said Russia keeps parts of its forces in Belarus.\n\nLondon said between 1,300 and 2,600 of these troops are near the river.',
      ['1300 estimate'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from a twentieth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule: a move still weighed (an option, a possibility) is projected.
    [
      'a move a leader "is weighing" is projected',
      'The prime minister is weighing sending 2,500 marines to Norway.',
      ['2500 forecast'],
    ],
    [
      'a move "among the options" is projected',
      'Among the options is moving 600 to 1,200 paratroopers to the islands.',
      ['600 forecast'],
    ],
    [
      'a move told as a "possibility" is projected',
      'Ministers were told of the possibility of deploying hundreds of soldiers to Lithuania.',
      ['200 forecast'],
    ],
    [
      'guard: a move made after weighing it stays a move',
      'After weighing it for weeks, the cabinet sent 2,500 marines to Norway.',
      ['2500 increment'],
    ],
    // Rule: more words of moving troops somewhere.
    [
      'the deployment of troops "approved" is a move',
      'The cabinet approved the deployment of 1,400 soldiers to Estonia.',
      ['1400 increment'],
    ],
    [
      'troops moved as "an additional force of" a figure are a move',
      'The army is moving an additional force of roughly 700 troops to the coast.',
      ['700 increment'],
    ],
    [
      'troops that "will be repositioned" are a move',
      'Some 900 marines now in Spain will be repositioned to Greece.',
      ['900 increment'],
    ],
    [
      'troops that "will head to" a place are a move',
      'Roughly 350 paratroopers will head to Latvia next week.',
      ['350 increment'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds of fighters from a twentieth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule: people who say they are ready or willing to fight are not yet in the fight.
    [
      'volunteers "ready to fight" are projected',
      'Some 3,000 foreign volunteers, most of them veterans, say they are ready to fight.',
      ['3000 forecast'],
    ],
    [
      'reservists "willing to join the war" are projected',
      'Hundreds of reservists are willing to join the war, the mayor said.',
      ['200 forecast'],
    ],
    [
      'guard: volunteers who "have signed up to fight" are added to the force',
      'Around 900 volunteers have signed up to fight for the army.',
      ['900 increment'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: earlier days from a twentieth round of pages read by eye', () => {
  // The article is dated 2022-02-15 (the fixture's date).
  const rows: [string, string, string[]][] = [
    // Rule: a count told in the past tense on a named day or month before the article's is an earlier count.
    [
      'a count that "was" a figure on an earlier day',
      'The British estimate was 60,000 troops on January 30, so the figure may have doubled since.',
      ['60000 historical'],
    ],
    [
      'soldiers that "were" somewhere at the end of an earlier month',
      'Reports said 40,000 soldiers were in the valley at the end of January, and officials now count more.',
      ['40000 historical'],
    ],
    [
      "guard: the same words on the article's own day stay a current count",
      'The estimate was 60,000 troops on February 15.',
      ['60000 estimate'],
    ],
    [
      'guard: a present count with an earlier day stays a current count',
      'Russia has 60,000 troops near the border on January 30.',
      ['60000 estimate'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from a twenty-first round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule: troops that "were added" are a change to the force.
    [
      'troops that were added to a force',
      'Belarus now hosts 40,000 Russian soldiers, and several thousand were added last month.',
      ['40000 estimate', '3000 increment'],
    ],
    [
      'guard: troops that remain stay a standing count',
      'Belarus now hosts 40,000 Russian soldiers, and several thousand remain near the lake.',
      ['40000 estimate', '3000 estimate'],
    ],
    // Rule: "ready-to-deploy" orders, like "prepare-to-deploy" ones, put troops at readiness.
    [
      'troops handed ready-to-deploy orders',
      'About 3,000 Dutch soldiers were handed ready-to-deploy orders on Friday.',
      ['3000 forecast'],
    ],
    // Rule: "after" with a subject and a verb in the past opens a clause of its own, out of a plan's reach.
    [
      'a plan does not reach past "after it gathered"',
      'Officials fear Moscow is preparing to strike after it gathered 90,000 troops near the lake.',
      ['90000 estimate'],
    ],
    [
      'guard: a plan still reaches the troops it would use',
      'Officials fear Moscow is preparing to strike with 90,000 troops near the lake.',
      ['90000 forecast'],
    ],
    // Rule: "by <a day> to N" gives the level reached by then, not an amount added.
    [
      'a force grown by a month to a level is a standing count',
      'The garrison in the north has grown by late March to 20,000 soldiers.',
      ['20000 estimate'],
    ],
    [
      'guard: a force grown by a figure is a change',
      'The garrison in the north has grown by 2,000 soldiers.',
      ['2000 increment'],
    ],
    // Rule: "seeking to" plans, as "seeks to" does.
    [
      'a force a state is seeking to station is projected',
      'Moscow is seeking to station 25,000 soldiers in the north.',
      ['25000 forecast'],
    ],
    // Rule: troops "settling in" somewhere have just come there.
    [
      'troops settling in where they have come',
      'A company of 120 Danish soldiers is settling in at the base near the lake.',
      ['120 increment'],
    ],
    [
      'guard: troops stationed at a base stay a standing count',
      'A company of 120 Danish soldiers is stationed at the base near the lake.',
      ['120 estimate'],
    ],
    // Rule: an infinitive of growing over years still ahead is a plan, so its figure is projected.
    [
      'a growth planned over the coming years is projected',
      'The cabinet passed a law to expand the navy by 12,000 sailors over the next five years.',
      ['12000 forecast'],
    ],
    [
      'guard: a growth over past years is a change',
      'The navy grew by 12,000 sailors over the past five years.',
      ['12000 increment'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from a twenty-second round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // "increased 4,000 troops" without "by": the figure is the verb's object, so it is what was added.
    [
      '"increase" with the figure as its object adds it',
      'Officials in Warsaw said Belarus has increased 4,000 troops near the lake this week.',
      ['4000 increment'],
    ],
    [
      'a headline\'s "increased" with a bare figure adds it',
      'Belarus increased 2500 soldiers near Poland, monitors say',
      ['2500 increment'],
    ],
    [
      'guard: "increased its army to" gives the new total',
      'Officials in Warsaw said Belarus has increased its garrison near the lake to 4,000 troops.',
      ['4000 estimate'],
    ],
    // "could send more troops after massing 60,000": what is projected is "more"; the figure after "after" and a
    // verb in -ing is the force already there.
    [
      'a figure after "after massing" when "more" troops are projected stands',
      'Planners fear Belarus might soon move more troops to the lake after gathering some 60,000 soldiers there.',
      ['60000 estimate'],
    ],
    [
      'guard: without "more", a modal still projects the figure after "after"',
      'Planners fear Belarus might strike the lake after gathering some 60,000 soldiers there.',
      ['60000 forecast'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from a twenty-third round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule (twenty-third round): a move proposed or recommended, or one a "possible" decision would make, is
    // weighed, not decided, so the troops it names are projected.
    [
      'a move one body proposed that another make',
      'The Pentagon earlier proposed that the president send an additional 4,000 troops to Poland.',
      ['4000 forecast'],
    ],
    [
      'troops someone recommended sending',
      'The generals recommended sending 4,000 more troops to Poland.',
      ['4000 forecast'],
    ],
    [
      'a force a possible decision would deploy',
      'Austin spoke of a possible order from the allies to deploy a 30,000-strong rapid force.',
      ['30000 forecast'],
    ],
    [
      'guard: a plan once proposed and then carried out is a move',
      'The cabinet approved the proposed plan and sent 4,000 troops to Poland.',
      ['4000 increment'],
    ],
    // Rule (twenty-third round): a "higher" alert is a readiness, as a heightened one is.
    [
      'troops put on a higher alert',
      'Officials confirmed that roughly 6,500 paratroopers were placed on higher alert this week.',
      ['6500 forecast'],
    ],
    // Rule (twenty-third round): troops whose own clause goes on "and could be deployed" (or sent) may yet be
    // moved, so they are projected.
    [
      'troops back in barracks "and could be sent"',
      'Some 6,500 soldiers are back in their barracks and could be sent east at short notice.',
      ['6500 forecast'],
    ],
    [
      'troops "already at readiness" that "could be deployed"',
      'Officials said 2,200 marines were already in a state of readiness and could be deployed within days.',
      ['2200 forecast'],
    ],
    [
      'guard: a force that "could invade" is counted where it stands',
      'Russia has 100,000 troops near the border and could invade within days.',
      ['100000 estimate'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: dated entries from a twenty-fourth round of pages read by eye', () => {
  // The article is dated 2022-02-15 (the fixture's date).
  const rows: [string, string, string[]][] = [
    // Rule: a count a chronology's dated entry tells of a day before the article's is an earlier count, also in
    // the present tense such entries use.
    [
      'an entry opening with its date and a colon',
      'December 3: Kyiv says Russia is gathering about 84,000 soldiers near Kharkiv.',
      ['84000 historical'],
    ],
    [
      'an entry opening with "On" and its date',
      'On 9 January, the Pentagon estimates Moscow has 72,000 troops in Crimea.',
      ['72000 historical'],
    ],
    [
      'an entry opening with its date and year and no punctuation',
      '14 December 2021 Lithuania says 65,000 Russian troops are in Belarus.',
      ['65000 historical'],
    ],
    [
      "a day counted on from the entry's date",
      'On February 2, the alliance raises its alert level. Two days later, Russia starts drills with some 4,500 soldiers near Rostov.',
      ['4500 historical'],
    ],
    [
      'a date line heading its part of a chronology',
      'December 2021\n\nOfficials in Kyiv say Moscow has 88,000 soldiers on the frontier.\n\nJanuary 12, 2022\n\nTalks in Vienna end without agreement.',
      ['88000 historical'],
    ],
    [
      "guard: an entry of the article's own day stays a current count",
      'February 15: Estonia says Russia has 110,000 soldiers near Pskov.',
      ['110000 estimate'],
    ],
    [
      'guard: a move or an alert on an earlier day keeps its kind',
      'On 20 January, Britain sends 350 marines to Poland. On 21 January, Washington puts 6,500 troops on alert.',
      ['350 increment', '6500 forecast'],
    ],
    [
      'guard: a single date line is no heading of a chronology',
      'January 12, 2022\n\nOfficials in Kyiv say Moscow has 88,000 soldiers on the frontier.',
      ['88000 estimate'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // Rule: undated, a chronology was written no earlier than its latest entry.
  const undated: [string, string, string[]][] = [
    [
      "an entry before the chronology's latest is an earlier count",
      'October 30: Officials count 55,000 Russian soldiers on the border.\nDecember 1: NATO ministers meet in Riga.',
      ['55000 historical'],
    ],
    [
      "guard: the chronology's latest entry stays a current count",
      'October 30: NATO ministers meet in Riga.\nDecember 1: Officials count 61,000 Russian soldiers on the border.',
      ['61000 estimate'],
    ],
  ];
  it.each(undated)('%s', (_label, text, expected) => {
    const found = extractClaims(docOf(text, null), recogniseNaively(text), reference);
    expect(found.map((c) => `${c.valueMin} ${c.kind}`)).toEqual(expected);
  });

  // Guard: on a live page each entry is read against its own stamp, not the day of the page's last update.
  it("guard: a live entry's count on the entry's own day stays current on a page updated later", () => {
    const first = 'On 12 February, officials in Vilnius say Russia keeps 47,000 soldiers near Smolensk.';
    const second = 'On 14 February, talks in Geneva end early.';
    const text = `${first}\n\n${second}`;
    const page = {
      ...docOf(text, '2022-02-14'),
      kind: 'liveblog' as const,
      entries: [
        liveEntry('e1', 0, first.length, '2022-02-12'),
        liveEntry('e2', first.length + 2, text.length, '2022-02-14'),
      ],
    };
    const kindsOf = (doc: typeof page) =>
      extractClaims(doc, recogniseNaively(text), reference).map((c) => `${c.valueMin} ${c.kind}`);
    expect(kindsOf(page)).toEqual(['47000 estimate']);
    // The same words as one article of the later day tell of an earlier day.
    expect(kindsOf({ ...docOf(text, '2022-02-14'), kind: 'liveblog' as const, entries: [] })).toEqual([
      '47000 historical',
    ]);
  });
});

describe('extractClaims: kinds from a twenty-fourth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule: "expected to" (or "slated", "poised" to) right after the troops projects them also with no verb of
    // being, as after "with".
    [
      'troops "expected to" join after "with"',
      'Officials described the drills as the largest in years, with some 9,000 soldiers expected to join.',
      ['9000 forecast'],
    ],
    [
      'guard: troops kept somewhere "due to" a cause stay a count',
      'Some 4,000 soldiers stayed in their barracks due to the storm.',
      ['4000 estimate'],
    ],
    // Rule: "despite" opens a phrase of its own: a plan or modal before it does not project the troops after it.
    [
      'a plan denied before "despite" does not project the build-up after it',
      'Moscow denies any plan to attack Georgia despite a build-up of about 45,000 soldiers along the frontier.',
      ['45000 estimate'],
    ],
    [
      'guard: a modal after "despite" still projects',
      'Despite the talks, Moscow could attack with 80,000 troops.',
      ['80000 forecast'],
    ], // Rule: "the N estimate in" an earlier month is a count named for that time.
    [
      'a count named as "the estimate in" an earlier month',
      'Analysts count up to 150,000 troops, nearly double that of the 80,000 estimate in early January.',
      ['150000 estimate', '80000 historical'],
    ],
    [
      "the estimate of the article's own month is found and stays a current count",
      'Analysts count up to 150,000 troops, nearly double that of the 80,000 estimate in mid-February.',
      ['150000 estimate', '80000 estimate'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from a twenty-sixth round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule: in a revised count the figure after "from" is the count before the revision.
    [
      'a revised count: the figure after "from" is the earlier one',
      'The ministry revised its estimate of Belarusian soldiers near the lakes from 20,000 to 35,000.',
      ['20000 historical', '35000 estimate'],
    ],
    // Rule: "even as" after a comma opens a clause of its own; a plan denied before it does not project the figure.
    [
      'a force in an "even as" clause after a denied plan is a standing count',
      'The Kremlin says it has no plan to strike, even as 90,000 soldiers wait near the border.',
      ['90000 estimate'],
    ],
    // Rule: a growth to come whose span of years closes a phrase of what comes with it (", with ... over four
    // years") is projected, as one whose span follows the figure was.
    [
      'a growth by order whose span of years closes a "with" phrase',
      'The minister signed an order to raise the navy by 12,000 sailors, with six new flotillas over four years.',
      ['12000 forecast'],
    ],
    [
      'guard: a growth already made stays a change',
      'The navy grew by 12,000 sailors, with six new flotillas over four years.',
      ['12000 increment'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('extractClaims: kinds from a twenty-seventh round of pages read by eye', () => {
  const rows: [string, string, string[]][] = [
    // Rule: a sentence that opens by counting back from now ("Three years ago", "A month ago") tells of then; a
    // later clause with "now" or "today" is back in the present.
    [
      'an opening that counts back in years, then the present',
      'Three years ago there were 70 battalion tactical groups; now there are 130.',
      ['70 historical', '130 estimate'],
    ],
    [
      'an opening that counts back in months',
      'A month ago, Minsk had 9,000 Russian troops on its soil.',
      ['9000 historical'],
    ],
    [
      'guard: a time counted back after the figure and its verb of sending keeps the move',
      'Russia sent 4,000 more troops to the border two weeks ago.',
      ['4000 increment'],
    ],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});
