import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/domain/dataset-index';
import { csvCell, exportFileName, toCsv, toExportRows, toJson, UTF8_BOM } from '../../src/domain/export';
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
  const rows = toExportRows([claim], index, 'https://ledger.example/app/');

  it("resolves names as the app shows them, the article and the claim's link in the app", () => {
    expect(rows[0]).toMatchObject({
      claimants: ['Joe Biden (United States)'],
      claimantGroups: ['United States'],
      series: 'United States',
      link: `https://ledger.example/app/?claim=${claim.id}&article=${claim.articleId}${claim.entryId ? `&entry=${claim.entryId}` : ''}`,
      places: ['Ukraine'],
      articleTitle: 'Ukraine crisis: live updates',
      outlet: 'BBC',
      url: expect.stringMatching(/^https:/),
      troopsMin: 130000,
    });
  });

  it('writes "Unattributed" out, never an empty cell', () => {
    const outlet = miniDataset.claims.find((c) => c.claimantIds.length === 0)!;
    const [row] = toExportRows([outlet], index);
    expect(row).toMatchObject({
      claimants: ['Unattributed'],
      claimantGroups: ['Unattributed'],
      series: 'Unattributed',
      link: null,
    });
  });

  it('names a joint claim’s members, their groups and its joint series, and a correction’s claimants', () => {
    const intel = miniDataset.claims.find((c) => c.claimantIds[0] === 'us-intelligence')!;
    const joint = { ...intel, claimantIds: ['stoltenberg', 'us-intelligence'] };
    const fixed = { ...valuesOf(intel), claimantIds: ['zelensky'] };
    const corrected = applyReview(intel, reviewOf(intel, 'corrected', '', fixed, '2022-03-01T00:00:00.000Z'));
    const [both, moved] = toExportRows([joint, corrected], index);
    expect(both).toMatchObject({
      claimants: ['Jens Stoltenberg (Nato)', 'US intelligence (United States)'],
      claimantGroups: ['Nato', 'United States'],
      series: 'Joint: Nato and United States',
    });
    expect(moved).toMatchObject({
      claimants: ['Volodymyr Zelensky (Ukraine)'],
      claimantGroups: ['Ukraine'],
      series: 'Ukraine',
    });
  });

  it('writes a byte order mark, a header and one line per claim', () => {
    const csv = toCsv(rows);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'claim_id,reported_on,value_min,value_max,qualifier,approx,vague,unit,troops_min,troops_max,kind,claimants,claimant_groups,series,places,quote,article_title,outlet,url,link,review_status,review_note,original_value_min,original_value_max,original_unit',
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

describe('exportFileName', () => {
  const none = { from: null, to: null, actors: [], claimants: [], places: [] };
  it.each([
    [none, 'crisis-ledger-claims_all.csv'],
    [{ ...none, from: '2022-01-01', to: '2022-02-15' }, 'crisis-ledger-claims_2022-01-01_to_2022-02-15.csv'],
    [{ ...none, to: '2022-02-15' }, 'crisis-ledger-claims_start_to_2022-02-15.csv'],
    [{ ...none, claimants: ['russia', 'usa'] }, 'crisis-ledger-claims_claimants-russia+usa.csv'],
    [
      { ...none, places: ['a', 'b', 'c', 'd', 'e'], actors: ['x:y'] },
      'crisis-ledger-claims_actors-x-y_places-a+b+c+2-more.csv',
    ],
  ])('names %j %s', (filter, name) => expect(exportFileName(filter, 'csv')).toBe(name));
});
