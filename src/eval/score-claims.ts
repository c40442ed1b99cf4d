/**
 * Claims scoring, the reference scorer's metric: greedy one-to-one matching of predicted to required gold
 * claims (then to optional ones), false positives, hard negatives hit, and claimant accuracy; plus subject,
 * kind, value and hedge accuracy on the matched claims.
 */
import { claimantKeys, claimantOk, subjectOk } from './claimant';
import type { GoldArticle, GoldClaim, GoldNegative } from './gold-schema';
import { fileKey, goldValue, valueExact, valuesMatch } from './match';
import type { ScoredActor, ScoredArticle, ScoredClaim } from './scored-dataset';
import { norm } from './text';

/** A gold claim with the gold article it belongs to. */
export interface GoldClaimAt {
  article: GoldArticle;
  claim: GoldClaim;
}

/** One matched pair and how each field of the prediction fared. */
export interface MatchedClaim extends GoldClaimAt {
  predicted: ScoredClaim;
  claimant: boolean;
  /** null when the gold does not give the field. */
  subject: boolean | null;
  kind: boolean | null;
  value: boolean;
  hedge: boolean | null;
}

/** A predicted claim that matched no gold claim. */
export interface FalsePositive {
  article: GoldArticle;
  predicted: ScoredClaim;
  /** Its quote holds a number the gold lists as not a troop count. */
  onHardNegative: boolean;
}

/** The claims part of an evaluation. */
export interface ClaimScores {
  required: number;
  predicted: number;
  matched: MatchedClaim[];
  misses: GoldClaimAt[];
  falsePositives: FalsePositive[];
  optional: number;
  optionalMatched: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Required: troops or BTGs, neither optional (derived by arithmetic) nor a force-structure total. */
export function isRequired(c: GoldClaim): boolean {
  return (c.unit === 'troops' || c.unit === 'btg') && c.scope !== 'force_structure' && !c.optional;
}

/** "More than N" or "up to N": one end open. */
function isBound(c: GoldClaim): boolean {
  return c.value_min === null || c.value_max === null;
}

/** The pipeline calls a projection a forecast. */
const KIND_SYNONYMS: Record<string, string> = { projection: 'forecast' };

/** The digit runs of a hard negative, as the reference scorer reads them ("1,597" -> "1597"). */
function negativeNumbers(surface: string): string[] {
  return (surface.match(/\p{Nd}[\p{Nd},.]*/gu) ?? []).map((x) => x.replaceAll(',', ''));
}

/** Whether a false positive's quote holds a hard negative of its file with the claim's value. */
function onHardNegative(p: ScoredClaim, key: string, negatives: ReadonlyArray<[string, GoldNegative]>) {
  const quote = norm(p.quote?.text ?? '');
  const value = p.valueMin ?? p.valueMax;
  for (const [file, n] of negatives) {
    const s = norm(n.text || n.surface || '');
    if (!s || !quote.includes(s) || file !== key) continue;
    if (value !== null && value !== undefined) {
      const whole = BigInt(Math.trunc(value)).toString();
      if (negativeNumbers(s).includes(whole)) return true;
    }
  }
  return false;
}

/** Scores the predicted claims of the gold's files against the gold claims. */
export function scoreClaims(
  gold: readonly GoldArticle[],
  claims: readonly ScoredClaim[],
  articlesById: ReadonlyMap<string, ScoredArticle>,
  actors: ReadonlyMap<string, ScoredActor>,
): ClaimScores {
  const goldByKey = new Map(gold.map((a) => [a.id, a]));
  const keyOf = (p: ScoredClaim) => fileKey(articlesById.get(p.articleId)?.file);
  const preds = claims.filter((p) => goldByKey.has(keyOf(p)));
  const all = gold.flatMap((article) => article.troop_claims.map((claim) => ({ article, claim })));
  const required = all.filter((g) => isRequired(g.claim));
  const optional = all.filter((g) => !isRequired(g.claim));
  const used = new Set<number>();
  const take = (g: GoldClaimAt, sameUnit: boolean): ScoredClaim | null => {
    const i = preds.findIndex(
      (p, i) =>
        !used.has(i) &&
        keyOf(p) === g.article.id &&
        (!sameUnit || p.unit === g.claim.unit) &&
        valuesMatch(g.claim, p),
    );
    if (i < 0) return null;
    used.add(i);
    return preds[i]!;
  };
  const matched: MatchedClaim[] = [];
  const misses: GoldClaimAt[] = [];
  for (const g of required) {
    const p = take(g, true);
    if (!p) {
      misses.push(g);
      continue;
    }
    const { claim } = g;
    matched.push({
      ...g,
      predicted: p,
      claimant: claimantOk(claim.claimant, claim.alt_claimant, claimantKeys(p.claimantIds, actors)),
      subject: claim.subject ? subjectOk(claim.subject, p.subjectId, actors) : null,
      kind: claim.kind ? p.kind === claim.kind || p.kind === KIND_SYNONYMS[claim.kind] : null,
      value: valueExact(claim, p),
      // A bound ("more than") is told by its open end, not by approx: the pipeline's approx also marks bounds.
      hedge: claim.approx === undefined || isBound(claim) ? null : Boolean(p.approx) === claim.approx,
    });
  }
  // The reference scorer matches optional claims on value alone, whatever the unit.
  const optionalMatched = optional.filter((g) => take(g, false) !== null).length;
  const negatives = gold.flatMap((a) =>
    (a.non_troop_numbers ?? []).map((n): [string, GoldNegative] => [a.id, n]),
  );
  const falsePositives = preds.flatMap((p, i) => {
    if (used.has(i)) return [];
    const key = keyOf(p);
    return [
      { article: goldByKey.get(key)!, predicted: p, onHardNegative: onHardNegative(p, key, negatives) },
    ];
  });
  const tp = matched.length;
  const precision = tp + falsePositives.length ? tp / (tp + falsePositives.length) : 0;
  const recall = required.length ? tp / required.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    required: required.length,
    predicted: preds.length,
    matched,
    misses,
    falsePositives,
    optional: optional.length,
    optionalMatched,
    precision,
    recall,
    f1,
  };
}

/** The gold value written for a listing: `80000`, `80000-90000`, `>= 100000`, `<= 175000`. */
export function goldValueText(c: GoldClaim): string {
  const { value_min: min, value_max: max } = c;
  if (min !== null && max !== null) return min === max ? String(min) : `${min}-${max}`;
  return min !== null ? `>= ${min}` : `<= ${max ?? goldValue(c)}`;
}
