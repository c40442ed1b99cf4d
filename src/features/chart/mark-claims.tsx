import type { ClaimantScheme } from '../../domain/claimant-colors';
import type { Claim } from '../../domain/schema';
import type { ClaimMark } from '../../domain/series';
import { ClaimList } from './claim-list';

/** Claims listed at most; the table (or a narrower date filter) shows the rest. */
const LIST_LIMIT = 100;

/** Props: the opened aggregate, the claims it stands for, and the selection. */
export interface MarkClaimsProps {
  mark: ClaimMark;
  label: string;
  claimsById: ReadonlyMap<string, Claim>;
  scheme: ClaimantScheme;
  selectedClaimId: string | null;
  onSelectClaim: (id: string) => void;
  onClose: () => void;
}

/** The claims behind an aggregate mark, each a button that selects it: what clicking the mark opens. */
export function MarkClaims(props: MarkClaimsProps) {
  const { mark, label, claimsById, scheme, selectedClaimId, onSelectClaim, onClose } = props;
  const claims = mark.claimIds.flatMap((id) => claimsById.get(id) ?? []);
  return (
    <section className="chart-aside mark-claims" aria-label="Claims in this mark">
      <div className="mark-claims__head">
        <p className="chart-aside__title">{label}</p>
        <button type="button" onClick={onClose}>
          Close list
        </button>
      </div>
      <ClaimList
        claims={claims}
        limit={LIST_LIMIT}
        scheme={scheme}
        selectedClaimId={selectedClaimId}
        onSelectClaim={onSelectClaim}
        rest="narrow the dates or use the table for the rest"
      />
    </section>
  );
}
