/**
 * The whole evaluation on the hand-made fixture: every figure worked out by hand from the reference scorer's
 * rules, and the lists of misses and false positives with their sentences.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate';
import { figureLines, reportLines, scoreLine } from '../../src/eval/report';
import { BODIES, DATASET, GOLD } from './fixture';

const bodies = new Map(Object.entries(BODIES));
const result = evaluate(GOLD, DATASET, bodies);
const actors = new Map(DATASET.actors.map((a) => [a.id, a]));

describe('evaluate', () => {
  it('prints the reference figures', () => {
    expect(figureLines(result)).toEqual([
      'articles found 3/4',
      'claims required 10 matched 7; predicted 13; false positives 4 (on hard negatives 1); optional matched 2/2',
      'claims precision 0.64 recall 0.70 F1 0.67',
      'claimant correct 6/7',
      'dates correct 1/2; outlets correct 2/3',
    ]);
    expect(scoreLine(result)).toBe(
      'SCORE {"f1": 0.667, "precision": 0.636, "recall": 0.7, "claimant": "6/7", "dates": "1/2", "outlets": "2/3", "negatives_extracted": 1}',
    );
  });

  it('misses: the wrong unit, an unpredicted claim, and a claim of an article the dataset lacks', () => {
    expect(result.misses.map((m) => [m.article.id, m.claim.value_min, m.claim.unit])).toEqual([
      ['f1', 50, 'btg'],
      ['f3', 2000, 'troops'],
      ['f4', 5000, 'troops'],
    ]);
    expect(result.misses.map((m) => m.sentence)).toEqual([
      'More than 50 battalion groups are already in place.',
      'Another 2,000 soldiers are on the way.',
      null,
    ]);
    expect(result.articles.missing.map((a) => a.id)).toEqual(['f4']);
  });

  it('false positives: the wrong unit, a repeat, a hard negative and an unannotated number; never an optional claim', () => {
    expect(
      result.claims.falsePositives.map((f) => [f.article.id, f.predicted.valueMin, f.onHardNegative]),
    ).toEqual([
      ['f1', 50, false],
      ['f1', 100_000, false],
      ['f2', 1500, true],
      ['f3', 400, false],
    ]);
  });

  it('judges claimant, subject, kind, value and hedge of each matched claim', () => {
    const fields = result.claims.matched.map((m) => [
      m.claim.value_min ?? m.claim.value_max,
      m.claimant,
      m.subject,
      m.kind,
      m.value,
      m.hedge,
    ]);
    expect(fields).toEqual([
      [100_000, true, true, true, true, true],
      [175_000, true, true, true, true, null], // a bound's hedge is not judged; projection = forecast
      [10_000, true, true, true, true, true], // vague, matched by overlap
      [90_000, true, true, true, false, true], // media is the alternative claimant; a range is not the point
      [127_000, true, true, true, true, true], // a body that speaks for no state counts as analysts
      [8500, true, true, false, true, true], // US and UK as a pair
      [10_000, false, false, false, true, true],
    ]);
  });

  it('lists every miss, false positive and wrong field with its sentence', () => {
    const text = reportLines(result, actors).join('\n');
    expect(text).toContain(
      '  claimant 6/7 (86%)\n  subject  6/7 (86%)\n  kind     5/7 (71%)\n  value    6/7 (86%)\n  hedge    6/6 (100%)',
    );
    expect(text).toContain('Matched claims with a wrong field (3)');
    expect(text).toContain(
      '  f3  2000 troops  claimant unattributed\n      anchor:   "Another 2,000 soldiers are on the"\n      sentence: "Another 2,000 soldiers are on the way."',
    );
    expect(text).toContain(
      '  f2  1500 troops  (a number the gold lists as not a troop count)\n      sentence: "The army lost 1,500 soldiers in the fighting."',
    );
    expect(text).toContain(
      '  f3  10000 troops  claimant: gold Russia, predicted none; subject: gold Russia, predicted none; kind: gold increment, predicted estimate',
    );
    expect(text).toContain('  f2  gold 2022-02-01, predicted 2022-02-02');
    expect(text).toContain('  f2  gold Harbour Times, predicted none');
    expect(text).toContain('Gold articles not in the dataset (1): f4');
    expect(text).toContain('  f4  5000 troops  claimant unattributed  (its article is not in the dataset)');
    expect(text.split('\n').at(-1)).toMatch(/^SCORE /);
  });

  it('shows a miss without a sentence when the body is not at hand', () => {
    expect(evaluate(GOLD, DATASET).misses.every((m) => m.sentence === null)).toBe(true);
  });

  it('says so when no gold article is in the dataset', () => {
    const empty = evaluate(GOLD, { articles: [], actors: [], claims: [] });
    expect(figureLines(empty)[0]).toBe('articles found 0/4');
    expect(reportLines(empty, new Map()).join('\n')).toMatch(/None of the gold articles is in the dataset/);
  });
});
