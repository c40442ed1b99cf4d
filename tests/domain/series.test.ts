import { describe, expect, it } from 'vitest';
import { buildClaimantScheme } from '../../src/domain/claimant-colors';
import type { Claim } from '../../src/domain/schema';
import { buildChartData, markIdOf } from '../../src/domain/series';
import { dayToX } from '../../src/domain/series-time';
import { describeAmount, describeClaim, formatDay } from '../../src/domain/series-labels';
import { miniDataset } from '../fixtures/mini-dataset';

const scheme = buildClaimantScheme(miniDataset.claims, miniDataset.actors);
const byValue = (phrase: string): Claim => {
  const claim = miniDataset.claims.find(
    (c) => c.quote.text.includes(phrase) && describeAmount(c).includes(phrase),
  );
  if (!claim) throw new Error(phrase);
  return claim;
};

describe('labels', () => {
  it.each([
    ['2022-02-15', '15 Feb 2022'],
    ['2021-11-01', '1 Nov 2021'],
    ['2021-12-31', '31 Dec 2021'],
  ])('formatDay %s -> %s', (day, text) => expect(formatDay(day)).toBe(text));

  it.each([
    ['130,000', 'more than 130,000 troops, claimed by Joe Biden (United States), 11 Feb 2022'],
    ['94,000', 'about 94,000 troops, claimed by US intelligence (United States), 28 Nov 2021'],
    [
      'as many as 175,000',
      "as many as 175,000 troops (forecast), claimed by Ukraine's defence ministry (Ukraine), 28 Nov 2021",
    ],
    [
      '100 battalion',
      '100 battalion tactical groups (forecast), claimed by A US official (United States), 3 Dec 2021',
    ],
    [
      'nearly 10,000',
      "nearly 10,000 troops (added troops), claimed by Ukraine's defence ministry (Ukraine), 14 Jan 2022",
    ],
  ])('claim %s', (phrase, label) => {
    const claim = byValue(phrase);
    expect(describeClaim(claim, scheme.namesOf(claim))).toBe(label);
  });

  it('says a claim named for several claimants was made jointly', () => {
    const claim = { ...byValue('130,000'), claimantIds: ['biden', 'stoltenberg'] };
    expect(describeClaim(claim, scheme.namesOf(claim))).toBe(
      'more than 130,000 troops, claimed jointly by Joe Biden (United States) and Jens Stoltenberg (Nato), 11 Feb 2022',
    );
  });

  it('speaks vague amounts with their phrase and interpretation, and unattributed claims', () => {
    const vague = miniDataset.claims.find((c) => c.vague) as Claim;
    expect(describeClaim(vague, scheme.namesOf(vague))).toBe(
      'tens of thousands (20,000–90,000) troops, unattributed, 3 Dec 2021',
    );
  });

  it.each([
    [{ troopsMin: 100000, troopsMax: 120000 }, '100,000–120,000 troops'],
    [
      { unit: 'btg', valueMin: 10, valueMax: 10, troopsMin: 8000, troopsMax: 10000 },
      '10 battalion tactical groups (8,000–10,000 troops)',
    ],
  ] as [Partial<Claim>, string][])('amount %j', (patch, text) => {
    expect(describeAmount({ ...(miniDataset.claims[0] as Claim), qualifier: null, ...patch })).toBe(text);
  });
});

describe('buildChartData on the mini dataset', () => {
  const data = buildChartData(miniDataset.claims, miniDataset.events, scheme.keyOf);

  it('plots estimates and forecasts with a size, per claimant key', () => {
    const plotted = data.series.map((s) => [
      s.key,
      s.marks.map((m) => [m.day, m.low, m.high, m.forecast, m.vague]),
    ]);
    expect(plotted).toEqual([
      ['(unattributed)', [['2021-12-03', 20000, 90000, false, true]]],
      ['nato', [['2022-02-10', 30000, 30000, false, false]]],
      ['ukraine', [['2021-11-28', 175000, 175000, true, false]]],
      [
        'usa',
        [
          ['2021-11-28', 94000, 94000, false, false],
          ['2021-12-03', 175000, 175000, true, false],
          ['2022-02-11', 130000, 130000, false, false],
          ['2022-02-11', 30000, 30000, false, false],
        ],
      ],
    ]);
    expect(data.binning).toBe('claim');
    expect(data.markCount).toBe(7);
  });

  it('keeps BTG counts without a size apart and lists what it does not plot', () => {
    expect(data.btgOnly.map((c) => c.unit)).toEqual(['btg']);
    expect(data.notPlotted.map((c) => c.kind).sort()).toEqual(['historical', 'increment']);
  });

  it('fits the domain to the data (3% of its span, at least a day, of margin) and keeps only events inside it', () => {
    expect(data.xDomain).toEqual([dayToX('2021-11-26'), dayToX('2022-02-13')]);
    expect(data.events.map((e) => e.day)).toEqual(['2022-01-31', '2022-02-10']);
    expect(data.yMax).toBe(200000);
  });

  it('fits the domain to the visible claims inside a wider date filter, not to the filter', () => {
    const february = miniDataset.claims.filter((c) => (c.reportedOn ?? '') >= '2022-02-01');
    const filtered = buildChartData(february, miniDataset.events, scheme.keyOf, {
      from: '2021-11-01',
      to: '2022-02-28',
    });
    expect(filtered.xDomain).toEqual([dayToX('2022-02-09'), dayToX('2022-02-12')]);
    expect(filtered.events.map((e) => e.day)).toEqual(['2022-02-10']);
  });

  it('keeps the margin inside the date filter', () => {
    const filtered = buildChartData(miniDataset.claims, [], scheme.keyOf, { from: '2021-11-28' });
    expect(filtered.xDomain?.[0]).toBe(dayToX('2021-11-27'));
  });

  it('has no domain when nothing dated is plotted', () => {
    expect(buildChartData([], miniDataset.events, scheme.keyOf).xDomain).toBeNull();
  });
});

