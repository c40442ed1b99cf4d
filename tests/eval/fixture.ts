/**
 * A small gold file and dataset of invented sentences that exercise every matching rule of the reference
 * scorer: bounds, vague overlap, optional and force-structure claims, repeats, units, hard negatives, media and
 * alternative claimants, joint claimants, analysts, outlets with "The", dates, and an article left out.
 */
import type { Gold } from '../../src/eval/gold-schema';
import type { ScoredDataset } from '../../src/eval/scored-dataset';

/** Body texts by article id. */
export const BODIES: Record<string, string> = {
  'art-f1':
    'About 100,000 Russian troops are massed near the border, US officials said. ' +
    'Up to 175,000 troops could gather by spring, the Pentagon said. ' +
    'More than 50 battalion groups are already in place. ' +
    'Tens of thousands of soldiers arrived this week.\n\nAbout 100,000 troops wait in the cold.',
  'art-f2':
    'Kyiv says 90,000 Russian soldiers are near its border, according to the Morning Wire. ' +
    'The army lost 1,500 soldiers in the fighting. ' +
    'Officials expect 3,000 more troops, twice the number sent in January. ' +
    'The army has 168 battalion groups in all.',
  'art-f3':
    'Analysts at the Harbour Institute count 127,000 troops. ' +
    'London and Washington say 8,500 troops are on alert. ' +
    'Another 2,000 soldiers are on the way. ' +
    'Moscow says 10,000 troops went home. ' +
    'The column had 400 tanks.',
  'art-x': 'A note with 5,000 troops in it that nobody annotated.',
};

