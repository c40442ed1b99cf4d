import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OTHER_COLOR, type ClaimantEntry } from '../../../src/domain/claimant-colors';
import { MapLegend } from '../../../src/features/map/map-legend';

function entry(key: string, label: string, color: string, groups = [label]): ClaimantEntry {
  return { key, label, color, count: 1, groups };
}

const named = [
  entry('ukraine', 'Ukraine', '#0072B2'),
  entry('gb+usa', 'Joint: United Kingdom and United States', '#D55E00', ['United Kingdom', 'United States']),
];
const grey = [entry('estonia', 'Estonia', OTHER_COLOR), entry('latvia', 'Latvia', OTHER_COLOR)];

describe('MapLegend', () => {
  it('names the grey claimants behind a button, by the names the other views use', () => {
    render(<MapLegend entries={[...named, ...grey]} maxValue={100_000} />);
    const claimants = screen.getByRole('list', { name: 'Map claimants' });
    expect(
      within(claimants)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ukraine', 'Joint: United Kingdom and United States', '2 other claimants (grey)']);
    const toggle = screen.getByRole('button', { name: '2 other claimants (grey)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Other claimants (grey)' })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const others = screen.getByRole('list', { name: 'Other claimants (grey)' });
    expect(
      within(others)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Estonia', 'Latvia']);
  });

  it('explains a joint series, and says nothing of it or of greys when there are none', () => {
    const { rerender } = render(<MapLegend entries={named} maxValue={100_000} />);
    expect(screen.getByText(/Joint: a claim made together by several claimants/)).toBeInTheDocument();
    rerender(<MapLegend entries={named.slice(0, 1)} maxValue={100_000} />);
    expect(screen.queryByText(/Joint: a claim made together/)).toBeNull();
    expect(screen.queryByRole('button', { name: /other claimant/ })).toBeNull();
    expect(screen.queryByText(/Crowded/)).toBeNull();
  });

  it('says how many symbols a crowded map leaves out, and where they are listed', () => {
    render(<MapLegend entries={named} maxValue={100_000} leftOut={1_234} />);
    expect(screen.getByText(/Crowded: 1,234 smaller symbols are left out/)).toHaveTextContent(
      '“Places on the map” lists every one.',
    );
  });
});
