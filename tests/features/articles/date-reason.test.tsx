import { describe, expect, it } from 'vitest';
import { plainDateReason } from '../../../src/features/articles/date-reason';

describe('plainDateReason', () => {
  it('turns a same-event match into a sentence without file names or matched words', () => {
    const text = plainDateReason({
      dateSource: 'inferred',
      dateReason:
        "'yesterday' matched to 000_a1ab9f.txt (2022-02-10) reporting the same event: donbas, donetsk",
    });
    expect(text).toBe(
      'The article gives no date of its own. It says “yesterday” about an event that another article in this collection reported on 10 Feb 2022, so it is dated from that report.',
    );
    expect(text).not.toMatch(/\.txt|donetsk/);
  });

  it.each([
    ['inferred', 'anything else', /worked out from other reports/],
    ['unknown', null, /No date was found/],
  ] as const)('explains %s dates', (dateSource, dateReason, expected) => {
    expect(plainDateReason({ dateSource, dateReason })).toMatch(expected);
  });

  it('says which month a header gave when it gave no day', () => {
    const text = plainDateReason({
      dateSource: 'unknown',
      dateReason:
        'the date header gives only the month (2022-03); no day in the text, and no dated article reports the same event',
    });
    expect(text).toBe(
      'No day was found: the file gives only the month, March 2022, the text has no date line, and no other article reports the same event.',
    );
  });

  it('says nothing about dates the article gives', () => {
    expect(
      plainDateReason({ dateSource: 'metadata', dateReason: 'date given in the file metadata' }),
    ).toBeNull();
  });
});
