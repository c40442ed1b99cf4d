import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/pipeline/extract/dates/find-dates';
import { eventTitle } from '../../../../src/pipeline/extract/events/title';

/** The title of `sentence` with its trigger at `cue`, dates found as the extractor finds them. */
function titleOf(sentence: string, cue: string): string {
  return eventTitle(sentence, sentence.indexOf(cue), findDates(sentence, '2022-02-16'));
}

describe('eventTitle: a headline starting with whoever acts', () => {
  it.each([
    [
      'Putin signed a decree recognising the regions, the Kremlin said.',
      'signed',
      'Putin signed a decree recognising the regions',
    ],
    ['It said in a statement that Putin had signed the decree.', 'signed', 'Putin had signed the decree'],
    [
      'It said the navy intercepted a tanker near Odesa.',
      'intercepted',
      'The navy intercepted a tanker near Odesa',
    ],
    [
      'A senior official said Tuesday that the Latvian government had closed the crossing.',
      'closed',
      'The Latvian government had closed the crossing',
    ],
    [
      '“Troops are returning to their bases,” the ministry said.',
      'returning',
      'Troops are returning to their bases',
    ],
    [
      'US relocating embassy from Kyivpublished at 19:22 Greenwich Mean Time 14 February 2022',
      'relocating',
      'US relocating embassy from Kyiv',
    ],
    [
      'Last week, the Polish president visited Vilnius to discuss the crisis.',
      'visited',
      'The Polish president visited Vilnius to discuss the crisis',
    ],
    [
      'Olena Petrenko, the Ukrainian deputy minister, met her Moldovan counterpart in Chisinau on Tuesday.',
      'met',
      'Olena Petrenko met her Moldovan counterpart in Chisinau',
    ],
    [
      'Arvid Lind, Sweden’s foreign minister who met Mr Lavrov in Geneva this week, said talks were frank.',
      'met',
      'Arvid Lind met Mr Lavrov in Geneva',
    ],
    [
      'It comes as Ottawa announces the closure of its consulate in Odesa.',
      'closure',
      'Ottawa announces the closure of its consulate in Odesa',
    ],
    [
      'However, the exercises continue and the Senate approves a resolution condemning the build-up.',
      'approves',
      'The Senate approves a resolution condemning the build-up',
    ],
    [
      'A day after the talks in Minsk, the Polish parliament approved a law on the border wall.',
      'approved',
      'The Polish parliament approved a law on the border wall',
    ],
    [
      'Romania and Bulgaria expressed concern about the drills, the ministry said in a readout of the calls.',
      'calls',
      'Romania and Bulgaria expressed concern about the drills',
    ],
    [
      'The president declared Friday a national "day of mourning".',
      'declared',
      'The president declared Friday a national "day of mourning"',
    ],
    [
      'The UN Security Council held an emergency meeting on Monday night.',
      'meeting',
      'The UN Security Council held an emergency meeting',
    ],
    [
      'According to Reuters, Lithuania voted to approve the deployment on Thursday.',
      'voted',
      'Lithuania voted to approve the deployment',
    ],
  ])('%s', (sentence, cue, title) => {
    expect(titleOf(sentence, cue)).toBe(title);
  });

  it.each([
    [
      'a warning keeps who warned',
      'US officials said an attack could come as soon as Friday.',
      'attack',
      'US officials said an attack could come as soon as Friday',
    ],
    [
      'a pronoun keeps its reporting frame',
      'He said that he had met the envoy.',
      'met',
      'He said that he had met the envoy',
    ],
    [
      'a date that is the object stays',
      'The president declared Friday a day of mourning.',
      'declared',
      'The president declared Friday a day of mourning',
    ],
  ])('%s', (_, sentence, cue, title) => {
    expect(titleOf(sentence, cue)).toBe(title);
  });

  it('cuts a long clause at a word with an ellipsis, within 90 characters', () => {
    const long = `Russia recognised ${'very '.repeat(40)}many things`;
    const title = eventTitle(long, 7);
    expect(title.length).toBeLessThanOrEqual(90);
    expect(title.endsWith('very\u2026')).toBe(true);
  });
});
