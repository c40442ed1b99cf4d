/** A state's own record of what its members said: an unattributed figure on it is that state's word. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/pipeline/extract/claims/extract-claims';
import { officialRecordOf } from '../../../../src/pipeline/extract/claims/official-record';
import { parsedDoc } from '../../parsed-doc';
import { recogniseNaively, reference } from './claims-fixture';

describe('officialRecordOf', () => {
  it.each([
    ['https://hansard.parliament.uk/example-debate', 'united-kingdom'],
    ['https://www.gov.uk/government/news/some-statement', 'united-kingdom'],
    ['https://www.congress.gov/congressional-record/volume-168', 'united-states'],
    ['https://notgov.uk/news/item', null],
    ['https://example.com/hansard.parliament.uk', null],
    ['not a url', null],
    [null, null],
  ])('%s -> %s', (url, want) => {
    expect(officialRecordOf(url)).toBe(want);
  });
});

describe('extractClaims on an official record', () => {
  const text =
    'We will send 850 more soldiers to Poland this spring. Poland said it keeps 1,300 troops on the border.';
  const claimants = (url: string | null) =>
    extractClaims(
      parsedDoc(text, {
        headerDate: '2022-02-15',
        meta: { title: null, outlet: null, url, date: null, author: null },
      }),
      recogniseNaively(text),
      reference,
    ).map((c) => `${c.valueMin}: ${c.claimantIds.join(', ')}`);

  it('gives a figure no cue attributes to the state whose record the page is', () => {
    expect(claimants('https://hansard.parliament.uk/another-debate')).toEqual([
      '850: united-kingdom',
      '1300: poland',
    ]);
  });

  it('leaves it unattributed on any other page', () => {
    expect(claimants('https://news.example.com/story')).toEqual(['850: ', '1300: poland']);
  });
});
