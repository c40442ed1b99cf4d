import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileGuard } from '../../src/domain/fast-guard';
import {
  ArticleSchema,
  ClaimSchema,
  EventSchema,
  MentionSchema,
  PlaceSchema,
  SpanSchema,
} from '../../src/domain/schema';
import { miniDataset } from '../fixtures/mini-dataset';

const claim = miniDataset.claims[0]!;
const place = miniDataset.places[0]!;

describe('compileGuard', () => {
  it('accepts the rows zod accepts, for every collection of the mini dataset', () => {
    for (const [schema, rows] of [
      [ArticleSchema, miniDataset.articles],
      [ClaimSchema, miniDataset.claims],
      [EventSchema, miniDataset.events],
      [PlaceSchema, miniDataset.places],
    ] as const) {
      const guard = compileGuard(schema)!;
      expect(guard).not.toBeNull();
      for (const row of rows) expect(guard(row)).toBe(true);
    }
  });

  it.each<[string, unknown]>([
    ['an id with capitals', { ...claim, id: 'Bad-Id' }],
    ['an empty id', { ...claim, id: '' }],
    ['a missing nullable field', Object.fromEntries(Object.entries(claim).filter(([k]) => k !== 'entryId'))],
    ['an extra key (zod would strip it: a copy)', { ...claim, extra: 1 }],
    ['a negative value', { ...claim, valueMin: -1 }],
    ['a non-finite value', { ...claim, valueMax: Infinity }],
    ['an unknown kind', { ...claim, kind: 'rumour' }],
    ['a day that is not a day', { ...claim, reportedOn: '2022-13-01' }],
    ['a span ending before it starts', { ...claim, valueSpan: { start: 5, end: 2 } }],
    ['a fractional offset', { ...claim, quote: { ...claim.quote, start: 1.5 } }],
    ['a claimant list holding a number', { ...claim, claimantIds: [3] }],
    ['an array instead of a row', [claim]],
  ])('rejects a claim with %s, as zod does (or would copy it)', (_name, row) => {
    expect(compileGuard(ClaimSchema)!(row)).toBe(false);
  });

  it('checks tuples, bounds and the refine of a span', () => {
    const guard = compileGuard(PlaceSchema)!;
    expect(guard({ ...place, border: ['RUS', 'UKR'] })).toBe(true);
    expect(guard({ ...place, border: ['RUS', 'UKRA'] })).toBe(false);
    expect(guard({ ...place, border: ['RUS'] })).toBe(false);
    expect(guard({ ...place, lat: 91 })).toBe(false);
    expect(compileGuard(SpanSchema)!({ start: 2, end: 2 })).toBe(true);
  });

  it('gives no guard for schema parts it does not understand', () => {
    expect(compileGuard(z.object({ a: z.string().email() }))).toBeNull();
    expect(compileGuard(z.object({ a: z.string().optional() }))).toBeNull();
    expect(compileGuard(z.object({ a: z.number() }).catchall(z.string()))).toBeNull();
  });

  it('never accepts what zod rejects (claims and mentions with arbitrary fields replaced)', () => {
    const json = fc.jsonValue({ maxDepth: 2 });
    const mention = { kind: 'actor', refId: 'putin', start: 3, end: 9 };
    for (const [schema, base] of [
      [ClaimSchema, claim],
      [MentionSchema, mention],
    ] as const) {
      const guard = compileGuard(schema)!;
      const keys = Object.keys(base);
      fc.assert(
        fc.property(fc.constantFrom(...keys), json, (key, value) => {
          const row = { ...base, [key]: value };
          if (guard(row)) expect(schema.safeParse(row).success).toBe(true);
        }),
        { numRuns: 300 },
      );
    }
  });
});