/** A quote as the pipeline writes it: the sentence and its span in the body. */
function quote(articleId: string, sentence: string) {
  const start = BODIES[articleId]!.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: "${sentence}" is not in ${articleId}`);
  return { start, end: start + sentence.length, text: sentence };
}

interface ClaimSpec {
  articleId: string;
  sentence: string;
  min: number;
  max?: number;
  unit?: 'troops' | 'btg';
  approx?: boolean;
  vague?: boolean;
  kind?: string;
  subjectId?: string | null;
  claimantIds?: string[];
}

function claim(c: ClaimSpec) {
  return {
    articleId: c.articleId,
    valueMin: c.min,
    valueMax: c.max ?? c.min,
    approx: c.approx ?? false,
    vague: c.vague ?? false,
    unit: c.unit ?? 'troops',
    kind: c.kind ?? 'estimate',
    subjectId: c.subjectId === undefined ? 'russia' : c.subjectId,
    claimantIds: c.claimantIds ?? [],
    quote: quote(c.articleId, c.sentence),
  };
}

const country = (id: string, name: string) => ({ id, name, kind: 'country', affiliation: id });

/** The predicted dataset: only the fields the scorer reads. */
export const DATASET: ScoredDataset = {
  articles: [
    { id: 'art-f1', file: 'f1.txt', date: '2022-01-10', outlet: 'Daily Ledger' },
    { id: 'art-f2', file: 'f2.txt', date: '2022-02-02', outlet: null },
    { id: 'art-f3', file: 'f3.txt', date: null, outlet: 'The Wire Service Online' },
    { id: 'art-x', file: 'notes.txt', date: null, outlet: null },
  ],
  actors: [
    country('russia', 'Russia'),
    country('united-states', 'United States'),
    country('united-kingdom', 'United Kingdom'),
    country('ukraine', 'Ukraine'),
    { id: 'us-officials', name: 'US officials', kind: 'government', affiliation: 'united-states' },
    { id: 'pentagon', name: 'Pentagon', kind: 'ministry', affiliation: 'united-states' },
    { id: 'morning-wire', name: 'Morning Wire', kind: 'media', affiliation: null },
    { id: 'harbour-institute', name: 'Harbour Institute', kind: 'organisation', affiliation: null },
  ],
  claims: [
    claim({
      articleId: 'art-f1',
      sentence: 'About 100,000 Russian troops are massed near the border, US officials said.',
      min: 100_000,
      approx: true,
      claimantIds: ['us-officials'],
    }),
    claim({
      articleId: 'art-f1',
      sentence: 'Up to 175,000 troops could gather by spring, the Pentagon said.',
      min: 175_000,
      approx: true,
      kind: 'forecast',
      claimantIds: ['pentagon'],
    }),
    // The right figure in the wrong unit: a miss and a false positive.
    claim({
      articleId: 'art-f1',
      sentence: 'More than 50 battalion groups are already in place.',
      min: 50,
      approx: true,
    }),
    claim({
      articleId: 'art-f1',
      sentence: 'Tens of thousands of soldiers arrived this week.',
      min: 20_000,
      max: 90_000,
      approx: true,
      vague: true,
    }),
    // A repeat of the first claim is a false positive.
    claim({
      articleId: 'art-f1',
      sentence: 'About 100,000 troops wait in the cold.',
      min: 100_000,
      approx: true,
    }),
    claim({
      articleId: 'art-f2',
      sentence: 'Kyiv says 90,000 Russian soldiers are near its border, according to the Morning Wire.',
      min: 90_000,
      max: 100_000,
      claimantIds: ['morning-wire'],
    }),
    claim({ articleId: 'art-f2', sentence: 'The army lost 1,500 soldiers in the fighting.', min: 1500 }),
    claim({
      articleId: 'art-f2',
      sentence: 'Officials expect 3,000 more troops, twice the number sent in January.',
      min: 3000,
      kind: 'increment',
    }),
    claim({
      articleId: 'art-f2',
      sentence: 'The army has 168 battalion groups in all.',
      min: 168,
      unit: 'btg',
    }),
    claim({
      articleId: 'art-f3',
      sentence: 'Analysts at the Harbour Institute count 127,000 troops.',
      min: 127_000,
      claimantIds: ['harbour-institute'],
    }),
    claim({
      articleId: 'art-f3',
      sentence: 'London and Washington say 8,500 troops are on alert.',
      min: 8500,
      subjectId: 'united-states',
      claimantIds: ['united-kingdom', 'united-states'],
    }),
    claim({
      articleId: 'art-f3',
      sentence: 'Moscow says 10,000 troops went home.',
      min: 10_000,
      subjectId: null,
    }),
    claim({ articleId: 'art-f3', sentence: 'The column had 400 tanks.', min: 400 }),
    claim({
      articleId: 'art-x',
      sentence: 'A note with 5,000 troops in it that nobody annotated.',
      min: 5000,
    }),
  ],
};

const base = {
  approx: false,
  vague: false,
  unit: 'troops' as const,
  subject: 'Russia',
  kind: 'estimate' as const,
};

/** The gold annotation of the same texts, plus one article the dataset lacks. */
export const GOLD: Gold = {
  name: 'eval-fixture',
  articles: [
    {
      id: 'f1',
      date: '2022-01-10',
      outlet: 'The Daily Ledger',
      troop_claims: [
        {
          ...base,
          value_min: 100_000,
          value_max: 100_000,
          approx: true,
          claimant: 'United States',
          anchor: 'About 100,000 Russian troops are massed',
          surface: '100,000',
        },
        {
          ...base,
          value_min: null,
          value_max: 175_000,
          kind: 'projection',
          claimant: 'United States',
          anchor: 'Up to 175,000 troops could gather',
        },
        {
          ...base,
          value_min: 50,
          value_max: null,
          approx: true,
          unit: 'btg',
          claimant: 'unattributed',
          anchor: 'More than 50 battalion groups',
          surface: 'More than 50',
        },
        {
          ...base,
          value_min: 10_000,
          value_max: 99_999,
          approx: true,
          vague: true,
          claimant: 'unattributed',
          anchor: 'Tens of thousands of soldiers arrived',
        },
      ],
      non_troop_numbers: [],
    },
    {
      id: 'f2',
      date: '2022-02-01',
      outlet: 'Harbour Times',
      troop_claims: [
        {
          ...base,
          value_min: 90_000,
          value_max: 90_000,
          claimant: 'Ukraine',
          alt_claimant: 'media',
          anchor: 'Kyiv says 90,000 Russian soldiers',
        },
        {
          ...base,
          value_min: 3000,
          value_max: 3000,
          kind: 'increment',
          claimant: 'unattributed',
          optional: true,
        },
        {
          ...base,
          value_min: 168,
          value_max: 168,
          unit: 'btg',
          scope: 'force_structure',
          claimant: 'unattributed',
        },
      ],
      non_troop_numbers: [{ surface: '1,500 soldiers', kind: 'casualties', anchor: 'The army lost 1,500' }],
    },
    {
      id: 'f3',
      date: null,
      outlet: 'Wire Service',
      troop_claims: [
        { ...base, value_min: 127_000, value_max: 127_000, claimant: 'analysts' },
        {
          ...base,
          value_min: 8500,
          value_max: 8500,
          subject: 'United States',
          kind: 'increment',
          claimant: 'US and UK',
        },
        {
          ...base,
          value_min: 2000,
          value_max: 2000,
          kind: 'increment',
          claimant: 'unattributed',
          anchor: 'Another 2,000 soldiers are on the',
          surface: '2,000',
        },
        { ...base, value_min: 10_000, value_max: 10_000, kind: 'increment', claimant: 'Russia' },
      ],
    },
    {
      id: 'f4',
      date: '2022-03-01',
      outlet: 'Harbour Times',
      troop_claims: [{ ...base, value_min: 5000, value_max: 5000, claimant: 'unattributed' }],
    },
  ],
};
