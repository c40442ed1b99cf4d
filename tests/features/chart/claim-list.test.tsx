import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildClaimantScheme } from '../../../src/domain/claimant-colors';
import { ClaimList } from '../../../src/features/chart/claim-list';
import { miniDataset } from '../../fixtures/mini-dataset';

const scheme = buildClaimantScheme(miniDataset.claims, miniDataset.actors);
const claims = miniDataset.claims.filter((c) => c.claimantIds.length > 0).slice(0, 3);

describe('ClaimList', () => {
  it('lists claims up to its limit as buttons that select them, and says where the rest are', () => {
    const onSelectClaim = vi.fn();
    render(
      <ClaimList
        claims={claims}
        limit={2}
        scheme={scheme}
        selectedClaimId={claims[1]!.id}
        onSelectClaim={onSelectClaim}
        suffix=" (no size per group)"
        rest="the table lists them all"
      />,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(2);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
    expect(buttons[0]).toHaveAccessibleName(/, claimed by .*\d{4} \(no size per group\)$/);
    fireEvent.click(buttons[0]!);
    expect(onSelectClaim).toHaveBeenCalledWith(claims[0]!.id);
    expect(screen.getByText('The first 2 of 3; the table lists them all.')).toBeInTheDocument();
  });

  it('adds no note when every claim is listed', () => {
    render(
      <ClaimList
        claims={claims}
        limit={3}
        scheme={scheme}
        selectedClaimId={null}
        onSelectClaim={() => undefined}
        rest="the table lists them all"
      />,
    );
    expect(screen.getAllByRole('button')).toHaveLength(3);
    expect(screen.queryByText(/The first/)).toBeNull();
  });
});
