import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildClaimantScheme } from '../../../src/domain/claimant-colors';
import type { Claim, CrisisEvent } from '../../../src/domain/schema';
import { DAY_MS, dayToX } from '../../../src/domain/series-time';
import { ChartRegion } from '../../../src/features/chart/chart-region';
import * as marks from '../../../src/features/chart/chart-marks';
import { TroopChart, type TroopChartProps } from '../../../src/features/chart/troop-chart';
import { miniDataset } from '../../fixtures/mini-dataset';

// Counts how often mark positions are worked out, keeping the real function.
vi.mock('../../../src/features/chart/chart-marks', async (importOriginal) => {
  const real = await importOriginal<typeof marks>();
  return { ...real, placeMarks: vi.fn(real.placeMarks) };
});

const template = miniDataset.claims.find((c) => c.valueMin === 130000) as Claim;
// One claim a day from 1 to 20 February, 10,000 more each day: no empty stretch, so the time axis is linear.
const claims: Claim[] = Array.from({ length: 20 }, (_, i) => ({
  ...template,
  id: `daily-${i}`,
  reportedOn: `2022-02-${String(i + 1).padStart(2, '0')}`,
  troopsMin: 10_000 * (i + 1),
  troopsMax: 10_000 * (i + 1),
}));
const firstTen = claims.slice(0, 10);
const claimsById = new Map(claims.map((c) => [c.id, c]));
const scheme = buildClaimantScheme(claims, miniDataset.actors);
// One array for every render, as the app's memoised selector gives: a new one would be new data.
const noEvents: CrisisEvent[] = [];

function props(overrides: Partial<TroopChartProps> = {}): TroopChartProps {
  return {
    claims,
    claimsById,
    events: noEvents,
    scheme,
    selectedClaimId: null,
    onSelectClaim: vi.fn(),
    mode: 'chart',
    onModeChange: vi.fn(),
    from: null,
    to: null,
    extent: null,
    onRangeChange: vi.fn(),
    ...overrides,
  };
}

function renderChart(overrides: Partial<TroopChartProps> = {}) {
  const view = render(
    <ChartRegion>
      <TroopChart {...props(overrides)} />
    </ChartRegion>,
  );
  return { ...view, region: screen.getByRole('region', { name: 'Troop numbers' }) };
}

/** Recharts' tick labels of one axis with the pixel each stands at. */
function ticks(region: HTMLElement, axis: 'xAxis' | 'yAxis'): { label: string; at: number }[] {
  const coordinate = axis === 'xAxis' ? 'x' : 'y';
  return [
    ...region.querySelectorAll(`.recharts-${axis}-tick-labels .recharts-cartesian-axis-tick-value`),
  ].map((t) => ({
    label: t.textContent ?? '',
    at: Number(t.getAttribute(coordinate)),
  }));
}

function symbolOf(mark: HTMLElement): { cx: number; cy: number } {
  const circle = mark.querySelector('circle:last-of-type');
  return { cx: Number(circle?.getAttribute('cx')), cy: Number(circle?.getAttribute('cy')) };
}

describe('ChartPlot', () => {
  it('is drawn by Recharts: its wrapper, surface, grid and both axes with their ticks', () => {
    const { region } = renderChart();
    const surface = region.querySelector('.recharts-wrapper svg.recharts-surface');
    expect(surface).not.toBeNull();
    expect(surface?.querySelector('.recharts-cartesian-grid')).not.toBeNull();
    expect(ticks(region, 'xAxis').map((t) => t.label)).toContain('7 Feb');
    expect(ticks(region, 'yAxis').map((t) => t.label)).toEqual(['0', '50k', '100k', '150k', '200k']);
    const points = within(region).getAllByRole('button', { name: /troops, claimed by .*United States/ });
    expect(points).toHaveLength(20);
    for (const point of points) expect(surface?.contains(point)).toBe(true);
  });

  it("places every mark on Recharts' axes: at its day's x and its troops' y", () => {
    const { region } = renderChart();
    const x = ticks(region, 'xAxis');
    const [a, b] = [x[0], x[x.length - 1]];
    if (!a || !b) throw new Error('no x ticks');
    // "31 Jan" and "7 Feb" as days of 2022.
    const dayOf = (label: string) =>
      dayToX(`2022-${label.endsWith('Jan') ? '01' : '02'}-${label.split(' ')[0]?.padStart(2, '0')}`) / DAY_MS;
    const pxPerDay = (b.at - a.at) / (dayOf(b.label) - dayOf(a.label));
    const y = ticks(region, 'yAxis');
    const [zero, top] = [y[0], y[y.length - 1]];
    if (!zero || !top) throw new Error('no y ticks');
    const pxPerTroop = (top.at - zero.at) / 200_000;
    for (const [i, claim] of claims.entries()) {
      const point = within(region).getByRole('button', { name: new RegExp(`, ${i + 1} Feb 2022$`) });
      const { cx, cy } = symbolOf(point);
      expect(cx).toBeCloseTo(a.at + (dayToX(claim.reportedOn ?? '') / DAY_MS - dayOf(a.label)) * pxPerDay, 1);
      expect(cy).toBeCloseTo(zero.at + (claim.troopsMin ?? 0) * pxPerTroop, 1);
    }
  });

  it('places the marks once per data change and never for a selection', () => {
    const place = vi.mocked(marks.placeMarks);
    const { rerender, region } = renderChart();
    const mounted = place.mock.calls.length;
    const chart = (overrides: Partial<TroopChartProps>) => (
      <ChartRegion>
        <TroopChart {...props(overrides)} />
      </ChartRegion>
    );
    rerender(chart({ selectedClaimId: 'daily-3' }));
    expect(within(region).getByRole('button', { name: /, 4 Feb 2022$/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(place.mock.calls.length).toBe(mounted);
    // Fewer claims lower the y axis's top as well: still one placement.
    rerender(chart({ selectedClaimId: 'daily-3', claims: firstTen }));
    expect(within(region).getAllByRole('button', { name: /claimed by .*United States/ })).toHaveLength(10);
    expect(ticks(region, 'yAxis').at(-1)?.label).toBe('100k');
    expect(place.mock.calls.length).toBe(mounted + 1);
  });
});
