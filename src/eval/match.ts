/**
 * Which file a gold article or a predicted claim belongs to, and when a predicted value matches a gold one:
 * the reference scorer's rules.
 */
import type { GoldClaim } from './gold-schema';

/** Treated as the same file: `a01.txt`, `a01.md`, `a01.html` are all gold article `a01`. */
const TEXT_EXTENSIONS = /\.(txt|md|markdown|html?)$/i;

/** The key that joins a dataset article to a gold article: the file's base name without its text extension. */
export function fileKey(file: string | null | undefined): string {
  const base = (file ?? '').split(/[/\\]/).at(-1) ?? '';
  return base.replace(TEXT_EXTENSIONS, '');
}

/** The predicted value fields a match reads. */
export interface PredictedValue {
  valueMin?: number | null;
  valueMax?: number | null;
  approx?: boolean;
  vague?: boolean;
}

const FAR = 10 ** 12;

/** The gold's representative value: the lower end, or the upper end of an upper bound ("up to N"). */
export function goldValue(g: Pick<GoldClaim, 'value_min' | 'value_max'>): number | null {
  return g.value_min ?? g.value_max;
}

/**
 * A predicted claim matches a gold claim when the gold's value equals either end of the prediction; a vague
 * gold amount ("tens of thousands") matches a hedged or vague prediction whose range overlaps it.
 */
export function valuesMatch(g: GoldClaim, p: PredictedValue): boolean {
  if (g.vague) {
    // `||` as the reference scorer's `or`: a 0 end counts as open.
    const lo = g.value_min || 0;
    const hi = g.value_max || FAR;
    const plo = p.valueMin ?? 0;
    const phi = p.valueMax ?? FAR;
    return plo <= hi && lo <= phi && Boolean(p.vague || p.approx);
  }
  const gv = goldValue(g);
  return gv !== null && (gv === p.valueMin || gv === p.valueMax);
}

/**
 * Whether the prediction states the value as the gold reads it (not part of the reference scorer): each end
 * the gold gives is an end of the prediction, a point is a point, and a vague amount is predicted vague.
 */
export function valueExact(g: GoldClaim, p: PredictedValue): boolean {
  if (g.vague) return Boolean(p.vague) && valuesMatch(g, p);
  const { value_min: min, value_max: max } = g;
  if (min !== null && max !== null) return p.valueMin === min && p.valueMax === max;
  if (min !== null) return p.valueMin === min; // lower bound: the pipeline may repeat it as the upper end
  return p.valueMax === max;
}
