import { describe, expect, it } from 'vitest';
import { allowedDistance, editDistance, fuzzyLookup } from '../../../../src/pipeline/extract/entities/fuzzy';
import { initialsOf, type FuzzyName } from '../../../../src/pipeline/extract/entities/name-index';

describe('editDistance', () => {
  it.each([
    ['scholz', 'scholz', 0],
    ['sholz', 'scholz', 1],
    ['valdimir', 'vladimir', 1],
    ['emanuel macron', 'emmanuel macron', 1],
    ['georgie', 'georgia', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s -> %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops early past the limit', () => {
    expect(editDistance('zelensky', 'lukashenko', 2)).toBe(3);
  });
});

describe('allowedDistance', () => {
  it.each([
    ['putn', 1, 0],
    ['sholz', 1, 1],
    ['zelenskyy', 1, 1],
    ['olaf sholz', 2, 2],
  ])('%s (%i words) allows %i', (key, words, d) => {
    expect(allowedDistance(key, words)).toBe(d);
  });
});

describe('fuzzyLookup', () => {
  const names: FuzzyName[] = (
    [
      ['scholz', 'actor', 'olaf-scholz', 1],
      ['schulz', 'actor', 'martin-schulz', 1],
      ['putin', 'actor', 'vladimir-putin', 1],
      ['georgia', 'place', 'georgia', 1],
      ['vladimir putin', 'actor', 'vladimir-putin', 2],
    ] as const
  ).map(([key, kind, id, words]) => ({ key, kind, id, words, initials: initialsOf(key) }));

  it.each([
    ['sholz', 1, 'olaf-scholz'],
    ['georgie', 1, 'georgia'],
    ['valdimir putin', 2, 'vladimir-putin'],
  ])('%s -> %s', (written, words, id) => {
    expect(fuzzyLookup(written, words, names)?.id).toBe(id);
  });

  it.each([
    ['a tie between two registry names', 'scholz'.replace('o', 'a'), 1],
    ['an exact name (not a typo)', 'putin', 1],
    ['a different initial', 'georgia'.replace('g', 'b'), 1],
    ['too far', 'vladimir pushkin', 2],
    ['one changed letter in a short name (another name)', 'putin'.replace('i', 'a'), 1],
  ])('no match for %s', (_, written, words) => {
    expect(fuzzyLookup(written, words, names)).toBeNull();
  });
});
