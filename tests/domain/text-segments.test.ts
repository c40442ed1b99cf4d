import { describe, expect, it } from 'vitest';
import { runsAt, segmentText, type Highlight } from '../../src/domain/text-segments';

const h = (start: number, end: number, layer: number, key: string): Highlight => ({ start, end, layer, key });
const text = 'US President Joe Biden said';

describe('segmentText', () => {
  it('returns one plain segment without highlights', () => {
    expect(segmentText(text.length, [], 2)).toEqual([{ start: 0, end: text.length, keys: [null, null] }]);
  });

  it('splits at nested spans of different layers', () => {
    const segments = segmentText(text.length, [h(0, 22, 0, 'biden'), h(0, 12, 1, 'usa')], 2);
    expect(segments.map((s) => [text.slice(s.start, s.end), ...s.keys])).toEqual([
      ['US President', 'biden', 'usa'],
      [' Joe Biden', 'biden', null],
      [' said', null, null],
    ]);
  });

  it('keeps the earlier span whole when two of one layer overlap', () => {
    const segments = segmentText(10, [h(5, 10, 0, 'late'), h(0, 7, 0, 'early')], 1);
    expect(segments.map((s) => [s.start, s.end, s.keys[0]])).toEqual([
      [0, 5, 'early'],
      [5, 7, 'early'],
      [7, 10, 'late'],
    ]);
    expect(runsAt(segments, 0).map((r) => [r.key, r.start, r.end])).toEqual([
      ['early', 0, 7],
      ['late', 7, 10],
    ]);
  });

  it('clamps spans to the text and ignores empty or unknown-layer ones', () => {
    const segments = segmentText(
      5,
      [h(-3, 2, 0, 'a'), h(3, 99, 0, 'b'), h(4, 4, 0, 'empty'), h(0, 5, 3, 'x')],
      1,
    );
    expect(segments.map((s) => [s.start, s.end, s.keys[0]])).toEqual([
      [0, 2, 'a'],
      [2, 3, null],
      [3, 5, 'b'],
    ]);
  });

  it('covers the whole text with contiguous segments for many random spans', () => {
    const spans = Array.from({ length: 300 }, (_, i) =>
      h((i * 37) % 900, ((i * 37) % 900) + (i % 50), i % 3, `k${i}`),
    );
    const segments = segmentText(1000, spans, 3);
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(1000);
    segments.slice(1).forEach((s, i) => expect(s.start).toBe(segments[i]!.end));
  });
});
