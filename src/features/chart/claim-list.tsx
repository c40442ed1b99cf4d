import type { ClaimantScheme } from '../../domain/claimant-colors';
import type { Claim } from '../../domain/schema';
import { describeClaim } from '../../domain/series-labels';

/** Props: the claims, how many to list, the selection, and what the lists under the plot add to each. */
export interface ClaimListProps {
  claims: readonly Claim[];
  limit: number;
  scheme: ClaimantScheme;
  selectedClaimId: string | null;
  onSelectClaim: (id: string) => void;
  /** Said after each claim, e.g. " (no size per group)". */
  suffix?: string;
  /** Where the claims beyond the limit are: "narrow the dates or use the table for the rest". */
  rest: string;
}

/** Claims under the plot, each a button in its claimant's colour that selects it; a note when some are left out. */
export function ClaimList(props: ClaimListProps) {
  const { claims, limit, scheme, selectedClaimId, onSelectClaim, suffix = '', rest } = props;
  return (
    <>
      <ul className="chart-aside__list">
        {claims.slice(0, limit).map((claim) => (
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
              {describeClaim(claim, scheme.namesOf(claim))}
              {suffix}
            </button>
          </li>
        ))}
      </ul>
      {claims.length > limit && (
        <p className="troop-chart__note">
          The first {limit} of {claims.length}; {rest}.
        </p>
      )}
    </>
  );
}
