import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLiveBlog } from '../../../../src/pipeline/extract/liveblog/detect-liveblog';
import { parseStamp } from '../../../../src/pipeline/extract/liveblog/stamps';

const ROOT = path.resolve(import.meta.dirname, '../../../..');

describe('parseStamp', () => {
  it.each([
    [
      'Convoy seen near Kharkivpublished at 10:35 Greenwich Mean Time 15 February 2022',
      '2022-02-15',
      10,
      35,
      0,
    ],
    ['Posted at 2:05pm BST', null, 14, 5, 60],
    ['Updated 09.15 GMT, 3 March 2022', '2022-03-03', 9, 15, 0],
    ['2022-02-24T04:50:00+02:00', '2022-02-24', 4, 50, 120],
    ['  07:12 Moscow Time', null, 7, 12, 180],
    ['published at 11:00 UTC+3 on 1 March 2022', '2022-03-01', 11, 0, 180],
  ])('%s', (line, day, hour, minute, offsetMinutes) => {
    expect(parseStamp(line)).toMatchObject({ day, hour, minute, offsetMinutes });
  });

  it.each(['The meeting ran from 10:35 to 11:00.', 'Troops: 10.35 per cent', 'Published at 25:61 GMT'])(
    'is not a stamp: %s',
    (line) => {
      expect(parseStamp(line)).toBeNull();
    },
  );
});

describe('detectLiveBlog on layouts of our own', () => {
  it('splits "Posted at" entries under a date heading, with headline, label and byline', () => {
    const text = [
      'Key points',
      '',
      '- Talks resume in Geneva',
      '',
      'Tuesday 1 March 2022',
      '',
      'Posted at 14:05 GMT',
      'Convoy stalls north of Kyiv',
      'Breaking',
      '',
      'Anna Smith',
      'Defence correspondent',
      '',
      'The convoy has not moved for three days.',
      '',
      'Posted at 12:30 CET',
      'Talks in Geneva',
      '',
      'Diplomats met at noon.',
    ].join('\n');
    const { entries } = detectLiveBlog(text, 'live', null);
    expect(entries).toHaveLength(2);
    const [first, second] = entries;
    expect(first).toMatchObject({
      publishedAt: '2022-03-01T14:05:00Z',
      headline: 'Convoy stalls north of Kyiv',
      label: 'Breaking',
      byline: 'Anna Smith, Defence correspondent',
    });
    expect(text.slice(first!.textStart).startsWith('The convoy has not moved')).toBe(true);
    expect(first!.end).toBeLessThanOrEqual(second!.start);
    expect(second).toMatchObject({
      publishedAt: '2022-03-01T11:30:00Z',
      headline: 'Talks in Geneva',
      label: null,
    });
    expect(second!.id).toMatch(/^live:e[0-9a-f]{8}$/);
    expect(text.slice(second!.textStart, second!.end)).toBe('Diplomats met at noon.');
  });

  it("keeps an entry's id when an entry is added above it, and numbers two entries that say the same", () => {
    const page = (lines: string[]) => lines.join('\n');
    const entry = (time: string, body: string) => [`2022-03-02T${time}Z`, '', body, ''];
    const before = page([...entry('09:00', 'Sirens in the east.'), ...entry('08:00', 'Talks stall.')]);
    const after = page([
      ...entry('10:00', 'A new convoy is reported.'),
      ...entry('09:00', 'Sirens in the east.'),
      ...entry('08:00', 'Talks stall.'),
    ]);
    const ids = (text: string) => detectLiveBlog(text, 'live', null).entries.map((e) => e.id);
    expect(ids(after).slice(1)).toEqual(ids(before));
    // Case and white space do not change what an entry is.
    const refolded = page([...entry('09:00', 'SIRENS  in the east.'), ...entry('08:00', 'Talks stall.')]);
    expect(ids(refolded)).toEqual(ids(before));
    const twice = ids(page([...entry('07:00', 'No change.'), ...entry('07:00', 'No change.')]));
    expect(twice[1]).toBe(`${twice[0]}-2`);
  });

  it('splits ISO timestamps on their own line and leaves summary bullets out', () => {
    const text =
      '• Summary bullet\n\n2022-02-24T03:58Z\nInvasion begins\n\nExplosions heard.\n\n2022-02-24T05:10Z\nAirports hit\n\nMore text.';
    const { entries } = detectLiveBlog(text, 'x', null);
    expect(entries.map((e) => [e.publishedAt, e.headline])).toEqual([
      ['2022-02-24T03:58:00Z', 'Invasion begins'],
      ['2022-02-24T05:10:00Z', 'Airports hit'],
    ]);
    expect(entries[0]!.start).toBe(text.indexOf('2022-02-24T03:58Z'));
  });

  it('is not a live page with a single stamp, and dates bare times from the anchor', () => {
    expect(detectLiveBlog('Posted at 10:00 GMT\nOne entry only.', 'x', null).entries).toEqual([]);
    const anchored = detectLiveBlog(
      'Posted at 10:00\nA\n\nb.\n\nPosted at 09:00\nB\n\nc.',
      'x',
      '2022-02-20',
    );
    expect(anchored.entries.map((e) => e.publishedAt)).toEqual([
      '2022-02-20T10:00:00Z',
      '2022-02-20T09:00:00Z',
    ]);
    expect(anchored.messages.join()).toMatch(/without a time zone/);
  });
});

