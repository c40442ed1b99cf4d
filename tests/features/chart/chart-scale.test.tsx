import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildClaimantScheme } from '../../../src/domain/claimant-colors';
import type { Actor, Claim, CrisisEvent } from '../../../src/domain/schema';
import { ChartRegion } from '../../../src/features/chart/chart-region';
import { TroopChart, type TroopChartProps } from '../../../src/features/chart/troop-chart';
import { miniDataset } from '../../fixtures/mini-dataset';

const template = miniDataset.claims.find((c) => c.valueMin === 130000) as Claim;
const btgTemplate = miniDataset.claims.find((c) => c.unit === 'btg') as Claim;
const eventTemplate = miniDataset.events[0] as CrisisEvent;

// Twelve claimants, the n-th with n claims: eight get a palette colour, four share the grey.
const actors: Actor[] = Array.from({ length: 12 }, (_, i) => ({
  id: `land-${i + 1}`,
  name: `Land ${String.fromCharCode(65 + i)}`,
  kind: 'country',
  affiliation: `land-${i + 1}`,
  aliases: [],
  inRegistry: true,
}));
const claims: Claim[] = actors.flatMap((actor, i) =>
  Array.from({ length: i + 1 }, (_, j) => ({
    ...template,
    id: `${actor.id}-claim-${j}`,
    claimantIds: [actor.id],
    reportedOn: `2022-02-${String(1 + ((i + j) % 20)).padStart(2, '0')}`,
    troopsMin: 10_000 * (j + 1),
    troopsMax: 10_000 * (j + 1),
  })),
);
const btgOnly: Claim[] = Array.from({ length: 5 }, (_, i) => ({
  ...btgTemplate,
  id: `btg-${i}`,
  claimantIds: ['land-12'],
}));
const events: CrisisEvent[] = Array.from({ length: 150 }, (_, i) => ({
  ...eventTemplate,
  id: `event-${i}`,
  date: `2022-02-${String(1 + (i % 20)).padStart(2, '0')}`,
  title: `Talks round ${i}`,
  status: 'occurred',
  sources: eventTemplate.sources.slice(0, 1 + (i % 2)),
}));
const all = [...claims, ...btgOnly];
const scheme = buildClaimantScheme(all, actors);

function renderChart(overrides: Partial<TroopChartProps> = {}) {
  const props: TroopChartProps = {
    claims: all,
    claimsById: new Map(all.map((c) => [c.id, c])),
    events,
    scheme,
    selectedClaimId: null,
    onSelectClaim: vi.fn(),
    mode: 'chart',
    onModeChange: vi.fn(),
    from: null,
    to: null,
    extent: { min: '2022-02-01', max: '2022-02-20' },
    onRangeChange: vi.fn(),
    ...overrides,
  };
  render(
    <ChartRegion>
      <TroopChart {...props} />
    </ChartRegion>,
  );
  return screen.getByRole('region', { name: 'Troop numbers' });
}

describe('TroopChart with many claimants, events and BTG counts', () => {
  it('lists the claimants with colours of their own and folds the rest into one disclosure', () => {
    const region = renderChart();
    const legend = within(region).getByRole('list', { name: 'Claimants' });
    const items = within(legend).getAllByRole('listitem');
    expect(items.slice(0, 8).map((li) => li.textContent)).toEqual(
      ['L', 'K', 'J', 'I', 'H', 'G', 'F', 'E'].map((letter) => `Land ${letter}`),
    );
    const more = within(legend).getByRole('button', { name: '4 more claimants (grey, hidden)' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(within(region).queryByRole('list', { name: 'More claimants' })).toBeNull();
    fireEvent.click(more);
    expect(
      within(within(region).getByRole('list', { name: 'More claimants' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Land D', 'Land C', 'Land B', 'Land A']);
  });

  it('keeps a long BTG list collapsed until asked for', () => {
    const region = renderChart();
    const toggle = within(region).getByRole('button', { name: '5 BTG claims without a size per group' });
    expect(within(region).queryByRole('button', { name: /battalion tactical groups/ })).toBeNull();
    fireEvent.click(toggle);
    expect(within(region).getAllByRole('button', { name: /battalion tactical groups/ })).toHaveLength(5);
  });

  it('draws a bounded number of event markers and lists the events as text under "Events (N)"', () => {
    const region = renderChart();
    const markers = region.querySelectorAll('.chart-event');
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.length).toBeLessThanOrEqual(40);
    expect(region.querySelectorAll('.chart-plot text')).not.toHaveLength(0);
    for (const text of region.querySelectorAll('.chart-plot text'))
      expect(text.textContent).not.toMatch(/Talks/);
    const toggle = within(region).getByRole('button', { name: 'Events (150)' });
    fireEvent.click(toggle);
    const list = within(region).getByRole('list', { name: 'Events' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(100);
    expect(list).toHaveTextContent('1 Feb 2022: Talks round 1');
    expect(region).toHaveTextContent('The 100 most reported of 150 events.');
  });

  it('draws the coloured claimants’ claims as named points, the grey tail hidden until shown from the legend', () => {
    const region = renderChart();
    const named = () =>
      within(region).queryAllByRole('button', { name: /troops, claimed by Land [A-L], \d+ Feb 2022$/ });
    // Lands A–D share the grey: hidden beside the eight coloured ones.
    const grey = claims.filter((c) => /^land-[1-4]$/.test(c.claimantIds[0] ?? ''));
    expect(grey.length).toBeGreaterThan(0);
    expect(named()).toHaveLength(claims.length - grey.length);
    const legend = within(region).getByRole('list', { name: 'Claimants' });
    fireEvent.click(within(legend).getByRole('button', { name: /4 more claimants/ }));
    for (const letter of ['A', 'B', 'C', 'D']) {
      const item = within(region).getByRole('button', { name: `Land ${letter}` });
      expect(item).toHaveAttribute('aria-pressed', 'false');
      fireEvent.click(item);
    }
    expect(named()).toHaveLength(claims.length);
  });
});
