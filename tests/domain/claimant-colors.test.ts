import { describe, expect, it } from 'vitest';
import {
  CLAIMANT_PALETTE,
  OTHER_COLOR,
  UNATTRIBUTED_COLOR,
  UNATTRIBUTED_KEY,
  buildClaimantScheme,
  claimantKey,
  joinNames,
} from '../../src/domain/claimant-colors';
import type { Actor, Claim } from '../../src/domain/schema';
import { miniDataset } from '../fixtures/mini-dataset';

const actors = new Map(miniDataset.actors.map((a) => [a.id, a]));
const base = miniDataset.claims[0] as Claim;

function withClaimants(id: string, claimantIds: string[]): Claim {
  return { ...base, id, claimantIds };
}

describe('claimantKey', () => {
  it.each([
    [['biden'], 'usa'],
    [['biden', 'us-intelligence'], 'usa'],
    [['stoltenberg', 'biden'], 'nato+usa'],
    [['biden', 'stoltenberg'], 'nato+usa'],
    [['nato'], 'nato'],
    [['unknown-body'], 'unknown-body'],
    [[], UNATTRIBUTED_KEY],
  ])('claimants %j -> %s', (claimantIds, key) => {
    expect(claimantKey(withClaimants('c', claimantIds), actors)).toBe(key);
  });

  it('is the key the scheme gives, for each claim and for a list', () => {
    const claims = [
      ['biden'],
      ['biden', 'us-intelligence'],
      ['stoltenberg', 'biden'],
      ['unknown-body'],
      [],
    ].map((ids, i) => withClaimants(`k${i}`, ids));
    const scheme = buildClaimantScheme(claims, miniDataset.actors);
    const expected = claims.map((claim) => claimantKey(claim, actors));
    expect(claims.map(scheme.keyOf)).toEqual(expected);
    expect(scheme.keysOf(claims)).toEqual(expected);
    expect(scheme.keyOf(withClaimants('k9', ['us-intelligence', 'stoltenberg', 'biden']))).toBe('nato+usa');
  });
});

describe('joinNames', () => {
  it.each([
    [[], ''],
    [['United States'], 'United States'],
    [['United States', 'United Kingdom'], 'United States and United Kingdom'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('%j -> %s', (names, text) => expect(joinNames(names)).toBe(text));
});

describe('buildClaimantScheme', () => {
  const claims = [
    withClaimants('a', ['biden']),
    withClaimants('b', ['us-intelligence']),
    withClaimants('c', ['stoltenberg', 'biden']),
    withClaimants('d', ['zelensky']),
    withClaimants('e', ['zelensky']),
    withClaimants('f', ['biden']),
    withClaimants('g', []),
  ];
  const scheme = buildClaimantScheme(claims, miniDataset.actors);

  it('ranks keys by claim count and gives them the palette in order', () => {
    expect(scheme.entries.map((e) => [e.key, e.count, e.color])).toEqual([
      ['usa', 3, CLAIMANT_PALETTE[0]],
      ['ukraine', 2, CLAIMANT_PALETTE[1]],
      ['nato+usa', 1, CLAIMANT_PALETTE[2]],
      [UNATTRIBUTED_KEY, 1, UNATTRIBUTED_COLOR],
    ]);
  });

  it('labels keys with names and speaks a claim’s claimants in their order', () => {
    expect(scheme.labelOf('usa')).toBe('United States');
    expect(scheme.labelOf('nato+usa')).toBe('Joint: Nato and United States');
    expect(scheme.entries.find((e) => e.key === 'nato+usa')?.groups).toEqual(['Nato', 'United States']);
    expect(scheme.labelOf(UNATTRIBUTED_KEY)).toBe('Unattributed');
    expect(scheme.groupNamesOf(claims[2] as Claim)).toEqual(['Nato', 'United States']);
    expect(scheme.namesOf(claims[2] as Claim)).toEqual([
      'Jens Stoltenberg (Nato)',
      'Joe Biden (United States)',
    ]);
  });

  it('keeps a colour whatever subset of claims is later shown', () => {
    const again = buildClaimantScheme([...claims].reverse(), miniDataset.actors);
    for (const entry of scheme.entries) expect(again.colorOf(entry.key)).toBe(entry.color);
  });

  it('gives keys beyond the palette a shared grey', () => {
    const many: Actor[] = Array.from({ length: 12 }, (_, i) => ({
      id: `body-${String(i).padStart(2, '0')}`,
      name: `Body ${i}`,
      kind: 'organisation',
      affiliation: null,
      aliases: [],
      inRegistry: true,
    }));
    const tail = buildClaimantScheme(
      many.map((a) => withClaimants(`x-${a.id}`, [a.id])),
      many,
    );
    const colors = tail.entries.map((e) => e.color);
    expect(new Set(colors.slice(0, CLAIMANT_PALETTE.length)).size).toBe(CLAIMANT_PALETTE.length);
    expect(colors.slice(CLAIMANT_PALETTE.length)).toEqual(
      Array(12 - CLAIMANT_PALETTE.length).fill(OTHER_COLOR),
    );
    expect(tail.colorOf('never-seen')).toBe(OTHER_COLOR);
  });

  it('lists the entries of the keys shown, and a key only a correction brings in grey at the end', () => {
    expect(scheme.entriesOf(new Set(['ukraine', 'usa'])).map((e) => e.key)).toEqual(['usa', 'ukraine']);
    const added = scheme.entriesOf(new Set(['nato', 'usa']));
    expect(added.map((e) => [e.key, e.label, e.color, e.count])).toEqual([
      ['usa', 'United States', CLAIMANT_PALETTE[0], 3],
      ['nato', 'Nato', OTHER_COLOR, 0],
    ]);
  });

  it('puts a claim corrected to other claimants in their series, by object rather than id', () => {
    const corrected = { ...claims[0]!, claimantIds: ['zelensky'] };
    expect(scheme.keyOf(claims[0]!)).toBe('usa');
    expect(scheme.keyOf(corrected)).toBe('ukraine');
  });
});
