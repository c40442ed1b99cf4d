import { describe, expect, it } from 'vitest';
import { isDateLine, pageDate } from '../../../../src/pipeline/extract/dates/page-date';

type Row = [text: string, anchor: string | null, date: string, kind: string];

const lead = 'The ministry said the drills would go on for another week.';

const rows: Row[] = [
  [`Headline\nBy Jane Doe | February 10, 2022\n\n${lead}`, null, '2022-02-10', 'byline'],
  [`Headline\nLast modified on Thu 10 Feb 2022 10.35 GMT\n${lead}`, null, '2022-02-10', 'stamp'],
  [`Headline\n2022-02-10T10:35:00Z\n${lead}`, null, '2022-02-10', 'date line'],
  [`Headline\n10.02.2022 14:20\n${lead}`, null, '2022-02-10', 'date line'],
  [`Tanks seen near the border\n\nPublished 15 February 2022\n\n${lead}`, null, '2022-02-15', 'stamp'],
  [
    `Site menu\nTitle of the story\n${lead}\nWire desk\nPublished March 04,2022\n\n${lead}`,
    null,
    '2022-03-04',
    'stamp',
  ],
  [`Headline here\nUpdated: Feb. 9, 2022 at 10:15 GMT\n\n${lead}`, null, '2022-02-09', 'stamp'],
  [
    `Summary\n1. Drills widenpublished at 09:05 Greenwich Mean Time 11 February 2022\n${lead}`,
    null,
    '2022-02-11',
    'stamp',
  ],
  [`Skip to content\n10 Jan 2022 | 08:20 AM UTC\n\nConvoy sighted\n${lead}`, null, '2022-01-10', 'date line'],
  [`Convoy sighted\n\nJanuary 12, 2022\nStaff writer\n\n${lead}`, null, '2022-01-12', 'date line'],
  [`The Daily Example\n|March 2, 2022\nConvoy sighted\n${lead}`, null, '2022-03-02', 'date line'],
  [`MINSK, Feb 10 (Wire) - ${lead}`, '2022-02-28', '2022-02-10', 'dateline'],
  [`KYIV, Ukraine, March 3, 2022 — ${lead}`, null, '2022-03-03', 'dateline'],
  [
    `Live: the crisis\n\nFirst update\n${lead}\nAnna Writer8 February 2022 11:10\n\nSecond update\n${lead}\nAnna Writer8 February 2022 14:40\n`,
    null,
    '2022-02-08',
    'timestamp',
  ],
  [
    `Live\n\nEntry\n${lead}\nBen Writer 7 February 2022 09:00\n\nEntry\n${lead}\nBen Writer 9 February 2022 16:30`,
    null,
    '2022-02-09',
    'timestamp',
  ],
  // A zone alone after the date; furniture set off by separators after it; a calendar pictograph before it.
  [`Headline\nMarch 9, 2022 GMT\n${lead}`, null, '2022-03-09', 'date line'],
  [
    `Headline\nWire\nMar 9, 2022 • 12 minutes ago • < 1 minute read • Comment\n${lead}`,
    null,
    '2022-03-09',
    'date line',
  ],
  [`Headline\n9 Mar 2022 | Posted by Example.org\n${lead}`, null, '2022-03-09', 'date line'],
  [`Headline\n🗓️ 9 March 2022\n${lead}`, null, '2022-03-09', 'date line'],
  [`Mar 9, 2022 - World\nConvoy sighted\n${lead}`, null, '2022-03-09', 'date line'],
  // Datelines: the agency and the date in brackets; an outlet and a place set off by dashes; a byline glued to its date.
  [`KHARKIV (Example Wire / Agency - 3rd March, 2022) The convoy stopped.`, null, '2022-03-03', 'dateline'],
  [`Headline\n(3 Mar 2022) The convoy stopped near the river.`, null, '2022-03-03', 'dateline'],
  [`Podcast title\n\nEpisode Date: March 3, 2022\n\n${lead}`, null, '2022-03-03', 'stamp'],
  [`Example Gate – Lviv – March 3,2022- The ministry spoke.\n${lead}`, null, '2022-03-03', 'dateline'],
  [`Headline\nSubhead here\nby Anna WriterMarch 3, 2022 9:47 pm\n${lead}`, null, '2022-03-03', 'byline'],
  // A byline led by "Written", and one whose name the page's template left empty ("By on" was read before: a guard).
  [`Headline\nWritten by Ola Berg, March 4, 2022\n\n${lead}`, null, '2022-03-04', 'byline'],
  [`Headline\nWritten by on March 4, 2022\n\n${lead}`, null, '2022-03-04', 'byline'],
  [`Headline\nBy on 4 March 2022\n\n${lead}`, null, '2022-03-04', 'byline'],
  // Published, then updated, on one stamp line: the first date is the publication's.
  [`Headline\nMar 3, 2022, 7:38 AM | Updated: Apr 11, 2022, 3:39 pm\n${lead}`, null, '2022-03-03', 'stamp'],
  [`Headline\nUpdated: Apr 11, 2022, 3:39 pm\n${lead}`, null, '2022-04-11', 'stamp'],
  // A stamp in capitals, and one glued by lost markup to the credits above it.
  [`HEADLINE\nUPDATED MARCH 3, 2022 10:05 AM\n${lead}`, null, '2022-03-03', 'stamp'],
  [
    `Headline\nA convoy at dusk. Photo Desk/Ann RowBy Bo Kim and Li WuPUBLISHED JAN. 26, 2022\n${lead}`,
    null,
    '2022-01-26',
    'stamp',
  ],
];

