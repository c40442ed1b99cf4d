import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/pipeline/extract/dates/find-dates';

// Anchor: Friday 2022-03-11 unless a row says otherwise.
const ANCHOR = '2022-03-11';

type Row = [
  sentence: string,
  phrase: string,
  date: string,
  precision: 'day' | 'week' | 'month',
  relative: boolean,
];

const rows: Row[] = [
  ['The talks opened on 3 March 2022 in Belarus.', '3 March 2022', '2022-03-03', 'day', false],
  ['It was signed on March 3, 2022, officials said.', 'March 3, 2022', '2022-03-03', 'day', false],
  ['Filed Dec. 9, 2021 by our reporter.', 'Dec. 9, 2021', '2021-12-09', 'day', false],
  ['Released 2022-01-30 as a statement.', '2022-01-30', '2022-01-30', 'day', false],
  ['On Wednesday, March 9 the convoy stopped.', 'Wednesday, March 9', '2022-03-09', 'day', true],
  ['The ministry spoke on the 2nd of March.', '2nd of March', '2022-03-02', 'day', true],
  ['Troops massed on March 7th near the city.', 'March 7th', '2022-03-07', 'day', true],
  ['A summit on 28 December was cancelled.', '28 December', '2021-12-28', 'day', true],
  ['Today the army moved in.', 'Today', '2022-03-11', 'day', true],
  ['The talks ended yesterday without a deal.', 'yesterday', '2022-03-10', 'day', true],
  ['Leaders meet tomorrow in Paris.', 'tomorrow', '2022-03-12', 'day', true],
  ['He spoke on Monday about the drills.', 'on Monday', '2022-03-07', 'day', true],
  ['The minister said Friday that talks failed.', 'Friday', '2022-03-11', 'day', true],
  ['The envoy will travel to Kyiv on Monday.', 'on Monday', '2022-03-14', 'day', true],
  ['Talks are due to resume on Tuesday.', 'on Tuesday', '2022-03-15', 'day', true],
  ['The vote happens next Friday.', 'next Friday', '2022-03-18', 'day', true],
  ['They last met last Friday in Minsk.', 'last Friday', '2022-03-04', 'day', true],
  ['Last week the drills began.', 'Last week', '2022-02-28', 'week', true],
  ['Ministers met this week in Brussels.', 'this week', '2022-03-07', 'week', true],
  ['Convoys were seen in mid-February near the border.', 'mid-February', '2022-02-01', 'month', true],
  ['The build-up started in November 2021.', 'in November 2021', '2021-11-01', 'month', false],
  ['Inflation rose last month.', 'last month', '2022-02-01', 'month', true],
  ['Published December 01,2021', 'December 01,2021', '2021-12-01', 'day', false],
  ['Posted 3 March,2022 | 10:00', '3 March,2022', '2022-03-03', 'day', false],
];

describe('findDates', () => {
  it.each(rows)('%s', (sentence, phrase, date, precision, relative) => {
    const hits = findDates(sentence, ANCHOR);
    const start = sentence.indexOf(phrase);
    expect(hits).toContainEqual({ start, end: start + phrase.length, date, precision, relative });
  });

  it.each([
    'Russia annexed Crimea in 2014.',
    'Some 130,000 troops are deployed.',
    'You may see troops march to the border.',
    'The 2021-13-45 file is broken.',
    'Call 2022-02-30 a typo.',
  ])('finds no date in %s', (sentence) => {
    expect(findDates(sentence, ANCHOR)).toEqual([]);
  });

  it('needs an anchor for relative and year-less dates but not for absolute ones', () => {
    const hits = findDates('On Monday, 15 February 2022 and yesterday and March 3.', null);
    expect(hits.map((h) => h.date)).toEqual(['2022-02-15']);
  });

  it('keeps one hit for overlapping forms, the longest', () => {
    const text = 'In the early hours of this Tuesday, February 15, the ministry spoke.';
    const hits = findDates(text, '2022-02-15');
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe('Tuesday, February 15');
  });

  it('does not read a count glued after a comma as a year', () => {
    const dates = findDates('On March 3,2000 troops had arrived.', ANCHOR).map((h) => h.date);
    expect(dates).not.toContain('2000-03-03');
  });

  it('takes the previous year for a month far ahead of the anchor', () => {
    expect(findDates('On December 30 the drills began.', '2022-01-10')[0]?.date).toBe('2021-12-30');
  });
});
