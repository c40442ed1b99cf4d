import type { ClaimantScheme } from '../../domain/claimant-colors';
import type { Claim } from '../../domain/schema';
import { describeClaim } from '../../domain/series-labels';

/** Props: BTG counts that give no troops per group, so no troop number to plot. */
export interface BtgListProps {
  claims: readonly Claim[];
  scheme: ClaimantScheme;
  selectedClaimId: string | null;
  onSelectClaim: (id: string) => void;
}

/** BTG counts without a size per group, kept apart from the troop axis and still selectable. */
export function BtgList({ claims, scheme, selectedClaimId, onSelectClaim }: BtgListProps) {
  if (claims.length === 0) return null;
  return (
    <div className="chart-aside">
      <p className="chart-aside__title">
        {claims.length} BTG {claims.length === 1 ? 'claim' : 'claims'} without a size per group
      </p>
      <ul>
        {claims.slice(0, 50).map((claim) => (
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
    </div>
  );
}
