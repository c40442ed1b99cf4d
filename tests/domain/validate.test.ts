import { describe, expect, it } from 'vitest';
import { MAX_BODY_MENTIONS, parseArticleBody, parseDataset } from '../../src/domain/validate';
import { IDS, miniBodies, miniDataset } from '../fixtures/mini-dataset';

const clone = <T>(value: T): T => structuredClone(value);

describe('parseDataset', () => {
  it('accepts the fixture as is, skipping nothing', () => {
    const result = parseDataset(clone(miniDataset));
    expect(result.ok && result.skipped).toEqual([]);
    expect(result.ok && result.dataset.claims).toHaveLength(miniDataset.claims.length);
  });

  it.each([
    ['not an object', [], 'the file does not hold a JSON object'],
    ['no version', { ...miniDataset, schemaVersion: undefined }, 'schemaVersion: missing'],
    [
      'a newer version',
      { ...miniDataset, schemaVersion: 2 },
      'schemaVersion: is 2, this app reads version 1',
    ],
    ['no claims array', { ...miniDataset, claims: 'none' }, 'claims: '],
    ['a bad generatedAt', { ...miniDataset, generatedAt: 'yesterday' }, 'generatedAt: '],
  ])('fails on %s, naming the field', (_, json, problem) => {
    const result = parseDataset(clone(json));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.file).toBe('data/dataset.json');
      expect(result.problems[0]).toContain(problem);
    }
  });

  it('drops a bad row with a readable reason and keeps the rest', () => {
    const json = clone(miniDataset) as unknown as { articles: Record<string, unknown>[] };
    json.articles[3]!.date = '2022-13-45';
    const result = parseDataset(json);
    if (!result.ok) throw new Error('expected ok');
    expect(result.dataset.articles).toHaveLength(miniDataset.articles.length - 1);
    const skipped = result.skipped.find((s) => s.collection === 'articles');
    expect(skipped?.reasons[0]).toBe('articles[3].date: must be a date written YYYY-MM-DD');
  });

  it('drops the claims of a dropped article, and claims that are part of a dropped claim', () => {
    const json = clone(miniDataset) as unknown as {
      articles: Record<string, unknown>[];
      claims: Record<string, unknown>[];
    };
    json.articles.find((a) => a.id === IDS.live)!.title = 42;
    const result = parseDataset(json);
    if (!result.ok) throw new Error('expected ok');
    expect(result.dataset.claims.some((c) => c.articleId === IDS.live)).toBe(false);
    expect(result.skipped.find((s) => s.collection === 'claims')?.count).toBe(3);
    expect(result.dataset.events.some((e) => e.sources.some((s) => s.articleId === IDS.live))).toBe(false);
  });

  it('drops a claim whose whole chain breaks, and duplicates', () => {
    const json = clone(miniDataset) as unknown as { claims: Record<string, unknown>[] };
    const whole = json.claims.find((c) => c.relation === null && c.entryId === IDS.entryBiden)!;
    whole.valueMin = 'lots';
    json.claims.push(clone(json.claims[0]!));
    const result = parseDataset(json);
    if (!result.ok) throw new Error('expected ok');
    const skipped = result.skipped.find((s) => s.collection === 'claims');
    expect(skipped?.count).toBe(3);
    expect(skipped?.reasons.join('\n')).toMatch(/appears twice[\s\S]*part of/);
  });

  it('keeps an article naming an unknown actor, without the dangling id', () => {
    const json = clone(miniDataset);
    json.articles[0]!.actorIds.push('nobody');
    const result = parseDataset(json);
    if (!result.ok) throw new Error('expected ok');
    expect(result.dataset.articles[0]!.actorIds).not.toContain('nobody');
    expect(result.skipped).toEqual([
      { collection: 'references', count: 1, reasons: [expect.stringContaining('"nobody" is missing')] },
    ]);
  });

  it('clears an affiliation to an unknown actor', () => {
    const json = clone(miniDataset);
    json.actors.find((a) => a.id === 'biden')!.affiliation = 'atlantis';
    const result = parseDataset(json);
    if (!result.ok) throw new Error('expected ok');
    expect(result.dataset.actors.find((a) => a.id === 'biden')?.affiliation).toBeNull();
    expect(result.skipped[0]?.reasons[0]).toContain('"biden".affiliation: "atlantis" is missing');
  });
});

describe('parseArticleBody', () => {
  it('accepts a good body', () => {
    const result = parseArticleBody(clone(miniBodies[IDS.reuters]), IDS.reuters);
    expect(result.ok && result.body.mentions.length).toBe(miniBodies[IDS.reuters]!.mentions.length);
  });

  it('drops mentions outside the text and counts them', () => {
    const body = clone(miniBodies[IDS.reuters]!);
    body.mentions.push({ kind: 'actor', refId: 'russia', start: 0, end: 99_999 });
    const result = parseArticleBody(body, IDS.reuters);
    expect(result.ok && result.skipped).toEqual([
      { collection: 'mentions', count: 1, reasons: [expect.stringContaining('outside the text')] },
    ]);
  });

  it('keeps at most MAX_BODY_MENTIONS mentions and counts the rest', () => {
    const body = clone(miniBodies[IDS.reuters]!);
    const first = body.mentions[0]!;
    body.mentions = Array.from({ length: MAX_BODY_MENTIONS + 300 }, () => ({ ...first }));
    const result = parseArticleBody(body, IDS.reuters);
    expect(result.ok && result.body.mentions.length).toBe(MAX_BODY_MENTIONS);
    expect(result.ok && result.skipped).toEqual([
      { collection: 'mentions', count: 300, reasons: [expect.stringContaining('first 20,000 mentions')] },
    ]);
  });

  it('fails on a body of another article or without text', () => {
    expect(parseArticleBody(clone(miniBodies[IDS.ap]), IDS.reuters)).toMatchObject({
      ok: false,
      file: `data/articles/${IDS.reuters}.json`,
    });
    const result = parseArticleBody({ ...miniBodies[IDS.ap], text: null }, IDS.ap);
    expect(!result.ok && result.problems[0]).toMatch(/^text: /);
  });
});
