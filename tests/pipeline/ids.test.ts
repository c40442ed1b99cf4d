import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IdSchema } from '../../src/domain/schema';
import { articleIdFor, entryIdFor, outletIdFor, shortHash, slugify } from '../../src/pipeline/ids';

describe('ids', () => {
  it('keeps a clean .txt stem as the article id', () => {
    expect(articleIdFor('000_a1ab35dd48e1f011.txt')).toBe('000_a1ab35dd48e1f011');
  });

  it.each([
    'Report Kyiv.txt',
    'Über Charkiw – Bericht.txt',
    'report.md',
    'REPORT.txt',
    'page.html',
    '.hidden',
    '---.txt',
  ])('makes a valid, stable, hashed id for %s', (file) => {
    const id = articleIdFor(file);
    expect(IdSchema.safeParse(id).success).toBe(true);
    expect(articleIdFor(file)).toBe(id);
    expect(id).toMatch(/-[0-9a-f]{8}$/);
  });

  it('never gives two different names the same id', () => {
    const names = ['a.txt', 'A.txt', 'a.md', 'a .txt', 'a-.txt', 'á.txt', 'a.html', 'a.htm'];
    expect(new Set(names.map(articleIdFor)).size).toBe(names.length);
  });

  it('folds accents in slugs and builds entry and outlet ids', () => {
    expect(slugify('Volodímir Zelenski')).toBe('volodimir-zelenski');
    expect(entryIdFor('bbc', '2022-02-14T09:42:00Z|Talks end')).toMatch(/^bbc:e[0-9a-f]{8}$/);
    expect(entryIdFor('bbc', '2022-02-14T09:42:00Z|Talks end', 2)).toMatch(/^bbc:e[0-9a-f]{8}-2$/);
    expect(outletIdFor('The Telegraph')).toBe('the-telegraph');
    expect(outletIdFor('Радіо Свобода')).toMatch(/^outlet-[0-9a-f]{8}$/);
  });
});

describe('shortHash', () => {
  // The pure SHA-1 must give the digests node:crypto gave, so ids made before the switch stay the same.
  it.each(['', 'report.md', 'Über Charkiw – Bericht.txt', 'emoji \u{1F600} and a lone \ud800 surrogate'])(
    'matches node:crypto for %j',
    (text) => {
      const expected = createHash('sha1').update(text).digest('hex');
      expect(shortHash(text, 40)).toBe(expected);
      expect(shortHash(text)).toBe(expected.slice(0, 8));
    },
  );
});
