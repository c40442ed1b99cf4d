import { describe, expect, it } from 'vitest';
import { IdSchema, type Claim } from '../../../src/domain/schema';
import { ingest } from '../../../src/pipeline/ingest';
import { normaliseForId } from '../../../src/pipeline/ids';
import { withStableIds } from '../../../src/pipeline/refine/claim-ids';
import type { RawFile } from '../../../src/pipeline/types';
import { reference } from '../reference-data';

const raw = (file: string, text: string): RawFile => {
  const bytes = new TextEncoder().encode(text);
  return { file, size: bytes.length, bytes, readError: null };
};

const ARTICLE = [
  ' date 2022-01-20',
  'Officials in Kyiv said Russia had massed about 100,000 troops near the border with Ukraine.',
  'The Pentagon said 8,500 troops were on alert.',
].join('\n');

function claimsOf(files: RawFile[], articleId: string): Claim[] {
  const { dataset } = ingest(files, reference, { generatedAt: '2022-02-01T00:00:00.000Z' });
  return dataset.claims.filter((c) => c.articleId === articleId);
}

const idByValue = (claims: Claim[]) => new Map(claims.map((c) => [c.valueMin, c.id]));

describe('content-derived claim ids', () => {
  it('gives valid ids that do not name a position', () => {
    const claims = claimsOf([raw('a.txt', ARTICLE)], 'a');
    expect(claims.length).toBe(2);
    for (const c of claims) {
      expect(IdSchema.safeParse(c.id).success).toBe(true);
      expect(c.id).toMatch(/^a:c[0-9a-f]{10}$/);
    }
  });

  it('keeps ids when an unrelated file is added', () => {
    const alone = idByValue(claimsOf([raw('a.txt', ARTICLE)], 'a'));
    const other = raw('b.txt', ' date 2022-01-21\nNATO said 5,000 troops would move to Romania.');
    const withOther = idByValue(claimsOf([raw('a.txt', ARTICLE), other], 'a'));
    expect(withOther).toEqual(alone);
  });

  it('keeps ids when text is added elsewhere in the article', () => {
    const before = idByValue(claimsOf([raw('a.txt', ARTICLE)], 'a'));
    const edited = ARTICLE.replace(
      ' date 2022-01-20\n',
      ' date 2022-01-20\nThe talks in Geneva ended without a deal.\n\n',
    );
    const after = idByValue(claimsOf([raw('a.txt', edited)], 'a'));
    expect(after).toEqual(before);
  });

  it('changes the id when the quoted number changes', () => {
    const before = idByValue(claimsOf([raw('a.txt', ARTICLE)], 'a'));
    const after = idByValue(claimsOf([raw('a.txt', ARTICLE.replace('8,500', '9,000'))], 'a'));
    expect(after.get(9_000)).not.toBe(before.get(8_500));
    expect(after.get(100_000)).toBe(before.get(100_000));
  });

  it('numbers true repeats and keeps partOf pointing at the renamed claim', () => {
    const text = 'Russia has 100,000 troops, and 100,000 troops is a lot.';
    const base = {
      articleId: 'x',
      quote: { start: 0, end: text.length, text },
      partOf: null,
      relation: null,
    } as unknown as Claim;
    const claims = [
      { ...base, id: 'x:c11', valueSpan: { start: 11, end: 18 } },
      { ...base, id: 'x:c31', valueSpan: { start: 31, end: 38 }, partOf: 'x:c11', relation: 'subset' },
    ] as Claim[];
    const [first, second] = withStableIds(claims, text);
    expect(second!.id).toBe(`${first!.id}-2`);
    expect(second!.partOf).toBe(first!.id);
  });

  it('folds case, Unicode form and white space', () => {
    expect(normaliseForId('  About\n100,000\u00a0Troops ')).toBe('about 100,000 troops');
  });
});