describe('aggregation beyond the mark budget', () => {
  const template = miniDataset.claims[0] as Claim;
  const many: Claim[] = [];
  for (let day = 1; day <= 28; day++) {
    for (let i = 0; i < 50; i++) {
      const reportedOn = `2022-02-${String(day).padStart(2, '0')}`;
      const value = 1000 * (i + 1);
      const claimantIds = i % 2 ? ['biden'] : ['zelensky'];
      many.push({
        ...template,
        id: `c-${day}-${i}`,
        reportedOn,
        troopsMin: value,
        troopsMax: value,
        claimantIds,
      });
    }
  }
  const keyOf = buildClaimantScheme(many, miniDataset.actors).keyOf;

  it.each([
    [5000, 'claim', 1400],
    [100, 'day', 56],
    [50, 'week', 10],
    [5, 'month', 2],
  ] as const)('budget %d -> bins by %s into %d marks', (maxMarks, binning, count) => {
    const data = buildChartData(many, [], keyOf, { maxMarks });
    expect(data.binning).toBe(binning);
    expect(data.markCount).toBe(count);
    const claimIds = data.series.flatMap((s) => s.marks.flatMap((m) => m.claimIds));
    expect(new Set(claimIds).size).toBe(many.length);
  });

  it('places a bin at the median of its point estimates, with their spread', () => {
    const data = buildChartData(many, [], keyOf, { maxMarks: 100 });
    const usa = data.series.find((s) => s.key === 'usa');
    const first = usa?.marks[0];
    // 2,000, 4,000 … 50,000: 25 values, the middle one 26,000 (not the largest, 50,000).
    expect(first).toMatchObject({ day: '2022-02-01', low: 2000, high: 50000, mid: 26000, count: 25 });
    expect(first?.band).toBeNull();
  });

  it('keeps vague amounts out of the median and draws them as a band', () => {
    const vague = many
      .slice(0, 50)
      .map((c, i) =>
        i < 10 ? { ...c, id: `v-${i}`, vague: true, troopsMin: 200_000, troopsMax: 900_000 } : c,
      );
    const data = buildChartData(vague, [], keyOf, { maxMarks: 1 });
    const marks = data.series.flatMap((s) => s.marks);
    const withBand = marks.filter((m) => m.band);
    expect(withBand.length).toBeGreaterThan(0);
    for (const mark of withBand) {
      expect(mark.band).toEqual({ low: 200_000, high: 900_000 });
      // The point estimates are all at most 50,000: a vague 200k–900k never pulls the median up.
      expect(mark.mid).toBeLessThanOrEqual(50_000);
      expect(mark.points).toBe(mark.count - 5);
    }
  });

  it('draws a bin of vague amounts only as a band, with no point', () => {
    const onlyVague = many
      .slice(0, 4)
      .map((c) => ({ ...c, vague: true, troopsMin: 10_000, troopsMax: 90_000 }));
    const data = buildChartData(onlyVague, [], keyOf, { maxMarks: 1 });
    const [mark] = data.series.flatMap((s) => s.marks);
    expect(mark).toMatchObject({ vague: true, points: 0, low: 10_000, high: 90_000, mid: 50_000 });
  });

  it('stays fast at 50,000 claims', () => {
    const big = Array.from({ length: 50_000 }, (_, i) => ({
      ...(many[i % many.length] as Claim),
      id: `b-${i}`,
    }));
    const data = buildChartData(big, [], keyOf);
    expect(data.binning).toBe('day');
    expect(data.markCount).toBe(56);
  });
});

describe('markIdOf', () => {
  const claim = miniDataset.claims.find((c) => c.valueMin === 130000) as Claim;
  it.each([
    ['claim', claim.id],
    ['day', 'usa|estimate|day|2022-02-11'],
    ['week', 'usa|estimate|week|2022-02-07'],
    ['month', 'usa|estimate|month|2022-02-01'],
  ] as const)('%s -> %s', (binning, id) => expect(markIdOf(claim, scheme.keyOf, binning)).toBe(id));

  it('names the bin that holds the claim', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...claim,
      id: `m-${i}`,
      troopsMin: i,
      troopsMax: i,
    }));
    const data = buildChartData(many, [], scheme.keyOf, { maxMarks: 10 });
    const ids = data.series.flatMap((s) => s.marks.map((m) => m.id));
    expect(ids).toContain(markIdOf(many[3] as Claim, scheme.keyOf, data.binning));
  });
});
