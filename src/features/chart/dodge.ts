/**
 * Coincident marks side by side: marks on the same day whose symbols would overlap are spread across, centred on
 * their day, so two claims of 130,000 on one day are two symbols, each reachable by mouse, touch and keyboard.
 */

/** Centre-to-centre distance of dodged symbols: a 10 px symbol and a gap, and more than half a 24 px hit target. */
export const DODGE_SPACING = 14;

/** The widest a run may spread (centre to centre of its outer marks): beyond it marks close up, never drift off. */
export const MAX_SPREAD = 56;

/** Anything with a position in pixels. */
export interface Positioned {
  x: number;
  y: number;
}

/**
 * The x of each item after dodging, by the item's position in `items`. Items at the same x (within half a pixel)
 * whose y lie closer than the spacing form a run (chained, so three stacked claims are one run) and are spread
 * across by `spacing`, in y order; a long run (many claimants in one week at volume) closes up to stay within
 * `MAX_SPREAD` of its date, and every x stays inside `bounds` (the plot) when given.
 */
export function dodgeX(
  items: readonly Positioned[],
  spacing = DODGE_SPACING,
  bounds: readonly [number, number] = [-Infinity, Infinity],
): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.x - items[b]!.x || items[a]!.y - items[b]!.y);
  const out = items.map((item) => item.x);
  let run: number[] = [];
  const flush = () => {
    const step = run.length > 1 ? Math.min(spacing, MAX_SPREAD / (run.length - 1)) : 0;
    run.forEach((at, i) => {
      const x = items[at]!.x + (i - (run.length - 1) / 2) * step;
      out[at] = Math.min(bounds[1], Math.max(bounds[0], x));
    });
    run = [];
  };
  for (const at of order) {
    const last = run[run.length - 1];
    const item = items[at]!;
    if (last !== undefined) {
      const prev = items[last]!;
      if (Math.abs(item.x - prev.x) >= 0.5 || Math.abs(item.y - prev.y) >= spacing) flush();
    }
    run.push(at);
  }
  flush();
  return out;
}
