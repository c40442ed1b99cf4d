import { useMemo } from 'react';
import type { ClaimantScheme } from '../../domain/claimant-colors';
import type { Claim } from '../../domain/schema';
import { describeAmount, formatDay } from '../../domain/series-labels';
import { ReviewCell } from './review-cell';

/** Rows rendered at most; past this the filters narrow the list (the export has every claim). */
export const TABLE_ROW_LIMIT = 500;

const KIND_NAMES: Record<Claim['kind'], string> = {
  estimate: 'Estimate',
  forecast: 'Forecast',
  historical: 'Past deployment',
  increment: 'Added troops',
};

/** Props of the table: the same claims the chart shows. */
export interface ClaimsTableProps {
  claims: readonly Claim[];
  scheme: ClaimantScheme;
  selectedClaimId: string | null;
  onSelectClaim: (id: string) => void;
}

function newestFirst(a: Claim, b: Claim): number {
  const da = a.reportedOn ?? '';
  const db = b.reportedOn ?? '';
  return da !== db ? (da < db ? 1 : -1) : a.id < b.id ? -1 : 1;
}

/** The chart's claims as a table; the amount in each row is a button that selects the claim. */
export function ClaimsTable({ claims, scheme, selectedClaimId, onSelectClaim }: ClaimsTableProps) {
  // Sorted once per filter, not on every selection.
  const rows = useMemo(() => [...claims].sort(newestFirst).slice(0, TABLE_ROW_LIMIT), [claims]);
  return (
    <div className="claims-table">
      <table>
        <caption>
          {claims.length > rows.length
            ? `Showing the ${rows.length} newest of ${claims.length} claims; narrow the filters to see the rest.`
            : `${claims.length} claims`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Troops</th>
            <th scope="col">Kind</th>
            <th scope="col">Claimed by</th>
            <th scope="col">Quote</th>
            <th scope="col">Review</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((claim) => {
            const selected = claim.id === selectedClaimId;
            const key = scheme.keyOf(claim);
            return (
              <tr key={claim.id} aria-selected={selected} className={selected ? 'is-selected' : undefined}>
                <td>{claim.reportedOn ? formatDay(claim.reportedOn) : 'Unknown'}</td>
                <td>
                  <button type="button" aria-pressed={selected} onClick={() => onSelectClaim(claim.id)}>
                    {describeAmount(claim)}
                  </button>
                </td>
                <td>{KIND_NAMES[claim.kind]}</td>
                <td>
                  <span
                    className="claims-table__dot"
                    style={{ background: scheme.colorOf(key) }}
                    aria-hidden="true"
                  />
                  {scheme.labelOf(key)}
                </td>
                <td className="claims-table__quote">{claim.quote.text}</td>
                <ReviewCell claim={claim} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
