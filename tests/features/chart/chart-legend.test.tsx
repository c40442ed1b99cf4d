import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OTHER_COLOR, type ClaimantEntry } from '../../../src/domain/claimant-colors';
import { ChartLegend, JointNote } from '../../../src/features/chart/chart-legend';

function entry(key: string, label: string, color: string, groups = [label]): ClaimantEntry {
  return { key, label, color, count: 1, groups };
}

const joint = entry('gb+usa', 'Joint: United Kingdom and United States', '#D55E00', [
  'United Kingdom',
  'United States',
]);
const entries = [
  entry('ukraine', 'Ukraine', '#0072B2'),
  joint,
  entry('estonia', 'Estonia', OTHER_COLOR),
  entry('latvia', 'Latvia', OTHER_COLOR),
];

function renderLegend(hidden: ReadonlySet<string> = new Set()) {
  const onToggle = vi.fn();
  render(<ChartLegend entries={entries} hidden={hidden} onToggle={onToggle} onHighlight={vi.fn()} />);
  return onToggle;
}

describe('ChartLegend', () => {
  it('lists a joint series under its own name and says what it means', () => {
    const onToggle = renderLegend();
    const legend = screen.getByRole('list', { name: 'Claimants' });
    fireEvent.click(within(legend).getByRole('button', { name: 'Joint: United Kingdom and United States' }));
    expect(onToggle).toHaveBeenCalledWith('gb+usa');
    render(<JointNote entries={entries} />);
    expect(screen.getByText(/drawn once in a series of their own/)).toHaveTextContent(
      'the Claimants filter finds them under each of them',
    );
  });

  it('names every grey claimant behind its disclosure, each a toggle', () => {
    const onToggle = renderLegend(new Set(['estonia', 'latvia']));
    const more = screen.getByRole('button', { name: '2 more claimants (grey, hidden)' });
    fireEvent.click(more);
    const list = screen.getByRole('list', { name: 'More claimants' });
    const latvia = within(list).getByRole('button', { name: 'Latvia' });
    expect(latvia).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(latvia);
    expect(onToggle).toHaveBeenCalledWith('latvia');
  });

  it('says nothing of joint claims when no series is joint', () => {
    render(
      <ChartLegend
        entries={entries.slice(0, 1)}
        hidden={new Set()}
        onToggle={vi.fn()}
        onHighlight={vi.fn()}
      />,
    );
    expect(screen.queryByText(/Joint:/)).toBeNull();
  });
});