describe('pageDate', () => {
  it.each(rows)('%j', (text, anchor, date, kind) => {
    expect(pageDate(text, anchor)).toMatchObject({ date, kind });
  });

  it("takes a weekday date line when the URL's month agrees with it (a blog's post header), not otherwise", () => {
    const text = `Wednesday, March 9, 2022\nConvoy sighted\n${lead}`;
    expect(pageDate(text, '2022-03-31', '2022-03')).toMatchObject({ date: '2022-03-09', kind: 'date line' });
    expect(pageDate(text, '2022-04-30', '2022-04')).toBeNull();
    expect(pageDate(text, null)).toBeNull();
  });

  it('reads a short weekday before a date as a weekday: a banner without a clock time, a stamp with one', () => {
    const banner = `Sat. Mar 12th, 2022\n\n${lead}`;
    expect(pageDate(banner, null)).toBeNull();
    expect(pageDate(banner, '2022-03-31', '2022-03')).toMatchObject({ date: '2022-03-12' });
    expect(pageDate(`Wed, 2 Mar 2022 14:10 GMT\n${lead}`, null)).toMatchObject({ date: '2022-03-02' });
    expect(isDateLine('Thu. Feb 3rd, 2022')).toBe(true);
  });

  it.each([
    // A site's banner: weekday, date, no time, above the headline.
    [`| Welcome to the Example Post\n\nFriday, March 15, 2024\n\nConvoy sighted\n${lead}`, null],
    // A year-less date with no year from the URL is only partly known.
    [`MINSK, Feb 10 (Wire) - ${lead}`, null],
    [`Headline\nPublished Feb 10\n${lead}`, null],
    // Dates in prose and captions are not the page's date.
    [
      `Headline\n${lead}\nA column of tanks near the border on February 19, 2022. Wire/Photographer\n${lead}`,
      null,
    ],
    [`Headline\n${lead}\nThe summit was held on 3 March 2022 in Antalya, officials said.`, null],
    // Another story's date.
    [`Headline\n${lead}\nRead more: Talks stall, 12 February 2022\n${lead}`, null],
    [`Headline\n${lead}\nRelated\nTalks stall in Geneva\n12 February 2022`, null],
    [`Headline\nRelated\nFebruary 1, 2022\n${lead}`, null],
    // A numeric date that could be read month-first or day-first.
    [`Headline\n02/10/2022\n${lead}`, null],
    // Timestamped items under a list of other stories.
    [
      `Headline\n${lead}\n${lead}\nMore stories\n\nTalks resume\n12 February 2022 10:00\n\nGas prices\n13 February 2022 11:00`,
      null,
    ],
    // A date in brackets that is an aside, not the line's opening.
    [`Headline\nThe talks (on 3 March 2022) ended.\n${lead}`, null],
    // A date in prose after a bracketed agency.
    [`KHARKIV (Example Wire) The convoy reached the city on 3 March 2022.`, null],
    // A month alone.
    [`Headline\nPublished February 2022\n${lead}`, null],
    // A date opening a sentence, and a separator inside prose.
    [`Headline\nMarch 9, 2022 was the day the talks broke down | analysis.\n${lead}`, null],
    [`Headline\nMarch 9, 2022 GMT+ the convoy moved\n${lead}`, null],
    // A capital "MAY" that is no month.
    [`Headline\nTHE CONVOY MAY 2 WEEKS LATE\n${lead}`, null],
  ])('finds no page date in %j', (text, anchor) => {
    expect(pageDate(text, anchor)).toBeNull();
  });
});
