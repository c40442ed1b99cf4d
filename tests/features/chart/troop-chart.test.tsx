import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { buildClaimantScheme } from '../../../src/domain/claimant-colors';
import type { Claim } from '../../../src/domain/schema';
import { ChartRegion } from '../../../src/features/chart/chart-region';
import { TroopChart, type TroopChartProps } from '../../../src/features/chart/troop-chart';
import { miniDataset } from '../../fixtures/mini-dataset';

const scheme = buildClaimantScheme(miniDataset.claims, miniDataset.actors);
const claimsById = new Map(miniDataset.claims.map((c) => [c.id, c]));

function renderChart(overrides: Partial<TroopChartProps> = {}) {
  const onSelectClaim = vi.fn();
  const onModeChange = vi.fn();
  const onRangeChange = vi.fn();
  const props: TroopChartProps = {
    claims: miniDataset.claims,
    claimsById,
    events: miniDataset.events,
    scheme,
    selectedClaimId: null,
    onSelectClaim,
    mode: 'chart',
    onModeChange,
    from: null,
    to: null,
    extent: { min: '2021-11-28', max: '2022-02-11' },
    onRangeChange,
    ...overrides,
  };
  render(
    <ChartRegion>
      <TroopChart {...props} />
    </ChartRegion>,
  );
  return {
    onSelectClaim,
    onModeChange,
    onRangeChange,
    region: screen.getByRole('region', { name: 'Troop numbers' }),
  };
}

const biden = miniDataset.claims.find((c) => c.valueMin === 130000) as Claim;

