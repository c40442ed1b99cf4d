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

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('FiltersPanel', () => {
  it("shows the counts and date fields in the locale's order (en-US in jsdom)", () => {
    const { group } = renderPanel({
      values: { from: '2021-12-01', to: null, actors: [], claimants: [], places: [] },
    });
    expect(within(group).getByText('1,234 claims · 5 articles · 1 event')).toBeInTheDocument();
    const from = within(group).getByLabelText('From');
    expect(from).toHaveValue('12/01/2021');
    expect(from).toHaveAttribute('placeholder', 'mm/dd/yyyy');
  });

  it('commits a typed date only once complete, and clears it with an empty value', async () => {
    const { group, props } = renderPanel({
      values: { from: '2021-12-01', to: null, actors: [], claimants: [], places: [] },
    });
    const user = userEvent.setup();
    await user.clear(within(group).getByLabelText('From'));
    expect(props.onChange).toHaveBeenLastCalledWith({ from: null });
    vi.mocked(props.onChange).mockClear();
    await user.type(within(group).getByLabelText('To'), '02142022');
    // (From, left without a change by the parent in this test, commits its empty value again on blur.)
    const toCalls = vi.mocked(props.onChange).mock.calls.filter(([patch]) => 'to' in patch);
    expect(toCalls).toEqual([[{ to: '2022-02-14' }]]);
    expect(props.onChange).toHaveBeenLastCalledWith({ to: '2022-02-14' });
    vi.mocked(props.onChange).mockClear();
    await user.clear(within(group).getByLabelText('To'));
    await user.type(within(group).getByLabelText('To'), '2022-01-31');
    expect(props.onChange).toHaveBeenLastCalledWith({ to: '2022-01-31' });
    // Never a partial date: "2022-01-3" is not committed as the 3rd.
    expect(vi.mocked(props.onChange).mock.calls).not.toContainEqual([{ to: '2022-01-03' }]);
  });

  it('reads day first in en-GB', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB');
    const { group, props } = renderPanel();
    const from = within(group).getByLabelText('From');
    expect(from).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    await userEvent.setup().type(from, '14/02/2022');
    expect(props.onChange).toHaveBeenCalledTimes(1);
    expect(props.onChange).toHaveBeenLastCalledWith({ from: '2022-02-14' });
  });

  it('says inline when a typed date is not a date or is out of range, and commits nothing', async () => {
    const { group, props } = renderPanel();
    const user = userEvent.setup();
    const from = within(group).getByLabelText('From');
    await user.type(from, '02/30/2022');
    await user.tab();
    expect(within(group).getByRole('alert')).toHaveTextContent(
      '“02/30/2022” is not a date: type it as mm/dd/yyyy.',
    );
    expect(from).toHaveAttribute('aria-invalid', 'true');
    await user.clear(from);
    await user.type(from, '01/05/2020{Enter}');
    expect(within(group).getByRole('alert')).toHaveTextContent(
      'Out of range: choose a day from 1 Nov 2021 to 24 Feb 2022.',
    );
    expect(props.onChange).not.toHaveBeenCalledWith({ from: expect.stringMatching(/^2020/) });
    expect(props.onChange).not.toHaveBeenCalledWith({ from: expect.stringMatching(/^2022-02-3/) });
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
    expect(within(group).getByLabelText('From')).toHaveValue('01/01/2022');
    for (const name of ['Actors (2)', 'Claimants', 'Places', 'Reset filters', 'Copy link', 'Export']) {
      expect(within(group).getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('says nothing is on when no filter is set, folded', () => {
    const { group } = renderPanel({ collapsible: true });
    expect(within(group).queryByText(/active/)).toBeNull();
  });
});
