import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { applyReview, reviewOf, valuesOf, type Review } from '../../../src/domain/reviews';
import { ReviewControls } from '../../../src/features/review/review-controls';
import { miniDataset } from '../../fixtures/mini-dataset';

const AT = '2022-03-01T00:00:00.000Z';
const claim = miniDataset.claims.find((c) => c.valueMin === 94_000)!;
const actors = miniDataset.actors.map((a) => ({ id: a.id, name: a.name }));

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
});
