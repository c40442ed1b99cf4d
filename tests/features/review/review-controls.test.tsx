import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { actorGroupChoices } from '../../../src/domain/claimant-colors';
import { buildIndex, UNATTRIBUTED } from '../../../src/domain/dataset-index';
import { applyReview, reviewOf, valuesOf, type Review } from '../../../src/domain/reviews';
import { ReviewControls } from '../../../src/features/review/review-controls';
import { miniDataset } from '../../fixtures/mini-dataset';

const AT = '2022-03-01T00:00:00.000Z';
const claim = miniDataset.claims.find((c) => c.valueMin === 94_000)!;
const actors = actorGroupChoices(miniDataset.actors);

function renderControls(shown = claim as Parameters<typeof ReviewControls>[0]['claim']) {
  const onRecord = vi.fn<(review: Review, action: string) => void>();
  const onUndo = vi.fn();
  render(
    <ReviewControls
      claim={shown}
      actors={actors}
      lastAction={null}
      canUndo={false}
      onRecord={onRecord}
      onUndo={onUndo}
      now={() => AT}
    />,
  );
  return { onRecord, onUndo };
}

describe('ReviewControls', () => {
  it('confirms and rejects from the keyboard', async () => {
    const user = userEvent.setup();
    const { onRecord } = renderControls();
    expect(screen.getByText(/Review status:/)).toHaveTextContent('Review status: Unreviewed');
    screen.getByRole('button', { name: 'Confirm' }).focus();
    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard(' ');
    expect(onRecord.mock.calls.map(([r]) => r.status)).toEqual(['confirmed', 'rejected']);
    expect(onRecord.mock.calls[0]![0]).toMatchObject({ claimId: claim.id, correction: null, reviewedAt: AT });
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  it('corrects through the form, refusing a reversed range with a message', async () => {
    const user = userEvent.setup();
    const { onRecord } = renderControls();
    await user.click(screen.getByRole('button', { name: 'Correct' }));
    const low = screen.getByLabelText('Lowest value');
    expect(low).toHaveFocus();
    await user.clear(low);
    await user.type(low, '200,000');
    await user.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The lowest value is larger than the highest.');
    expect(onRecord).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('Highest value'));
    await user.type(screen.getByLabelText('Highest value'), '250000');
    await user.selectOptions(screen.getByLabelText('Kind'), 'forecast');
    await user.type(screen.getByLabelText('Note'), 'Two sources agree.');
    await user.click(screen.getByRole('button', { name: 'Save correction' }));
    const [review] = onRecord.mock.calls[0]!;
    expect(review).toMatchObject({
      status: 'corrected',
      note: 'Two sources agree.',
      original: valuesOf(claim),
    });
    expect(review.correction).toMatchObject({ valueMin: 200_000, valueMax: 250_000, kind: 'forecast' });
    expect(screen.queryByRole('form', { name: 'Correct the claim' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Correct' })).toHaveFocus();
  });

  it('says what a correction replaced, and Escape closes the form', async () => {
    const user = userEvent.setup();
    const fixed = { ...valuesOf(claim), valueMin: 100_000, valueMax: 100_000 };
    renderControls(applyReview(claim, reviewOf(claim, 'corrected', 'checked', fixed, AT)));
    expect(screen.getByText(/Review status:/)).toHaveTextContent(
      'Review status: Corrected (corrected: was 94,000) · Note: checked',
    );
    await user.click(screen.getByRole('button', { name: 'Correct' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Correct the claim' })).toBeNull();
  });

  it('lists the claimants under their groups, named and ordered as the claimant filter names them', async () => {
    const user = userEvent.setup();
    const { onRecord } = renderControls();
    await user.click(screen.getByRole('button', { name: 'Correct' }));
    const select = screen.getByRole('listbox', { name: 'Claimants' });
    const groups = within(select).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual([
      'Belarus',
      'Nato',
      'Russia',
      'Ukraine',
      'United States',
    ]);
    const us = groups[4]!;
    expect(
      within(us)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'United States',
      'A US official (United States)',
      'Joe Biden (United States)',
      'US intelligence (United States)',
    ]);
    // The filter's own list, built from the claims: each of its names is offered here under the same words.
    const offered = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    const filter = buildIndex(miniDataset).claimantOptions.filter((o) => o.id !== UNATTRIBUTED);
    expect(offered.filter((name) => filter.some((o) => o.name === name))).toEqual(filter.map((o) => o.name));
    // The claim's own claimant starts chosen; another is added beside it.
    expect(within(us).getByRole('option', { name: 'US intelligence (United States)' })).toHaveProperty(
      'selected',
      true,
    );
    await user.selectOptions(select, 'stoltenberg');
    await user.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(onRecord.mock.calls[0]![0].correction?.claimantIds.sort()).toEqual([
      'stoltenberg',
      'us-intelligence',
    ]);
  });
});
