import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowsPerLineReader, toRowsPerLine } from '../../src/domain/rows-per-line';

/** Reads `text` pushed in the pieces that `cuts` (positions) make. */
function readInPieces(text: string, cuts: number[] = []): unknown {
  const reader = new RowsPerLineReader();
  let from = 0;
  for (const cut of [...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b)) {
    reader.push(text.slice(from, cut));
    from = cut;
  }
  reader.push(text.slice(from));
  return reader.end();
}

function thrown(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return error;
  }
  return null;
}

const dataset = {
  schemaVersion: 1,
  generatedAt: '2026-01-02T03:04:05.000Z',
  articles: [
    { id: 'a1', title: 'Brigades move north [update]', tags: ['x', 'y'] },
    { id: 'a2', title: 'A line with "quotes", a comma,\\ and a bracket [', tags: [] },
  ],
  outlets: [],
  claims: [{ id: 'c1', value: 12000, quote: { text: 'nested: [1, 2]' } }],
  report: { files: [{ name: 'x.txt' }] },
};

describe('rows per line', () => {
  it('writes each row of a top-level array on a line of its own, as JSON that parses to the same value', () => {
    const text = toRowsPerLine(dataset);
    expect(JSON.parse(text)).toEqual(dataset);
    const lines = text.split('\n');
    expect(lines).toContain(JSON.stringify(dataset.articles[0]) + ',');
    expect(lines).toContain(JSON.stringify(dataset.claims[0]));
    // Empty arrays and objects stay inline.
    expect(text).toContain('"outlets":[]');
  });

  it('reads the layout back in pieces cut anywhere, rows parsed as they complete', () => {
    const text = toRowsPerLine(dataset);
    for (let cut = 0; cut <= text.length; cut += 1) expect(readInPieces(text, [cut])).toEqual(dataset);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 12 }), (cuts) => {
        expect(readInPieces(text, cuts)).toEqual(dataset);
      }),
    );
  });

  it('parses the rows before the text has ended, and none of a text in another layout', () => {
    const text = toRowsPerLine(dataset);
    const reader = new RowsPerLineReader();
    reader.push(text.slice(0, text.indexOf(JSON.stringify(dataset.claims[0])) - 1));
    expect(reader.rowsRead).toBe(2);
    reader.push(text.slice(text.indexOf(JSON.stringify(dataset.claims[0])) - 1, -1));
    expect(reader.rowsRead).toBe(3);
    reader.push(text.slice(-1));
    expect(reader.end()).toEqual(dataset);
    const oneLine = new RowsPerLineReader();
    oneLine.push(JSON.stringify(dataset));
    expect(oneLine.rowsRead).toBe(0);
    expect(oneLine.end()).toEqual(dataset);
  });

  it('reads any JSON as JSON.parse does, whatever its layout and however it is cut', () => {
    const layouts = (value: unknown) => [
      JSON.stringify(value),
      JSON.stringify(value, null, 2),
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? toRowsPerLine(value as Record<string, unknown>)
        : JSON.stringify(value, null, 1),
    ];
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.nat(), { maxLength: 6 }), (value, cuts) => {
        for (const text of layouts(value)) {
          expect(
            readInPieces(
              text,
              cuts.map((c) => c % (text.length + 1)),
            ),
          ).toEqual(JSON.parse(text));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('throws a SyntaxError, as JSON.parse does, for text that is no JSON', () => {
    const good = toRowsPerLine({ claims: [{ a: 1 }, { a: 2 }, { a: 3 }] });
    const broken = [
      good.replace('{"a":1},', '{"a":1}'), // two rows without a comma
      good.replace('{"a":3}', '{"a":3},'), // a comma after the last row
      good.slice(0, good.indexOf('{"a":3}')), // cut off inside the rows
      good.replace('{"a":2}', '{"a":2'), // a row cut short
      '{"claims":[\n{"a":1}\n]',
      '',
    ];
    for (const text of broken) {
      expect(() => JSON.parse(text), text).toThrow(SyntaxError);
      expect(
        thrown(() => readInPieces(text, [5, 17])),
        text,
      ).toBeInstanceOf(SyntaxError);
    }
  });

  it('keeps JSON.parse’s answer for a key given twice, and does not take a nested array for a top-level one', () => {
    const twice = '{"rows":[\n{"a":1}\n],"rows":[\n{"b":2}\n]}';
    expect(readInPieces(twice)).toEqual(JSON.parse(twice));
    const nested = '{"outer":{"rows":[\n{"a":1}\n]},"rows":[]}';
    expect(readInPieces(nested)).toEqual(JSON.parse(nested));
    const inString = '{"note":"x\\":[","rows":[\n1,\n2\n]}';
    expect(readInPieces(inString, [3, 9])).toEqual(JSON.parse(inString));
  });
});
