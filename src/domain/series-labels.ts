/** Words for claims: the spoken and written labels the chart, its table and the map share. */
import { joinNames } from './claimant-colors';
import type { ReviewedClaim } from './reviews';
import type { Claim, Day } from './schema';
import { MONTH_ABBREVIATIONS } from './months';

const numbers = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "15 Feb 2022" from "2022-02-15", without going through a time zone. */
export function formatDay(day: Day): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTH_ABBREVIATIONS[(m ?? 1) - 1]} ${y}`;
}

/** "130,000". */
export function formatCount(n: number): string {
  return numbers.format(n);
}

/** "130,000" or "100,000–120,000". */
export function formatRange(low: number, high: number): string {
  return low === high ? formatCount(low) : `${formatCount(low)}–${formatCount(high)}`;
}

/** The number phrase as the article wrote it, when the quote contains it. */
export function valuePhrase(claim: Claim): string | null {
  const start = claim.valueSpan.start - claim.quote.start;
  const end = claim.valueSpan.end - claim.quote.start;
  if (start < 0 || end > claim.quote.text.length || end <= start) return null;
  return claim.quote.text.slice(start, end);
}

/**
 * The amount in troops as a reader should hear it: "about 94,000 troops", "100,000–120,000 troops",
 * "tens of thousands (20,000–90,000) troops", "100 battalion tactical groups (75,000–85,000 troops)".
 */
export function describeAmount(claim: Claim): string {
  const hedge = claim.qualifier && !claim.vague ? `${claim.qualifier} ` : '';
  if (claim.unit === 'btg') {
    const groups = `${hedge}${formatRange(claim.valueMin, claim.valueMax)} battalion tactical groups`;
    if (claim.troopsMin === null || claim.troopsMax === null) return groups;
    return `${groups} (${formatRange(claim.troopsMin, claim.troopsMax)} troops)`;
  }
  const range = formatRange(claim.troopsMin ?? claim.valueMin, claim.troopsMax ?? claim.valueMax);
  if (claim.vague) {
    const phrase = valuePhrase(claim)?.toLowerCase() ?? 'an unspecified number of';
    return `${phrase} (${range}) troops`;
  }
  return `${hedge}${range} troops`;
}

const KIND_WORDS: Record<Claim['kind'], string> = {
  estimate: '',
  forecast: ' (forecast)',
  historical: ' (past deployment)',
  increment: ' (added troops)',
};

/**
 * Who made a claim, or a bin of claims with the same claimants: "claimed by United States", "claimed jointly by Nato
 * and United States" (one claim made by both, never some by one and some by the other), or "unattributed".
 */
export function claimedBy(names: readonly string[]): string {
  if (names.length === 0) return 'unattributed';
  return `claimed ${names.length > 1 ? 'jointly ' : ''}by ${joinNames(names)}`;
}

/** "130,000 troops, claimed jointly by United Kingdom and United States, 15 Feb 2022". */
export function describeClaim(claim: ReviewedClaim, claimantNames: readonly string[]): string {
  const by = claimedBy(claimantNames);
  const when = claim.reportedOn ? formatDay(claim.reportedOn) : 'date unknown';
  const review = reviewNote(claim);
  return `${describeAmount(claim)}${KIND_WORDS[claim.kind]}${review ? ` (${review})` : ''}, ${by}, ${when}`;
}

/** "corrected: was 100,000" (with the old unit when it changed), "confirmed", "rejected", or null if unreviewed. */
export function reviewNote(claim: ReviewedClaim): string | null {
  const review = claim.review;
  if (!review) return null;
  if (review.status !== 'corrected') return review.status;
  const { valueMin, valueMax, unit } = review.original;
  const was = formatRange(valueMin, valueMax);
  return `corrected: was ${was}${unit !== claim.unit ? (unit === 'btg' ? ' battalion tactical groups' : ' troops') : ''}`;
}