describe('TroopChart', () => {
  const marksOf = (region: HTMLElement) =>
    within(region)
      .getAllByRole('button')
      .filter((b) => b.tagName.toLowerCase() === 'g');

  it('draws one named mark per plotted claim, one tab stop for all of them', () => {
    const { region } = renderChart();
    const marks = marksOf(region);
    expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual(
      expect.arrayContaining([
        'more than 130,000 troops, claimed by Joe Biden (United States), 11 Feb 2022',
        'tens of thousands (20,000–90,000) troops, unattributed, 3 Dec 2021',
        "as many as 175,000 troops (forecast), claimed by Ukraine's defence ministry (Ukraine), 28 Nov 2021",
      ]),
    );
    expect(marks).toHaveLength(7);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '-1')).toHaveLength(6);
  });

  it('moves between marks with the arrow keys, Home and End, left to right', () => {
    const { region } = renderChart();
    const marks = marksOf(region);
    const first = marks[0]!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(marks[1]);
    expect(marks[1]).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('tabindex', '-1');
    fireEvent.keyDown(marks[1]!, { key: 'End' });
    expect(document.activeElement).toBe(marks[6]);
    fireEvent.keyDown(marks[6]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(marks[6]);
    fireEvent.keyDown(marks[6]!, { key: 'Home' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(first);
  });

  it('hides and shows a claimant from its legend item', () => {
    const { region } = renderChart();
    const before = marksOf(region).length;
    const legend = within(region).getByRole('list', { name: 'Claimants' });
    const us = within(legend).getByRole('button', { name: 'United States' });
    expect(us).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(us);
    expect(us).toHaveAttribute('aria-pressed', 'false');
    const after = marksOf(region);
    expect(after.length).toBeLessThan(before);
    expect(after.some((m) => /United States/.test(m.getAttribute('aria-label') ?? ''))).toBe(false);
    fireEvent.click(us);
    expect(marksOf(region)).toHaveLength(before);
  });

  it('selects a claim on click, Enter and Space, and shows its quote on focus', async () => {
    const user = userEvent.setup();
    const { onSelectClaim, region } = renderChart();
    const mark = within(region).getByRole('button', { name: /^more than 130,000 troops/ });
    await user.click(mark);
    expect(onSelectClaim).toHaveBeenLastCalledWith(biden.id);
    fireEvent.focus(mark);
    expect(screen.getByRole('tooltip')).toHaveTextContent(biden.quote.text);
    fireEvent.keyDown(mark, { key: 'Enter' });
    fireEvent.keyDown(mark, { key: ' ' });
    expect(onSelectClaim).toHaveBeenCalledTimes(3);
    fireEvent.blur(mark);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('emphasises the selected claim', () => {
    const { region } = renderChart({ selectedClaimId: biden.id });
    expect(within(region).getByRole('button', { name: /^more than 130,000 troops/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('shows a legend of claimants and symbols, and the BTG count kept apart', () => {
    const { region, onSelectClaim } = renderChart();
    const claimants = within(region).getByRole('list', { name: 'Claimants' });
    expect(
      within(claimants)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['United States', 'Ukraine', 'Nato', 'Unattributed']);
    expect(within(region).getByRole('list', { name: 'Symbols' })).toHaveTextContent(/Forecast/);
    expect(region).toHaveTextContent('1 BTG claim without a size per group');
    fireEvent.click(within(region).getByRole('button', { name: /^100 battalion tactical groups/ }));
    expect(onSelectClaim).toHaveBeenCalledWith(miniDataset.claims.find((c) => c.unit === 'btg')?.id);
  });

  it('toggles to a table of every claim with selectable rows', async () => {
    function Harness() {
      const [mode, setMode] = useState<'chart' | 'table' | 'compare'>('chart');
      const [selected, setSelected] = useState<string | null>(null);
      return (
        <TroopChart
          {...{
            claims: miniDataset.claims,
            claimsById,
            events: miniDataset.events,
            scheme,
            from: null,
            to: null,
          }}
          {...{ selectedClaimId: selected, onSelectClaim: setSelected, mode, onModeChange: setMode }}
          {...{ extent: null, onRangeChange: () => undefined }}
        />
      );
    }
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(miniDataset.claims.length + 1);
    await user.click(within(table).getByRole('button', { name: 'more than 130,000 troops' }));
    expect(within(table).getByRole('button', { name: 'more than 130,000 troops' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('sets the date range from its sliders, clearing a side dragged back to the edge', () => {
    const { onRangeChange } = renderChart({ from: '2021-12-01' });
    const start = screen.getByRole('slider', { name: 'Start of range' });
    expect(start).toHaveAttribute('aria-valuetext', '1 Dec 2021');
    fireEvent.change(start, { target: { value: '10' } });
    expect(onRangeChange).toHaveBeenLastCalledWith({ from: '2021-12-08', to: null });
    fireEvent.change(start, { target: { value: '0' } });
    expect(onRangeChange).toHaveBeenLastCalledWith({ from: null, to: null });
  });

  it('says so when nothing dated matches', () => {
    renderChart({ claims: [], events: [] });
    expect(screen.getByText('No dated troop numbers match the filters.')).toBeInTheDocument();
  });
});

describe('TroopChart at scale', () => {
  const template = biden;
  const many: Claim[] = Array.from({ length: 400 }, (_, i) => ({
    ...template,
    id: `${template.id}-x${i}`,
    reportedOn: `2022-02-${String(1 + (i % 20)).padStart(2, '0')}`,
    troopsMin: 1000 * (i + 1),
    troopsMax: 1000 * (i + 1),
  }));
  const manyById = new Map(many.map((c) => [c.id, c]));

  it('bins claims that outnumber the pixels, names each bin and emphasises the bin holding the selection', () => {
    const { region, onSelectClaim } = renderChart({
      claims: many,
      claimsById: manyById,
      selectedClaimId: many[0]?.id ?? null,
    });
    const marks = within(region).getAllByRole('button', {
      name: /claims: .* troops, claimed by United States, /,
    });
    expect(marks).toHaveLength(20);
    // 1,000, 21,000 … 381,000: the median of twenty values, not the largest.
    const first = within(region).getByRole('button', {
      name: '20 claims: median 191,000 (spread 1,000–381,000) troops, claimed by United States, 1 Feb 2022',
    });
    expect(first).toHaveAttribute('aria-pressed', 'true');
    expect(region).toHaveTextContent('20 marks stand for 400 claims, grouped per claimant and day');
    fireEvent.click(first);
    expect(onSelectClaim).not.toHaveBeenCalled();
    const list = within(region).getByRole('region', { name: 'Claims in this mark' });
    const listed = within(list).getAllByRole('button', { name: /troops/ });
    expect(listed).toHaveLength(20);
    fireEvent.click(listed[19]!);
    expect(onSelectClaim).toHaveBeenCalledWith(many[380]?.id);
  });

  it('says a joint series was claimed jointly, in the aggregate, its tooltip, its list and each claim', () => {
    // Claims made together by Joe Biden and Jens Stoltenberg: the series "Joint: Nato and United States".
    const joint = many.map((c) => ({ ...c, claimantIds: ['biden', 'stoltenberg'] }));
    const { region } = renderChart({
      claims: joint,
      claimsById: new Map(joint.map((c) => [c.id, c])),
      scheme: buildClaimantScheme(joint, miniDataset.actors),
    });
    const legend = within(region).getByRole('list', { name: 'Claimants' });
    expect(within(legend).getByRole('button', { name: 'Joint: Nato and United States' })).toBeInTheDocument();
    const first = within(region).getByRole('button', {
      name: '20 claims: median 191,000 (spread 1,000–381,000) troops, claimed jointly by Nato and United States, 1 Feb 2022',
    });
    expect(within(region).queryAllByRole('button', { name: /claims: .*, claimed by / })).toEqual([]);
    fireEvent.focus(first);
    expect(screen.getByRole('tooltip')).toHaveTextContent('claimed jointly by Nato and United States');
    fireEvent.click(first);
    const list = within(region).getByRole('region', { name: 'Claims in this mark' });
    expect(list).toHaveTextContent('20 claims: median 191,000');
    const listed = within(list).getAllByRole('button', { name: /troops/ });
    expect(listed[0]).toHaveAccessibleName(
      'more than 1,000 troops, claimed jointly by Joe Biden (United States) and Jens Stoltenberg (Nato), 1 Feb 2022',
    );
  });
});
