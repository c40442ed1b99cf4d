/**
 * Property tests over arbitrary input (issue 4): decoding, parsing, recognition and claim extraction never
 * throw; every span lies inside the body; every claim's quote is exactly the body's text at its span.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/claims/extract-claims';
import { findDates } from '../../src/pipeline/extract/dates/find-dates';
import { decode } from '../../src/pipeline/extract/document/decode';
import { parseDocument } from '../../src/pipeline/extract/document/parse-document';
import { recognise } from '../../src/pipeline/extract/entities/recognise';
import { reference } from './reference-data';

/** Fragments that steer random text into the interesting paths (headers, front matter, stamps, numbers). */
const FRAGMENTS = [
  ' date 2022-02-15 ',
  '---\ntitle: x\ndate: 2022-13-45\n---\n',
  'published at 10:35 Greenwich Mean Time 15 February 2022\n',
  'Posted at 09:12 BST\n',
  '  1. Analysis\n\n',
  'about 130,000 Russian troops',
  'up to 175,000 troops',
  '-5 troops ',
  '1e9 troops ',
  '999,999,999 soldiers ',
  'some 100 battalion tactical groups, each of 800 troops',
  'tens of thousands of troops near the border with Belarus',
  'Vladimir Putin said on Monday',
  '(The Hill) – ',
  '<script>alert(1)</script>',
  '\r\n',
  '\r',
  '\u00a0',
  '“',
  '.',
  '\n\n',
  ' ',
];
const articleLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 12 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(articleLike, fc.string({ unit: 'binary', maxLength: 300 }));

function inside(span: { start: number; end: number }, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    0 <= span.start &&
    span.start <= span.end &&
    span.end <= length
  );
}

describe('pipeline properties on arbitrary text', () => {
  it('decode never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = decode(bytes);
        if (result.ok) expect(result.text).not.toMatch(/\r/);
      }),
      { numRuns: 300 },
    );
  });

  it('findDates keeps its spans inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const hit of findDates(text, '2022-02-15')) expect(inside(hit, text.length)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('parse, recognise and extract never throw; spans are inside the body; quotes match the body', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('a.txt', 'b.md', 'c.html'), (source, file) => {
        const doc = parseDocument(file, source);
        const n = doc.text.length;
        for (const e of doc.entries) {
          expect(inside(e, n)).toBe(true);
          expect(e.start <= e.textStart && e.textStart <= e.end).toBe(true);
        }
        const found = recognise(doc, reference, doc.headerDate);
        for (const hit of [...found.actors, ...found.places]) {
          expect(inside(hit, n)).toBe(true);
        }
        for (const claim of extractClaims(doc, found, reference)) {
          expect(inside(claim.quote, n)).toBe(true);
          expect(inside(claim.valueSpan, n)).toBe(true);
          expect(doc.text.slice(claim.quote.start, claim.quote.end)).toBe(claim.quote.text);
        }
      }),
      { numRuns: 200 },
    );
  });
});
