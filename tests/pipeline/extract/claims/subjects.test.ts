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
];

describe('extractClaims: whose forces', () => {
  it.each(rows)('%s', (_name, text, want) => {
    expect(subjects(text)).toEqual(want);
  });
});
