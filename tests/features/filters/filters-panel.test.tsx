import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FiltersPanel, type FiltersPanelProps } from '../../../src/features/filters/filters-panel';

const options: FiltersPanelProps['options'] = {
  actors: [
    { id: 'russia', label: 'Russia' },
    { id: 'stoltenberg', label: 'Jens Stoltenberg' },
    { id: 'ukraine', label: 'Ukraine' },
  ],
  claimants: [
    { id: 'usa', label: 'United States', detail: '(5)' },
    { id: 'unattributed', label: 'Unattributed (the outlet itself)', detail: '(2)' },
  ],
  places: [{ id: 'kyiv', label: 'Kyiv' }],
};

function renderPanel(patch: Partial<FiltersPanelProps> = {}) {
  const props: FiltersPanelProps = {
    values: { from: null, to: null, actors: [], claimants: [], places: [] },
    bounds: { min: '2021-11-01', max: '2022-02-24' },
    options,
    counts: { claims: 1234, articles: 5, events: 1 },
    onChange: vi.fn(),
    onReset: vi.fn(),
    onExport: vi.fn(),
    ...patch,
  };
  render(<FiltersPanel {...props} />);
  return { props, group: screen.getByRole('group', { name: 'Filters' }) };
}

afterEach(() => vi.unstubAllGlobals());

describe('FiltersPanel', () => {
  it('shows the counts and date inputs bounded by the data', () => {
    const { group } = renderPanel();
    expect(within(group).getByText('1,234 claims · 5 articles · 1 event')).toBeInTheDocument();
    const from = within(group).getByLabelText('From');
    expect(from).toHaveAttribute('type', 'date');
    expect(from).toHaveAttribute('min', '2021-11-01');
    expect(within(group).getByLabelText('To')).toHaveAttribute('max', '2022-02-24');
  });

  it('reports a typed date, and clears it with an empty value', async () => {
    const { group, props } = renderPanel({
      values: { from: '2021-12-01', to: null, actors: [], claimants: [], places: [] },
    });
    const user = userEvent.setup();
    await user.clear(within(group).getByLabelText('From'));
    expect(props.onChange).toHaveBeenLastCalledWith({ from: null });
    await user.type(within(group).getByLabelText('To'), '2022-01-31');
    expect(props.onChange).toHaveBeenLastCalledWith({ to: '2022-01-31' });
  });

  it('picks actors from a searchable list and closes on Escape', async () => {
    const { group, props } = renderPanel();
    const user = userEvent.setup();
    const button = within(group).getByRole('button', { name: 'Actors' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(within(group).queryByRole('checkbox')).toBeNull();
    await user.click(button);
    expect(within(group).getAllByRole('checkbox')).toHaveLength(3);
    await user.type(within(group).getByRole('searchbox', { name: 'Search actors' }), 'ukr');
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['Ukraine']);
    await user.click(within(group).getByRole('checkbox', { name: 'Ukraine' }));
    expect(props.onChange).toHaveBeenCalledWith({ actors: ['ukraine'] });
    await user.keyboard('{Escape}');
    expect(within(group).queryByRole('checkbox')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('shows chosen options as removable chips', async () => {
    const { group, props } = renderPanel({
      values: {
        from: null,
        to: null,
        actors: ['russia', 'ukraine'],
        claimants: ['unattributed'],
        places: [],
      },
    });
    expect(within(group).getByRole('button', { name: 'Actors (2)' })).toBeInTheDocument();
    await userEvent.setup().click(within(group).getByRole('button', { name: 'Remove Russia' }));
    expect(props.onChange).toHaveBeenCalledWith({ actors: ['ukraine'] });
    expect(
      within(group).getByRole('button', { name: 'Remove Unattributed (the outlet itself)' }),
    ).toBeVisible();
  });

  it('keeps the date labels unique within the group while pickers are closed', () => {
    const { group } = renderPanel({
      values: { from: null, to: null, actors: ['stoltenberg'], claimants: [], places: [] },
    });
    // Playwright matches labels by substring: "To" must not also hit "Actors" or a chip's name.
    expect(group.querySelectorAll('[aria-label], [aria-labelledby]')).toHaveLength(0);
    expect(group.querySelectorAll('label')).toHaveLength(2);
  });

  it('resets only when something is filtered', async () => {
    renderPanel();
    expect(screen.getByRole('button', { name: 'Reset filters' })).toBeDisabled();
  });

  it('resets on request', async () => {
    const { props } = renderPanel({
      values: { from: '2022-01-01', to: null, actors: [], claimants: [], places: [] },
    });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(props.onReset).toHaveBeenCalledOnce();
  });

  it('exports CSV or JSON', async () => {
    const { props } = renderPanel();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(props.onExport).toHaveBeenCalledWith('csv');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(props.onExport).toHaveBeenLastCalledWith('json');
  });

  it('copies the link with the clipboard API', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });

  it('falls back to a selected field without the clipboard API', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Link' });
    expect(field).toHaveValue(window.location.href);
    expect(field).toHaveFocus();
    expect(screen.getByText(/Link selected/)).toBeInTheDocument();
  });

  it('folds behind a "Filters" button on a phone, saying how many filters are on', async () => {
    const { group } = renderPanel({
      collapsible: true,
      values: { from: '2022-01-01', to: null, actors: ['russia', 'ukraine'], claimants: [], places: [] },
    });
    const toggle = within(group).getByRole('button', { name: 'Filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(group).getByText('3 active')).toBeInTheDocument();
    expect(within(group).getByText('1,234 claims · 5 articles · 1 event')).toBeInTheDocument();
    expect(within(group).queryByLabelText('From')).toBeNull();
    expect(within(group).queryByRole('button', { name: 'Reset filters' })).toBeNull();

    await userEvent.setup().click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(group).getByLabelText('From')).toHaveValue('2022-01-01');
    for (const name of ['Actors (2)', 'Claimants', 'Places', 'Reset filters', 'Copy link', 'Export']) {
      expect(within(group).getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('says nothing is on when no filter is set, folded', () => {
    const { group } = renderPanel({ collapsible: true });
    expect(within(group).queryByText(/active/)).toBeNull();
  });
});
