import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/pipeline/extract/claims/extract-claims';
import { findNumbers } from '../../../../src/pipeline/extract/claims/numbers';
import { splitSentences } from '../../../../src/pipeline/extract/document/sentences';
import { docOf, recogniseNaively, reference } from './claims-fixture';

/** Text built from pieces the extractors care about, so random strings reach their interesting paths. */
const pieces = fc.constantFrom(
  ' 130,000 ',
  ' troops',
  ' Russian',
  ' about',
  ' between 700 and 800',
  ' BTGs',
  ', each of',
  ' tens of thousands',
  ' according to Nato',
  ' They believe',
  ' more',
  ' -5',
  ' 1e9',
  ' 999,999,999',
  '.',
  '. ',
  '\n',
  '\n\n',
  '“',
  '”',
  ' U.S.',
  ' Mr',
  ' near the border',
  ' in Belarus',
  ' including',
  ' 2014',
  ' 1,084km',
  '…',
  '  • ',
  ' 11. ',
);
const texty = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((a) => a.join('')),
);

describe('extractors on arbitrary text', () => {
  it('splitSentences gives ordered, trimmed spans inside the text', () => {
    fc.assert(
      fc.property(texty, (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
          last = s.end;
        }
      }),
    );
  });

  it('findNumbers gives spans inside the text with min <= max', () => {
    fc.assert(
      fc.property(texty, (text) => {
        for (const p of findNumbers(text)) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.end).toBeLessThanOrEqual(text.length);
          expect(p.min).toBeLessThanOrEqual(p.max);
          expect(p.start).toBeLessThanOrEqual(p.coreStart);
        }
      }),
    );
  });

  it('extractClaims never throws; quotes and value spans lie in the body and values are plausible', () => {
    fc.assert(
      fc.property(texty, (text) => {
        for (const c of extractClaims(docOf(text), recogniseNaively(text), reference)) {
          expect(c.quote.text).toBe(text.slice(c.quote.start, c.quote.end));
          expect(c.valueSpan.start).toBeGreaterThanOrEqual(c.quote.start);
          expect(c.valueSpan.end).toBeLessThanOrEqual(c.quote.end);
          expect(c.valueMin).toBeGreaterThanOrEqual(0);
          expect(c.valueMin).toBeLessThanOrEqual(c.valueMax);
          expect(c.troopsMax ?? 0).toBeLessThanOrEqual(2_000_000);
          expect(c.id).toMatch(/^[a-z0-9][a-z0-9._:-]*$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
