import { describe, expect, it } from 'vitest';
import { dateArticles, type DateInput } from '../../../src/pipeline/refine/article-dates';

const base = (over: Partial<DateInput> & { id: string }): DateInput => ({
  file: `${over.id}.txt`,
  text: 'Filler text.',
  entries: [],
  metaDate: null,
  headerDate: null,
  url: null,
  actorIds: [],
  placeIds: [],
  ...over,
});

const summitDated = base({
  id: 'dated',
  headerDate: '2022-03-10',
  text: 'Foreign ministers Lavrov and Kuleba met in Antalya for talks that ended without a ceasefire agreement.',
  actorIds: ['sergey-lavrov', 'dmytro-kuleba'],
  placeIds: ['antalya'],
});
const unrelated = base({
  id: 'other',
  headerDate: '2022-03-01',
  text: 'Gas prices in Europe climbed as pipeline flows from Russia fell sharply, traders said.',
  actorIds: ['russia'],
});

describe('dateArticles', () => {
  it('ranks metadata over the header line over a stamp in the text', () => {
    const dates = dateArticles([
      base({ id: 'm', metaDate: '2022-01-02', headerDate: '2022-01-03' }),
      base({ id: 'h', headerDate: '2022-01-03' }),
      base({ id: 't', text: 'Published 4 January 2022\n\nTroops moved.' }),
    ]);
    expect(dates.get('m')).toMatchObject({ date: '2022-01-02', source: 'metadata' });
    expect(dates.get('h')).toMatchObject({ date: '2022-01-03', source: 'header' });
    expect(dates.get('t')).toMatchObject({ date: '2022-01-04', source: 'text' });
  });

  it('takes the day in the URL after metadata and header, before a stamp in the text', () => {
    const url = 'https://news.example.com/2022/02/10/convoy';
    const dates = dateArticles([
      base({ id: 'h', headerDate: '2022-02-11', url }),
      base({ id: 'u', url, text: 'Published 12 February 2022\n\nTroops moved.' }),
    ]);
    expect(dates.get('h')).toMatchObject({ date: '2022-02-11', source: 'header' });
    expect(dates.get('u')).toMatchObject({ date: '2022-02-10', source: 'url' });
    expect(dates.get('u')?.reason).toMatch(/2022\/02\/10/);
  });

  it('dates a year-less dateline by the month of a header that gives no day, and never invents the day', () => {
    const dates = dateArticles([
      base({ id: 'hm', headerMonth: '2022-02', text: 'GOMEL, Feb 9 (Wire) - Convoys moved south.' }),
      base({ id: 'h0', headerMonth: '2022-02', text: 'Convoys moved south.' }),
    ]);
    expect(dates.get('hm')).toMatchObject({ date: '2022-02-09', source: 'text' });
    expect(dates.get('hm')?.reason).toMatch(/year from the date header/);
    expect(dates.get('h0')).toMatchObject({ date: null, source: 'unknown' });
    expect(dates.get('h0')?.reason).toMatch(/gives only the month \(2022-02\)/);
  });

  it('gives a year-less dateline the URL year, and never invents a day from a month', () => {
    const dates = dateArticles([
      base({
        id: 'y',
        url: 'https://mag.example.com/2022/02/story',
        text: 'MINSK, Feb 10 (Wire) - Troops moved.',
      }),
      base({ id: 'n', text: 'MINSK, Feb 10 (Wire) - Troops moved.' }),
      base({ id: 'm', url: 'https://mag.example.com/2022/02/story', text: 'Troops moved.' }),
    ]);
    expect(dates.get('y')).toMatchObject({ date: '2022-02-10', source: 'text' });
    expect(dates.get('y')?.reason).toMatch(/year from the URL/);
    expect(dates.get('n')).toMatchObject({ date: null, source: 'unknown' });
    expect(dates.get('m')).toMatchObject({ date: null, source: 'unknown' });
  });

  it('does not take a date from a caption in the middle of the text', () => {
    const text =
      'Troops moved.\n\nMore.\n\nEven more.\n\nA photo taken on December 10, 2021 shows tanks.\n\nEnd.\n\nEnd two.\n\nEnd three.';
    expect(dates(text)).toMatchObject({ date: null, source: 'unknown' });
    function dates(t: string) {
      return dateArticles([base({ id: 'x', text: t })]).get('x');
    }
  });

  it('dates a live page by its newest entry', () => {
    const entry = (publishedAt: string) => ({
      id: `l:e${publishedAt.length}`,
      publishedAt,
      headline: '',
      label: null,
      byline: null,
      start: 0,
      end: 0,
      textStart: 0,
    });
    const got = dateArticles([
      base({ id: 'l', entries: [entry('2022-02-14T19:22:00Z'), entry('2022-02-15T10:35:00Z')] }),
    ]);
    expect(got.get('l')).toMatchObject({ date: '2022-02-15', source: 'inferred' });
    expect(got.get('l')?.reason).toMatch(/newest entry/);
  });

  it('infers "on Thursday" from a dated article about the same event', () => {
    const undated = base({
      id: 'undated',
      text: 'Lavrov and Kuleba met on Thursday in Antalya, the first talks at this level, but no ceasefire agreement came of them.',
      actorIds: ['sergey-lavrov', 'dmytro-kuleba'],
      placeIds: ['antalya'],
    });
    const got = dateArticles([summitDated, unrelated, undated]).get('undated')!;
    expect(got).toMatchObject({ date: '2022-03-10', source: 'inferred' });
    expect(got.reason).toMatch(
      /^'on Thursday' matched to dated\.txt \(2022-03-10\) reporting the same event: /,
    );
  });

  it('does not infer from an article on the same topic that reports another event', () => {
    const undated = base({
      id: 'undated',
      text: 'Lavrov and Kuleba will meet again, diplomats said. Envoys drafted a humanitarian corridor plan for Mariupol on Thursday in Antalya.',
      actorIds: ['sergey-lavrov', 'dmytro-kuleba'],
      placeIds: ['antalya'],
    });
    expect(dateArticles([summitDated, unrelated, undated]).get('undated')).toMatchObject({
      date: null,
      source: 'unknown',
    });
  });

  it('leaves the date unknown when no dated article reports the same event', () => {
    const undated = base({
      id: 'u',
      text: 'On Monday the orchestra played Tchaikovsky in Vienna to a full house.',
    });
    const got = dateArticles([summitDated, unrelated, undated]).get('u')!;
    expect(got).toMatchObject({ date: null, source: 'unknown' });
    expect(got.reason).toBeTruthy();
  });

  it('warns about a date decades away from the rest of the corpus but keeps it', () => {
    const got = dateArticles([
      base({ id: 'a', headerDate: '2022-02-01' }),
      base({ id: 'b', headerDate: '2022-02-02' }),
      base({ id: 'c', headerDate: '2022-02-03' }),
      base({ id: 'old', metaDate: '1972-02-02' }),
    ]).get('old')!;
    expect(got.date).toBe('1972-02-02');
    expect(got.messages.join()).toMatch(/ten years away/);
  });
});
