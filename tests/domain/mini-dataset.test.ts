import { describe, expect, it } from 'vitest';
import { ArticleBodySchema, DatasetSchema } from '../../src/domain/schema';
import { miniBodies, miniDataset } from '../fixtures/mini-dataset';

describe('mini-dataset fixture', () => {
  it('is a valid dataset', () => {
    expect(DatasetSchema.safeParse(miniDataset).error?.issues).toBeUndefined();
  });

  it('has a valid body for every article, each matching the article length', () => {
    for (const a of miniDataset.articles) {
      const body = ArticleBodySchema.parse(miniBodies[a.id]);
      expect(body.text.length).toBe(a.bodyLength);
    }
  });

  it('quotes every claim exactly as its body reads at the span', () => {
    for (const c of miniDataset.claims) {
      const text = miniBodies[c.articleId]?.text ?? '';
      expect(text.slice(c.quote.start, c.quote.end)).toBe(c.quote.text);
      expect(c.valueSpan.start).toBeGreaterThanOrEqual(c.quote.start);
      expect(c.valueSpan.end).toBeLessThanOrEqual(c.quote.end);
    }
  });

  it('has unique ids', () => {
    const ids = miniDataset.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
