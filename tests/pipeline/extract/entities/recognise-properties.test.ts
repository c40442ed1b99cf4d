import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognise } from '../../../../src/pipeline/extract/entities/recognise';
import { extractEvents } from '../../../../src/pipeline/extract/events/extract-events';
import { parsedDoc } from '../../parsed-doc';
import { reference } from '../../reference-data';
import type { ParsedDoc } from '../../../../src/pipeline/types';

function docOf(text: string): ParsedDoc {
  return parsedDoc(text, { id: 'p' });
}

/** Pieces of news text that reach every pass: names, titles, typos, capitals, borders, odd characters. */
const PIECES = [
  'Putin',
  'Vladimír',
  'Zelenskyy',
  'Sholz',
  'Olaf',
  'German',
  'chancellor',
  'the',
  'The',
  'Russian',
  'President',
  'Moscow',
  'Kyiv',
  'said',
  'met',
  'in',
  'near',
  'border',
  'its',
  'with',
  'Ukraine',
  'Belarus',
  '’s',
  "'s",
  ',',
  '.',
  '?',
  '"',
  '“',
  '”',
  '\n',
  '\n\n',
  ' ',
  '\u00a0',
  'Professor',
  'Anna',
  'Nowak',
  'Lyman',
  'recognised',
  'on Monday',
  'could',
  'withdraw',
  'embassy',
  'Mr',
  'former',
  'BorrellImage',
  'ß',
  '𝔘',
  '\ud800',
  'İ',
  'e\u0301',
  '-',
  '—',
];

const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));

describe('recognise and extractEvents on arbitrary text', () => {
  it('never throw, and every span is inside the text and matches its surface', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(null, '2021-11-20', '2022-02-15'), (body, day) => {
        const doc = docOf(body);
        const found = recognise(doc, reference, day);
        for (const hit of [...found.actors, ...found.places]) {
          expect(hit.start).toBeGreaterThanOrEqual(0);
          expect(hit.end).toBeGreaterThan(hit.start);
          expect(hit.end).toBeLessThanOrEqual(body.length);
          expect(body.slice(hit.start, hit.end)).toBe(hit.text);
        }
        for (const record of found.newActors) expect(record.id).toMatch(/^x-[a-z0-9][a-z0-9-]*$/);
        for (const event of extractEvents(doc, found, day)) {
          for (const s of event.sources) expect(s.end).toBeLessThanOrEqual(body.length);
          expect(event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