interface GoldEntry {
  time_utc: string;
  headline: string;
  label: string | null;
  byline: { name: string; role: string } | null;
}

describe('detectLiveBlog on the BBC seed page', () => {
  const gold = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/seeds-gold.json'), 'utf8')) as {
    articles: { file: string; entries?: GoldEntry[] }[];
  };
  const page = gold.articles.find((a) => a.entries)!;
  const text = readFileSync(path.join(ROOT, 'data/articles', page.file), 'utf8');
  const { entries } = detectLiveBlog(text, 'bbc', null);

  it('finds every entry with its UTC time, headline, label and byline', () => {
    expect(entries).toHaveLength(page.entries!.length);
    entries.forEach((entry, i) => {
      const want = page.entries![i]!;
      expect(entry.publishedAt).toBe(want.time_utc);
      expect(entry.headline).toBe(want.headline);
      expect(entry.label).toBe(want.label);
      expect(entry.byline).toBe(want.byline ? `${want.byline.name}, ${want.byline.role}` : null);
    });
  });

  it('gives entries ordered, non-overlapping spans that never include the run-on stamp in the text', () => {
    for (let i = 1; i < entries.length; i++)
      expect(entries[i]!.start).toBeGreaterThanOrEqual(entries[i - 1]!.end);
    for (const e of entries) {
      expect(e.start).toBeLessThanOrEqual(e.textStart);
      expect(e.textStart).toBeLessThanOrEqual(e.end);
      expect(text.slice(e.textStart, e.end)).not.toMatch(/published at \d/);
    }
  });
});

describe('parseStamp: stamps from a twenty-fourth round of pages read by eye', () => {
  // Rule: a clock time with "ET" (US Eastern Time, read as standard time in winter) and its day after a comma,
  // alone on a line, is a live entry's stamp.
  it.each([
    ['7:25 p.m. ET, February 3, 2022', '2022-02-03', 19, 25, -300],
    ['9:45 a.m. ET, March 2, 2022', '2022-03-02', 9, 45, -300],
    ['Updated 6:20 a.m. ET, February 9, 2022', '2022-02-09', 6, 20, -300],
  ] as const)('%s', (line, day, hour, minute, offsetMinutes) => {
    expect(parseStamp(line)).toMatchObject({ day, hour, minute, offsetMinutes });
  });

  it.each([
    // guard: words after the day make a sentence, not a stamp.
    '7:25 p.m. ET, February 3, 2022 was when the talks ended.',
    // guard: a time with a comma and no day after it.
    '7:25 p.m. ET, officials said.',
  ])('is not a stamp: %s', (line) => {
    expect(parseStamp(line)).toBeNull();
  });
});
