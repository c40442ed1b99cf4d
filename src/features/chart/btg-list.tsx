import { memo } from 'react';
import type { ClaimantScheme } from '../../domain/claimant-colors';
import type { Claim } from '../../domain/schema';
import { describeClaim } from '../../domain/series-labels';
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
        <ul className="chart-aside__list">
          {claims.slice(0, LIST_LIMIT).map((claim) => (
            <li key={claim.id}>
              <button
                type="button"
                className="chart-aside__claim"
                aria-pressed={claim.id === selectedClaimId}
                onClick={() => onSelectClaim(claim.id)}
              >
                <span
                  className="chart-legend__dot"
                  style={{ background: scheme.colorOf(scheme.keyOf(claim)) }}
                  aria-hidden="true"
                />
                {describeClaim(claim, scheme.namesOf(claim))} (no size per group)
              </button>
            </li>
          ))}
        </ul>
        {claims.length > LIST_LIMIT && (
          <p className="troop-chart__note">
            The first {LIST_LIMIT} of {claims.length}; &ldquo;Show as table&rdquo; lists them all.
          </p>
        )}
      </Disclosure>
    </div>
  );
});
