import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/schema';
import { binClaims, binId } from '../../src/domain/series-bins';
import { binCentre, binStart, type Binning } from '../../src/domain/series-time';
import { miniDataset } from '../fixtures/mini-dataset';

// A small deterministic generator, so a failure names a reproducible case.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const template = miniDataset.claims[0] as Claim;
const KEYS = ['usa', 'ukraine', 'russia', 'usa+gbr', '(unattributed)'];

function claimsOf(seed: number, count: number): { claims: Claim[]; keys: string[] } {
  const next = random(seed);
  const claims: Claim[] = [];
  const keys: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const day = new Date(Date.UTC(2021, 10, 1) + Math.floor(next() * 150) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const low = Math.round(next() * 100) * 1000;
    const high = low + (next() < 0.3 ? 20_000 : 0);
    const claim: Claim & { review?: { status: string } } = {
      ...template,
      id: `r-${seed}-${i}`,
      reportedOn: day,
      kind: next() < 0.3 ? 'forecast' : 'estimate',
      vague: next() < 0.15,
      troopsMin: next() < 0.1 ? high : low,
      troopsMax: next() < 0.1 ? low : high,
    };
    if (next() < 0.05) claim.review = { status: 'corrected' };
    claims.push(claim);
    keys.push(KEYS[Math.floor(next() * KEYS.length)]!);
  }
  return { claims, keys };
}

/** The bins of one level, grouped the plain way: a map from bin id to the claims' positions, in input order. */
function reference(claims: readonly Claim[], keys: readonly string[], binning: Binning) {
  const bins = new Map<string, number[]>();
  claims.forEach((claim, i) => {
    const start = binStart(claim.reportedOn!, binning);
    const id = binId(keys[i]!, claim.kind === 'forecast', binning, start);
    bins.set(id, [...(bins.get(id) ?? []), i]);
  });
  return bins;
}

describe('binClaims', () => {
  it.each([
    [1, 400, 30],
    [2, 3000, 200],
    [3, 3000, 40],
    [4, 5000, 5],
    [5, 800, 2000],
  ])(
    'seed %d, %d claims, at most %d marks: the plain grouping, median and spread',
    (seed, count, maxMarks) => {
      const { claims, keys } = claimsOf(seed, count);
      const taken = Int32Array.from(claims.keys());
      const { binning, marks } = binClaims(claims, taken, (_, at) => keys[at]!, maxMarks);
      // The finest level within the budget; months whatever their number.
      const levels = ['day', 'week', 'month'] as const;
      const expected = levels.find((level) => reference(claims, keys, level).size <= maxMarks) ?? 'month';
      expect(binning).toBe(expected);
      const bins = reference(claims, keys, binning);
      expect(marks.map((m) => m.id).sort()).toEqual([...bins.keys()].sort());
      for (const mark of marks) {
        const members = bins.get(mark.id)!;
        const of = members.map((i) => claims[i]!);
        expect(mark.claimIds).toEqual(of.map((c) => c.id));
        expect(mark.claimId).toBe(of[0]!.id);
        expect(mark.count).toBe(of.length);
        const points = of
          .filter((c) => !c.vague)
          .map((c) => (c.troopsMin! + c.troopsMax!) / 2)
          .sort((a, b) => a - b);
        const vague = of.filter((c) => c.vague);
        expect(mark.points).toBe(points.length);
        expect(mark.band).toEqual(
          vague.length
            ? {
                low: Math.min(...vague.map((c) => Math.min(c.troopsMin!, c.troopsMax!))),
                high: Math.max(...vague.map((c) => Math.max(c.troopsMin!, c.troopsMax!))),
              }
            : null,
        );
        if (points.length) {
          const half = points.length >> 1;
          const median = points.length % 2 ? points[half]! : (points[half - 1]! + points[half]!) / 2;
          expect(mark).toMatchObject({ low: points[0], high: points.at(-1), mid: median, vague: false });
        } else {
          expect(mark).toMatchObject({ low: mark.band!.low, high: mark.band!.high, vague: true });
        }
        expect(mark.x).toBe(binCentre(mark.day, binning));
        expect(mark.corrected === true).toBe(of.some((c) => (c as { review?: { status: string } }).review));
      }
    },
  );

  it('keeps a level whose bins exactly fill the budget', () => {
    const { claims, keys } = claimsOf(7, 600);
    const taken = Int32Array.from(claims.keys());
    const days = reference(claims, keys, 'day').size;
    expect(binClaims(claims, taken, (_, at) => keys[at]!, days).binning).toBe('day');
    expect(binClaims(claims, taken, (_, at) => keys[at]!, days - 1).binning).not.toBe('day');
  });

  it('bins only the claims at the given positions, and names them by their key', () => {
    const { claims, keys } = claimsOf(9, 200);
    const taken = Int32Array.from([5, 17, 18, 120]);
    const { marks } = binClaims(claims, taken, (_, at) => keys[at]!, 1);
    expect(marks.flatMap((m) => m.claimIds).sort()).toEqual([...taken].map((at) => claims[at]!.id).sort());
    for (const mark of marks)
      expect(mark.claimIds.every((id) => keys[claims.findIndex((c) => c.id === id)] === mark.key)).toBe(true);
  });
});
