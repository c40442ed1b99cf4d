import { memo } from 'react';
import type { ClaimantScheme } from '../../domain/claimant-colors';
import type { Claim } from '../../domain/schema';
import { ClaimList } from './claim-list';
import { Disclosure } from './disclosure';

/** Claims listed at most (the table lists them all); a short list starts open, a long one collapsed. */
const LIST_LIMIT = 50;
const OPEN_UP_TO = 3;

/** Props: BTG counts that give no troops per group, so no troop number to plot. */
export interface BtgListProps {
  claims: readonly Claim[];
  scheme: ClaimantScheme;
  selectedClaimId: string | null;
  onSelectClaim: (id: string) => void;
}

/** BTG counts without a size per group, kept apart from the troop axis and still selectable. */
export const BtgList = memo(function BtgList({
  claims,
  scheme,
  selectedClaimId,
  onSelectClaim,
}: BtgListProps) {
  if (claims.length === 0) return null;
  return (
    <div className="chart-aside">
      <Disclosure
        label={`${claims.length} BTG ${claims.length === 1 ? 'claim' : 'claims'} without a size per group`}
        initiallyOpen={claims.length <= OPEN_UP_TO}
      >
        <ClaimList
          claims={claims}
          limit={LIST_LIMIT}
          scheme={scheme}
          selectedClaimId={selectedClaimId}
          onSelectClaim={onSelectClaim}
          suffix=" (no size per group)"
          rest="“Show as table” lists them all"
        />
      </Disclosure>
    </div>
  );
});
