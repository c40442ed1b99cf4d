/**
 * Claim ids derived from what a claim says rather than where it sits: the article id, the quote and the number
 * phrase, both normalised. An analyst's review is keyed by claim id, so the id must survive an unrelated file
 * being added, text being edited elsewhere in the article, or an extractor changing another claim.
 */
import type { Claim } from '../../domain/schema';
import { normaliseForId, shortHash } from '../ids';

/** The content key of a claim: its quote and number phrase, normalised. */
function contentKey(claim: Claim, text: string): string {
  const phrase = text.slice(claim.valueSpan.start, claim.valueSpan.end);
  return `${normaliseForId(claim.quote.text)}|${normaliseForId(phrase)}`;
}

/** The id for one content key: `<article>:c<10 hex>`, then `-2`, `-3`… for true repeats in text order. */
export function claimIdFor(articleId: string, key: string, repeat: number): string {
  const base = `${articleId}:c${shortHash(key, 10)}`;
  return repeat > 1 ? `${base}-${repeat}` : base;
}

/**
 * The claims of one article with content-derived ids; `partOf` follows its claim's new id. `text` is the body the
 * spans index. Claims are numbered among equal keys by position, so only a true repeat depends on order.
 */
export function withStableIds(claims: readonly Claim[], text: string): Claim[] {
  const order = [...claims].sort(
    (a, b) => a.valueSpan.start - b.valueSpan.start || a.quote.start - b.quote.start,
  );
  const seen = new Map<string, number>();
  const renamed = new Map<string, string>();
  for (const claim of order) {
    const key = contentKey(claim, text);
    const repeat = (seen.get(key) ?? 0) + 1;
    seen.set(key, repeat);
    renamed.set(claim.id, claimIdFor(claim.articleId, key, repeat));
  }
  return claims.map((c) => {
    const partOf = c.partOf === null ? null : (renamed.get(c.partOf) ?? null);
    return { ...c, id: renamed.get(c.id)!, partOf, relation: partOf ? c.relation : null };
  });
}
