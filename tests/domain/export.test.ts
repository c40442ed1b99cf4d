import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/domain/dataset-index';
import { csvCell, toCsv, toExportRows, toJson } from '../../src/domain/export';
import { applyReview, reviewOf, valuesOf } from '../../src/domain/reviews';
import { miniDataset } from '../fixtures/mini-dataset';

const index = buildIndex(miniDataset);

describe('csvCell', () => {
  it.each<[Parameters<typeof csvCell>[0], string]>([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['he said "no"', '"he said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1', "'+1"],
    ['-5 troops', "'-5 troops"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    [' =1+1', "' =1+1"],
    ['\n=cmd', '"\'\n=cmd"'],
    ['\u200b=HYPERLINK(1)', "'\u200b=HYPERLINK(1)"],
    ['\ufeff\u00a0@SUM(A1)', "'\ufeff\u00a0@SUM(A1)"],
    [' plain', ' plain'],
    [null, ''],
    [130000, '130000'],
    [true, 'true'],
    [['Joe Biden', 'Nato'], 'Joe Biden; Nato'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv / toJson', () => {
  const claim = miniDataset.claims.find((c) => c.qualifier === 'more than')!;
  const rows = toExportRows([claim], index);

  it('resolves names and the article', () => {
    expect(rows[0]).toMatchObject({
      claimants: ['Joe Biden'],
      places: ['Ukraine'],
      articleTitle: 'Ukraine crisis: live updates',
      outlet: 'BBC',
      url: expect.stringMatching(/^https:/),
      troopsMin: 130000,
    });
  });

  it('writes a header and one line per claim', () => {
    const lines = toCsv(rows).split('\r\n');
    expect(lines[0]).toBe(
      'claim_id,reported_on,value_min,value_max,qualifier,approx,vague,unit,troops_min,troops_max,kind,claimants,places,quote,article_title,outlet,url,review_status,review_note,original_value_min,original_value_max,original_unit',
    );
    expect(lines[1]).toContain(
      ',2022-02-11,130000,130000,more than,true,false,troops,130000,130000,estimate,',
    );
    expect(lines).toHaveLength(3);
  });

  it('writes JSON that reads back to the same rows', () => {
    expect(JSON.parse(toJson(rows))).toEqual(rows);
  });
});

describe('review columns', () => {
  it('exports status, note and the values a correction replaced', () => {
    const claim = miniDataset.claims.find((c) => c.qualifier === 'more than')!;
    const at = '2022-03-01T00:00:00.000Z';
    const fixed = { ...valuesOf(claim), valueMin: 100_000, valueMax: 100_000 };
    const corrected = applyReview(claim, reviewOf(claim, 'corrected', 'misread', fixed, at));
    const rejected = applyReview(claim, reviewOf(claim, 'rejected', '', null, at));
    const [a, b, c] = toExportRows([corrected, rejected, claim], index);
    expect(a).toMatchObject({ valueMin: 100_000, reviewStatus: 'corrected', reviewNote: 'misread' });
    expect(a).toMatchObject({ originalValueMin: 130_000, originalValueMax: 130_000, originalUnit: 'troops' });
    expect(b).toMatchObject({ reviewStatus: 'rejected', reviewNote: null, originalValueMin: null });
    expect(c).toMatchObject({ reviewStatus: 'unreviewed' });
    expect(toCsv([a!]).split('\r\n')[1]).toMatch(/,corrected,misread,130000,130000,troops$/);
  });
});
