/** Whose forces each figure counts, as a careful reader resolves it. Every sentence is our own. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/pipeline/extract/claims/extract-claims';
import { docOf, recogniseNaively, reference } from './claims-fixture';

/** Each claim as "value subject". */
function subjects(text: string): string[] {
  return extractClaims(docOf(text), recogniseNaively(text), reference).map(
    (c) => `${c.valueMin} ${c.subjectId}`,
  );
}

const rows: [string, string, string[]][] = [
  [
    'a news agency in a dateline fields no troops',
    'VORONEZH (HW) — Some 3,300 more soldiers reached the lake on Sunday, Poland said.',
    ['3300 null'],
  ],
  [
    'the clause a cue reports comes before a name ahead of the cue',
    'Amid talks between Russia and Nato, the United States said it has sent 2,300 troops to Poland.',
    ['2300 united-states'],
  ],
  [
    'a name after the cue still acts in the reported clause',
    'Amid talks with Nato, Poland said Russia has 2,300 troops on the plain.',
    ['2300 russia'],
  ],
  [
    'a figure after "or" restates the force before it',
    'Poland says 90 Russian armoured units or about 52,000 troops now camp in the forest.',
    ['52000 russia'],
  ],
  [
    "a briefing that names its own officials often: the force named with troop words is the document's",
    'The Pentagon briefed reporters with Lloyd Austin. Austin said the US is watching Russian troops. The Pentagon counts 58 battalion tactical groups near the lake.',
    ['58 russia'],
  ],
];

describe('extractClaims: whose forces', () => {
  it.each(rows)('%s', (_name, text, want) => {
    expect(subjects(text)).toEqual(want);
  });
});
