/**
 * Coincident marks side by side: marks on the same day whose symbols would overlap are spread across, centred on
 * their day, so two claims of 130,000 on one day are two symbols, each reachable by mouse, touch and keyboard.
 */

/** Centre-to-centre distance of dodged symbols: a 10 px symbol and a gap, and more than half a 24 px hit target. */
export const DODGE_SPACING = 14;

/** Anything with a position in pixels. */
export interface Positioned {
  x: number;
  y: number;
}

/**
 * The x of each item after dodging, by the item's position in `items`. Items at the same x (within half a pixel)
 * whose y lie closer than the spacing form a run (chained, so three stacked claims are one run) and are spread
 * across by `spacing`, in y order.
 */
export function dodgeX(items: readonly Positioned[], spacing = DODGE_SPACING): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.x - items[b]!.x || items[a]!.y - items[b]!.y);
  const out = items.map((item) => item.x);
  let run: number[] = [];
  const flush = () => {
    run.forEach((at, i) => (out[at] = items[at]!.x + (i - (run.length - 1) / 2) * spacing));
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
