/** Speaker turns in transcripts and published statements. Every text is our own. */
import { describe, expect, it } from 'vitest';
import { speakerTurns } from '../../../../src/pipeline/extract/claims/turns';
import { extractClaims } from '../../../../src/pipeline/extract/claims/extract-claims';
import { docOf, recogniseNaively, reference } from './claims-fixture';

/** Each turn as "speakers: first words". */
function turns(text: string): string[] {
  const found = recogniseNaively(text);
  return speakerTurns(text, found.actors, (id) => reference.actors.get(id)?.kind === 'person').map(
    (t) => `${t.speakerIds.join(',')}: ${text.slice(t.start, t.start + 12)}`,
  );
}

/** Each claim as "value: claimants". */
function sources(text: string): string[] {
  return extractClaims(docOf(text), recogniseNaively(text), reference).map(
    (c) => `${c.valueMin}: ${c.claimantIds.join(', ')}`,
  );
}

const rows: [string, string, string[]][] = [
  [
    'labels with titles in capitals, a question between them',
    'SECRETARY Lloyd Austin: Good morning. We moved a few units.\n\nQ: Sir, how many?\n\nSECRETARY Austin: I will not say.',
    ['lloyd-austin: Good morning', ': Sir, how man', 'lloyd-austin: I will not s'],
  ],
  [
    'a title and name before the colon',
    'Nato Secretary General Jens Stoltenberg: Thank you. Our allies stand together.',
    ['jens-stoltenberg: Thank you. O'],
  ],
  [
    'a headline with a colon is no turn',
    'Kuleba: Russia may add 20,000 troops\n\nThe minister spoke on Monday.',
    [],
  ],
  [
    'a story that quotes one line after a colon is no turn',
    'Kuleba: "Russia keeps arming the border."\n\nThe minister spoke on Monday in the capital.',
    [],
  ],
  ['a sentence with a colon is no label', 'Lloyd Austin said on Friday: We are ready.', []],
  [
    'a name alone on its line, the speech under it in the first person',
    'Mr Dmytro Kuleba\nForeign Minister\nWith your leave, I can report on the border.',
    ['dmytro-kuleba: Foreign Mini'],
  ],
  [
    'a caption with a name only, then a story in the third person',
    'Vladimir Putin\nThe president spoke for an hour about the border.',
    [],
  ],
  [
    'a name over a story whose quotation is in the first person',
    'Dmytro Kuleba\nThe minister says "we are ready" and 40,000 troops are near.',
    [],
  ],
  [
    'a note that opens a published statement',
    'The statement made by Lloyd Austin to the press on 3 March.\nWe see more units every day.',
    ['lloyd-austin: We see more '],
  ],
  [
    'a label whose speech opens by thanking the chair',
    'SECRETARY Austin: (Translated) Thank you, Madam Chair, for the meeting today.\n\nThe invaders keep calling up more men.',
    ['lloyd-austin: (Translated)'],
  ],
  [
    'labels alone on their lines, a bullet before each, the speech under them',
    '  • Maria Lund:\n\n    Talks went on late.\n\n  • Dmytro Kuleba, Foreign Minister:\n\n    Some 40,000 soldiers wait past the river.\n\n  • Maria Lund:\n\n    Thank you.',
    [': \n    Talks w', 'dmytro-kuleba: \n    Some 40', ': \n    Thank y'],
  ],
  [
    'one label alone on its line in a story is no turn',
    'Dmytro Kuleba:\n\nThe minister spoke of 30,000 troops.',
    [],
  ],
  [
    'a news briefing by a speaker with a title before the name',
    'News briefing by Defence Secretary Lloyd Austin, Camp Nord\nThe build-up goes on.',
    ['lloyd-austin: The build-up'],
  ],
  [
    "a heading over a speech with the speaker's name in the possessive",
    'Full Text of Lloyd Austin’s Remarks on the Alliance\nThis week I ordered 2,000 soldiers to Poland.',
    ['lloyd-austin: This week I '],
  ],
  [
    "a heading with a speaker's name over a story in the third person is no turn",
    'Lloyd Austin’s speech drew a crowd\nThe secretary said little about troops.',
    [],
  ],
];

describe('speakerTurns', () => {
  it.each(rows)('%s', (_name, text, want) => {
    expect(turns(text)).toEqual(want);
  });

  it('ends a turn where a new live entry starts', () => {
    const text = 'Secretary Lloyd Austin: We see the units.\n\nA new entry about the border.';
    const found = recogniseNaively(text);
    const [turn] = speakerTurns(text, found.actors, () => true, [text.indexOf('A new')]);
    expect(text.slice(turn!.start, turn!.end)).toBe('We see the units.\n\n');
  });
});

describe('extractClaims: figures in a speaker turn', () => {
  it("gives a figure no cue attributes to whoever holds the floor, and keeps a cue's own source", () => {
    const text =
      'SECRETARY Lloyd Austin: Good morning. We count some 60,000 Russian troops on the plain.\n\nKuleba said 70,000 soldiers wait in the north.';
    expect(sources(text)).toEqual(['60000: lloyd-austin', '70000: dmytro-kuleba']);
  });

  it('gives a figure under a label alone on its line to that speaker', () => {
    const text =
      '  • Maria Lund:\n\n    Talks went on late.\n\n  • Dmytro Kuleba, Foreign Minister:\n\n    Some 40,000 soldiers wait past the river.\n\n  • Maria Lund:\n\n    And 20,000 troops are on the way, we hear.';
    expect(sources(text)).toEqual(['40000: dmytro-kuleba', '20000: ']);
  });

  it('leaves the figures after a question unattributed', () => {
    const text =
      'SECRETARY Lloyd Austin: We are watching closely.\n\nQ: Are there 60,000 Russian troops on the plain?';
    expect(sources(text)).toEqual(['60000: ']);
  });
});
