import type { ClaimantScheme } from '../../domain/claimant-colors';
import type { Claim } from '../../domain/schema';
import type { ClaimMark } from '../../domain/series';
import type { Binning } from '../../domain/series-time';
import { claimedBy, describeClaim, formatCount, formatDay, formatRange } from '../../domain/series-labels';
import { MONTH_NAMES } from '../../domain/months';

function period(day: string, binning: Binning): string {
  if (binning === 'month') return `${MONTH_NAMES[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
  return binning === 'week' ? `week of ${formatDay(day)}` : formatDay(day);
}

/** "median 120,000 (90,000–150,000)" for a bin's point estimates, plus how many vague amounts and their band. */
function binValues(mark: ClaimMark): string {
  const parts: string[] = [];
  if (mark.points > 0) {
    const spread = mark.low === mark.high ? '' : ` (spread ${formatRange(mark.low, mark.high)})`;
    parts.push(`median ${formatCount(mark.mid)}${spread} troops`);
  }
  const vague = mark.count - mark.points;
  if (mark.band && vague > 0) {
    const what = vague === 1 ? '1 vague amount' : `${vague} vague amounts`;
    parts.push(`${what} read as ${formatRange(mark.band.low, mark.band.high)} troops`);
  }
  return parts.join(', ');
}

/** A mark's accessible name: the claim's description, or a summary of the bin it stands for. */
export function markLabel(
  mark: ClaimMark,
  claims: ReadonlyMap<string, Claim>,
  scheme: ClaimantScheme,
  binning: Binning,
): string {
  const claim = claims.get(mark.claimId);
  if (mark.count === 1 && claim) return describeClaim(claim, scheme.namesOf(claim));
  // The mark's series names its groups, as the legend does; a joint series' claims were each made by all of them.
  const names =
    claim && scheme.namesOf(claim).length ? mark.key.split('+').map((k) => scheme.labelOf(k)) : [];
  const by = claimedBy(names);
  const kind = mark.forecast ? ' (forecasts)' : '';
  return `${mark.count} claims${kind}: ${binValues(mark)}, ${by}, ${period(mark.day, binning)}`;
}
