/** The gold file is validated with readable errors that name the field and the article. */
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../src/eval/gold-schema';
import { GOLD } from './fixture';

describe('parseGold', () => {
  it('accepts the fixture and passes unread fields through', () => {
    const raw = {
      ...GOLD,
      conventions: { values: 'notes' },
      articles: [{ ...GOLD.articles[0]!, query: 'q', rank: 1 }],
    };
    const parsed = parseGold(raw);
    expect(parsed.ok && parsed.gold.articles[0]!.troop_claims).toHaveLength(4);
  });

  it('lists every problem with its path and article id', () => {
    const parsed = parseGold({
      articles: [
        { id: 'a1', date: '10/02/2022', troop_claims: [{ value_min: '5', unit: 'troop' }] },
        { id: 'a2', troop_claims: [{ value_min: null, value_max: null, unit: 'btg' }] },
      ],
    });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual([
      'articles[0].date (article a1): must be a date written YYYY-MM-DD',
      'articles[0].troop_claims[0].value_min (article a1): Invalid input: expected number, received string',
      'articles[0].troop_claims[0].value_max (article a1): is missing (expected number)',
      'articles[0].troop_claims[0].unit (article a1): Invalid option: expected one of "troops"|"btg"|"other"',
      'articles[1].troop_claims[0] (article a2): needs value_min or value_max (both are null)',
    ]);
  });

  it('rejects two articles with one id', () => {
    const article = { id: 'a1', troop_claims: [] };
    const parsed = parseGold({ articles: [article, article] });
    expect(!parsed.ok && parsed.errors).toEqual(['articles[1].id (article a1): repeats the id "a1"']);
  });

  it('points a file in the seeds layout to the per-article one', () => {
    const parsed = parseGold({ articles: [], troop_claims: [] });
    expect(!parsed.ok && parsed.errors[0]).toMatch(/per-article layout/);
  });

  it('says what is wrong with something that is not a gold file', () => {
    expect(parseGold([1, 2])).toEqual({
      ok: false,
      errors: ['(the file): Invalid input: expected object, received array'],
    });
    expect(parseGold({ articles: [] })).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^articles: /)],
    });
  });
});
