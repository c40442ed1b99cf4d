/**
 * Splits a text at the boundaries of possibly overlapping highlight spans, so a reader can render it as
 * plain text nodes wrapped in nested marks without ever parsing markup.
 */

/** A span to highlight; `layer` orders nesting (0 outermost), `key` identifies what it marks. */
export interface Highlight {
  start: number;
  end: number;
  layer: number;
  key: string;
}

/** A stretch of text covered by the same highlights: per layer, the key covering it or null. */
export interface Segment {
  start: number;
  end: number;
  keys: (string | null)[];
}

// Within a layer, the span that began first (then the longest) wins, so an overlap never splits the earlier mark.
function wins(a: Highlight, b: Highlight): boolean {
  return a.start !== b.start ? a.start < b.start : a.end !== b.end ? a.end > b.end : a.key < b.key;
}

/** Segments covering [0, length) in order; spans are clamped to the text and empty ones ignored. */
export function segmentText(length: number, highlights: readonly Highlight[], layers: number): Segment[] {
  const spans = highlights
    .map((h) => ({ ...h, start: Math.max(0, h.start), end: Math.min(length, h.end) }))
    .filter((h) => h.end > h.start && h.layer >= 0 && h.layer < layers)
    .sort((a, b) => a.start - b.start);
  const bounds = new Set<number>([0, length]);
  for (const h of spans) bounds.add(h.start).add(h.end);
  const points = [...bounds].sort((a, b) => a - b);

  const active: Highlight[] = [];
  const segments: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < spans.length && spans[next]!.start <= start) active.push(spans[next++]!);
    for (let j = active.length - 1; j >= 0; j -= 1) if (active[j]!.end <= start) active.splice(j, 1);
    const keys: (string | null)[] = Array.from({ length: layers }, () => null);
    const best: (Highlight | null)[] = Array.from({ length: layers }, () => null);
    for (const h of active) {
      const current = best[h.layer];
      if (!current || wins(h, current)) best[h.layer] = h;
    }
    best.forEach((h, layer) => (keys[layer] = h ? h.key : null));
    segments.push({ start, end, keys });
  }
  return segments;
}

/** A run of consecutive segments sharing the key of one layer. */
export interface Run {
  key: string | null;
  start: number;
  end: number;
  segments: Segment[];
}

/** Groups consecutive segments by their key at `layer`, so each highlight renders as one element. */
export function runsAt(segments: readonly Segment[], layer: number): Run[] {
  const runs: Run[] = [];
  for (const segment of segments) {
    const key = segment.keys[layer] ?? null;
    const last = runs[runs.length - 1];
    if (last && last.key === key) {
      last.end = segment.end;
      last.segments.push(segment);
    } else runs.push({ key, start: segment.start, end: segment.end, segments: [segment] });
  }
  return runs;
}
