import { describe, expect, it } from 'vitest';
import { dateFromUrl, urlMonth, yearAnchor } from '../../../../src/pipeline/extract/dates/url-date';

describe('dateFromUrl', () => {
  it.each([
    ['https://news.example.com/2022/02/10/troops-move/', '2022-02-10'],
    ['https://www.example.org/news/2022/2/9/border-drills-liveblog', '2022-02-09'],
    ['https://paper.example.com/world/2022/feb/10/troops-story', '2022-02-10'],
    ['https://example.net/en/2021/08/10/the-story', '2021-08-10'],
    ['https://wire.example.com/world/europe/drills-extended-ministry-2022-02-20/', '2022-02-20'],
    ['https://agency.example.com/20220302/ministry-update-1093528643.html', '2022-03-02'],
    ['https://paper.example.com/world/story-20220210-abc', '2022-02-10'],
    ['https://site.example.com/article?id=7&date=2022-01-31', '2022-01-31'],
    ['https://site.example.com/article?date=20211224', '2021-12-24'],
  ])('%s gives %s', (url, day) => {
    expect(dateFromUrl(url)?.day).toBe(day);
  });

  it('gives a year and month but no day when the path holds only those', () => {
    expect(dateFromUrl('https://mag.example.com/politics/2021/12/intelligence-story.html')).toEqual({
      day: null,
      year: 2021,
      month: 12,
      evidence: '2021/12',
    });
    expect(dateFromUrl('https://mag.example.com/archive/2021/a-story')).toMatchObject({
      day: null,
      year: 2021,
    });
  });

  it.each([
    ['https://news.example.ee/1608475865/minister-speaks'],
    ['https://www.example.com/story-50204986.html'],
    ['https://www.example.com/2022/13/40/not-a-day'],
    ['https://www.example.com/a/some-story/31598141.html'],
    ['https://www.example.com/20221345/odd-id'],
    ['not a url'],
  ])('finds no day in %s', (url) => {
    expect(dateFromUrl(url)?.day ?? null).toBeNull();
  });

  it('anchors a year-less date in the URL month, or anywhere in the URL year', () => {
    expect(yearAnchor(dateFromUrl('https://x.example.com/2022/02/story'))).toBe('2022-02-28');
    expect(yearAnchor(dateFromUrl('https://x.example.com/2021/story'))).toBe('2021-12-31');
    expect(yearAnchor(dateFromUrl('https://x.example.com/story'))).toBeNull();
  });

  it('names the month the URL gives, for a date line to agree with', () => {
    expect(urlMonth(dateFromUrl('https://x.example.com/2021/11/post'))).toBe('2021-11');
    expect(urlMonth(dateFromUrl('https://x.example.com/2022/2/10/story'))).toBe('2022-02');
    expect(urlMonth(dateFromUrl('https://x.example.com/2021/story'))).toBeNull();
    expect(urlMonth(null)).toBeNull();
  });
});
